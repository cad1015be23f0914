/**
 * What a mouse over the 3D view is about to do, drawn where it will happen: a disc on the floor
 * where a click would walk to, and the outline of the stand (or, from the air, the place) a click
 * would open. Small meshes (two draw calls for the disc, one for the outline), shown only while
 * hovering (`pointerHover`).
 */
import { useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { BufferGeometry, Float32BufferAttribute, type Group, type LineLoop } from 'three';
import { noRaycast } from '../picking/picking.ts';
import { pointerHover } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { targetById } from '../../edition/targets.ts';
import { corners } from '../../edition/geometry.ts';

/** Height of the outline above the floor, metres (clear of floor tiles and booth platforms). */
const OUTLINE_Y = 0.08;

export function PointerHints() {
  const disc = useRef<Group>(null);
  const outline = useRef<LineLoop>(null);
  const shape = useMemo(() => {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(new Float32Array(12), 3));
    return g;
  }, []);
  const shownFor = useRef<string | null>(null);

  useFrame(() => {
    const d = disc.current;
    const o = outline.current;
    if (!d || !o) return;
    d.visible = pointerHover.kind === 'ground' && !useVisit.getState().openStand;
    if (d.visible) d.position.set(pointerHover.ground.x, 0.05, pointerHover.ground.z);
    const id = pointerHover.kind === 'target' ? pointerHover.target : null;
    o.visible = id !== null;
    if (id === shownFor.current) return;
    shownFor.current = id;
    const target = targetById(useVisit.getState().data, id);
    if (!target) return;
    // Rewritten only when another stand is hovered: four corners of its footprint.
    const pos = shape.getAttribute('position') as Float32BufferAttribute;
    corners(target).forEach(([x, z], i) => pos.setXYZ(i, x, OUTLINE_Y, z));
    pos.needsUpdate = true;
    shape.computeBoundingSphere();
  });

  return (
    <>
      {/* A white ring round a dark disc: it reads on pale paving and on dark carpet alike. */}
      <group ref={disc} visible={false} name="floor-disc">
        <mesh rotation-x={-Math.PI / 2} raycast={noRaycast} renderOrder={1}>
          <ringGeometry args={[0.34, 0.44, 40]} />
          <meshBasicMaterial color="#ffffff" transparent opacity={0.9} depthWrite={false} toneMapped={false} />
        </mesh>
        <mesh rotation-x={-Math.PI / 2} raycast={noRaycast} renderOrder={1}>
          <circleGeometry args={[0.34, 40]} />
          <meshBasicMaterial color="#14305a" transparent opacity={0.35} depthWrite={false} toneMapped={false} />
        </mesh>
      </group>
      <lineLoop ref={outline} geometry={shape} visible={false} raycast={noRaycast} name="hover-outline" frustumCulled={false}>
        <lineBasicMaterial color="#f2c230" toneMapped={false} depthTest={false} transparent />
      </lineLoop>
    </>
  );
}
