/**
 * The teleport arc while the visitor aims: a dotted curve from the hand (one InstancedMesh of small
 * balls, one draw call) and a ring where it lands (another). Teal where the visitor may land, red
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
  const dotMaterial = useMemo(() => new MeshBasicMaterial({ color: OK, toneMapped: false, fog: false }), []);
  const ringMaterial = useMemo(
    () => new MeshBasicMaterial({ color: OK, toneMapped: false, fog: false, transparent: true, opacity: 0.9, depthWrite: false }),
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
    // Every other point: a dotted line reads as a path to follow, and halves what is drawn.
    let n = 0;
    for (let i = 0; i < arc.count; i += 2) {
      matrix.makeTranslation(arc.points[i * 3]!, arc.points[i * 3 + 1]!, arc.points[i * 3 + 2]!);
      d.setMatrixAt(n++, matrix);
    }
    d.count = n;
    d.instanceMatrix.needsUpdate = true;
    r.position.set(arc.landing.x, arc.landing.y + 0.02, arc.landing.z);
  });

  return (
    <>
      <instancedMesh
        ref={dots}
        args={[dotGeometry, dotMaterial, Math.ceil((ARC_SEGMENTS + 1) / 2)]}
        name="teleport-arc"
        frustumCulled={false}
        visible={false}
        raycast={() => undefined}
      />
      <mesh
        ref={ring}
        geometry={ringGeometry}
        material={ringMaterial}
        name="teleport-landing"
        visible={false}
        raycast={() => undefined}
      />
    </>
  );
}
