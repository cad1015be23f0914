/**
 * The teleport arc while the visitor aims: a dotted curve from the hand (one InstancedMesh of small
 * balls, one draw call) and a ring where it lands (another), drawn over everything. Teal where the visitor may land, red
 * where the landing is refused (a booth, a wall, outside the site), so a refusal is seen before the
 * stick is let go, not only felt as nothing happening. Written from `xrFrame.arc` each frame; hidden,
 * and drawing nothing, when not aiming.
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Color, Matrix4, MeshBasicMaterial, RingGeometry, SphereGeometry, type InstancedMesh, type Mesh } from 'three';
import { xrFrame } from '../../state/xr.ts';
import { ARC_SEGMENTS } from '../../xr/teleport.ts';

const OK = new Color('#2dd4bf');
const REFUSED = new Color('#ef4444');
const DOT_RADIUS = 0.025;
const matrix = new Matrix4();

export function TeleportArcView() {
  const dots = useRef<InstancedMesh>(null);
  const ring = useRef<Mesh>(null);
  const dotGeometry = useMemo(() => new SphereGeometry(DOT_RADIUS, 8, 6), []);
  const ringGeometry = useMemo(() => new RingGeometry(0.22, 0.3, 32).rotateX(-Math.PI / 2), []);
  // Drawn over everything: the landing is on the ground's plane, under a booth's raised floor when
  // it is refused there, and the visitor must see where the arc goes whatever stands in the way.
  const dotMaterial = useMemo(() => new MeshBasicMaterial({ color: OK, toneMapped: false, fog: false, depthTest: false }), []);
  const ringMaterial = useMemo(
    () =>
      new MeshBasicMaterial({
        color: OK,
        toneMapped: false,
        fog: false,
        transparent: true,
        opacity: 0.9,
        depthWrite: false,
        depthTest: false,
      }),
    [],
  );

  useFrame(() => {
    const d = dots.current;
    const r = ring.current;
    if (!d || !r) return;
    const arc = xrFrame.arc;
    const show = xrFrame.aiming && arc.count > 1;
    d.visible = show;
    r.visible = show && arc.landed;
    if (!show) return;
    const colour = arc.allowed ? OK : REFUSED;
    dotMaterial.color.copy(colour);
    ringMaterial.color.copy(colour);
    // Each point and the middle of each segment: a short arc (a landing two metres away ends within
    // a few of the arc's time steps) still reads as a dotted path, not as two stray dots.
    const p = arc.points;
    let n = 0;
    for (let i = 0; i < arc.count; i++) {
      matrix.makeTranslation(p[i * 3]!, p[i * 3 + 1]!, p[i * 3 + 2]!);
      d.setMatrixAt(n++, matrix);
      if (i + 1 < arc.count) {
        matrix.makeTranslation(
          (p[i * 3]! + p[i * 3 + 3]!) / 2,
          (p[i * 3 + 1]! + p[i * 3 + 4]!) / 2,
          (p[i * 3 + 2]! + p[i * 3 + 5]!) / 2,
        );
        d.setMatrixAt(n++, matrix);
      }
    }
    d.count = n;
    d.instanceMatrix.needsUpdate = true;
    r.position.set(arc.landing.x, arc.landing.y + 0.02, arc.landing.z);
  });

  return (
    <>
      <instancedMesh
        ref={dots}
        args={[dotGeometry, dotMaterial, 2 * ARC_SEGMENTS + 1]}
        name="teleport-arc"
        frustumCulled={false}
        renderOrder={9000}
        visible={false}
        raycast={() => undefined}
      />
      <mesh
        ref={ring}
        geometry={ringGeometry}
        material={ringMaterial}
        name="teleport-landing"
        renderOrder={9001}
        visible={false}
        raycast={() => undefined}
      />
    </>
  );
}
