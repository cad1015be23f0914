/**
 * Every hotspot of every stand as a round badge that invites a click, in one draw call: one
 * InstancedMesh of a unit quad turned to face the camera in the vertex shader, an icon per type from
 * a tiny atlas (i, ▶, gallery, link), a gentle pulse. Hover and keyboard focus make a badge bigger
 * with a yellow ring (per-instance scale, colour and emphasis, rewritten only when something changed).
 * Badges keep a legible size on screen as they recede, and those beyond 40 m are hidden (checked a
 * few times a second) so the aerial view stays clean.
 *
 * A press on a badge claims the pointer (`markerClaimedPointer`), so the ground click handler does
 * not also start a walk; the click opens the stand's panel at that hotspot.
 *
 * Here: the instances and the pointer handlers. The atlas is drawn in iconAtlas.ts, the shader patch
 * is in markerMaterial.ts, the ray test that mirrors it in markerPicking.ts.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Color, InstancedBufferAttribute, Matrix4, PlaneGeometry, Vector3, type InstancedMesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { placedHotspots, type PlacedHotspot } from '../../state/hotspots.ts';
import { prefersReducedMotion } from '../../platform/motion.ts';
import { isPress } from '../picking/picking.ts';
import { drawAtlas, ICON } from './iconAtlas.ts';
import { EMPHASIS_SCALE, FILL, makeMarkerMaterial, PULSE } from './markerMaterial.ts';
import { markerRaycast, pressOccluded } from './markerPicking.ts';
import { createLayout, layOut } from './markerLayout.ts';
import { hotspotEmphasis, hotspotView, markerClaimedPointer, pointerHover, setPointerHover } from '../../state/frame.ts';
import { standingAt } from '../../walk/travel.ts';

/** Badges farther than this from the eye are hidden, metres. */
const HIDE_BEYOND = 40;
/** Seconds between two visibility checks. */
const CHECK_EVERY = 0.2;

const matrix = new Matrix4();
const colour = new Color();
const eyeAt = new Vector3();

function Markers({ placed }: { placed: PlacedHotspot[] }) {
  const count = placed.length;
  const mesh = useRef<InstancedMesh>(null);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const uniforms = useMemo(() => ({ uTime: { value: 0 }, uPulse: { value: prefersReducedMotion() ? 0 : PULSE } }), []);
  const atlas = useMemo(drawAtlas, []);
  const material = useMemo(() => makeMarkerMaterial(atlas, uniforms), [atlas, uniforms]);
  const fills = useMemo(
    () =>
      placed.map((p) => {
        const base = new Color(FILL[p.hotspot.type]);
        return { base, bright: base.clone().lerp(new Color('#ffffff'), 0.2) };
      }),
    [placed],
  );
  const geometry = useMemo(() => {
    const g = new PlaneGeometry(1, 1);
    const look = new Float32Array(count * 2);
    placed.forEach((p, i) => (look[i * 2] = ICON[p.hotspot.type]));
    g.setAttribute('aLook', new InstancedBufferAttribute(look, 2));
    return g;
  }, [placed, count]);
  /** Per-instance state the frame loop keeps; `dirty` asks for the instances to be rewritten. */
  const live = useMemo(
    () => ({ near: new Uint8Array(placed.length), checkedAt: -Infinity, hovered: -1, focused: -1, pressed: -1, dirty: true }),
    [placed],
  );
  const layout = useMemo(() => createLayout(placed.length), [placed]);

  useEffect(() => () => atlas.dispose(), [atlas]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => (uniforms.uPulse.value = query.matches ? 0 : PULSE);
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [uniforms]);
  useEffect(
    () => () => {
      hotspotEmphasis.hovered = -1;
      gl.domElement.style.cursor = '';
    },
    [gl],
  );

  useFrame(({ camera, size, clock }, delta) => {
    hotspotView.camera = camera;
    hotspotView.width = size.width;
    hotspotView.height = size.height;
    uniforms.uTime.value += Math.min(delta, 0.1);
    const m = mesh.current;
    if (!m) return;
    const now = clock.elapsedTime;
    if (now - live.checkedAt >= CHECK_EVERY) {
      live.checkedAt = now;
      camera.getWorldPosition(eyeAt);
      for (let i = 0; i < count; i++) {
        live.near[i] = placed[i]!.position.distanceToSquared(eyeAt) < HIDE_BEYOND * HIDE_BEYOND ? 1 : 0;
      }
    }
    // Every frame: which near markers are drawn, none overlapping another (the open panel's or the
    // visited target's first).
    const { openStand } = useVisit.getState();
    if (layOut(layout, placed, live.near, camera, size.width, size.height, openStand ?? standingAt())) live.dirty = true;
    if (hotspotEmphasis.hovered !== live.hovered || hotspotEmphasis.focused !== live.focused) {
      live.hovered = hotspotEmphasis.hovered;
      live.focused = hotspotEmphasis.focused;
      live.dirty = true;
    }
    if (!live.dirty) return;
    live.dirty = false;
    const look = geometry.getAttribute('aLook') as InstancedBufferAttribute;
    let shown = 0;
    for (let i = 0; i < count; i++) {
      const emphasis = i === live.hovered || i === live.focused;
      // The focused badge shows even beyond the distance cut: the keyboard user is looking for it.
      const s = layout.shown[i] || i === live.focused || i === live.hovered ? (emphasis ? EMPHASIS_SCALE : 1) : 0;
      if (s) shown++;
      matrix.makeScale(s, s, s).setPosition(placed[i]!.position);
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, colour.copy(emphasis ? fills[i]!.bright : fills[i]!.base));
      look.setY(i, emphasis ? 1 : 0);
    }
    // None near (the aerial view): no draw call at all.
    m.visible = shown > 0;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    look.needsUpdate = true;
  });

  const raycast = useMemo(() => markerRaycast(placed, layout.shown), [placed, layout]);

  // The badges' shader reads the per-instance colour (markerMaterial.ts), so the mesh has its colours
  // from the moment it exists: three makes them only at the first setColorAt, and a program built
  // before that (a precompile, or the streamer's upload draw of the whole scene, src/canvas/precompile/
  // upload.ts, when it fell between the mount and the first frame) lacked them and failed to compile
  // (a console error in a CI run: "'vColor' : undeclared identifier").
  const withColours = (m: InstancedMesh | null) => {
    mesh.current = m;
    if (m && !m.instanceColor) m.instanceColor = new InstancedBufferAttribute(new Float32Array(count * 3).fill(1), 3);
  };

  const open = (i: number) => {
    const p = placed[i];
    if (!p) return;
    hotspotEmphasis.hovered = -1;
    gl.domElement.style.cursor = '';
    useVisit.getState().setOpenStand(p.target.id, p.hotspot.id, { play: p.hotspot.type === 'video' });
  };

  return (
    <instancedMesh
      ref={withColours}
      args={[geometry, material, count]}
      name="hotspot-markers"
      frustumCulled={false}
      renderOrder={2}
      raycast={raycast}
      onPointerOver={(e) => {
        if (e.instanceId === undefined) return;
        e.stopPropagation();
        hotspotEmphasis.hovered = e.instanceId;
        // The page shows the marker's title beside it (src/dom/hover).
        setPointerHover('marker', null, e.instanceId);
        gl.domElement.style.cursor = 'pointer';
      }}
      onPointerOut={(e) => {
        if (e.instanceId !== undefined && hotspotEmphasis.hovered !== e.instanceId) return;
        hotspotEmphasis.hovered = -1;
        if (pointerHover.kind === 'marker') setPointerHover('none');
        gl.domElement.style.cursor = '';
      }}
      onPointerDown={(e) => {
        live.pressed = -1;
        if (e.instanceId === undefined || e.nativeEvent.button !== 0 || pressOccluded(scene, e)) return;
        e.stopPropagation();
        markerClaimedPointer.value = true;
        live.pressed = e.instanceId;
      }}
      onClick={(e) => {
        const i = e.instanceId;
        if (i === undefined || i !== live.pressed) return;
        e.stopPropagation();
        live.pressed = -1;
        if (isPress(e)) open(i);
      }}
    />
  );
}

/** All hotspot markers of the edition; nothing until it is loaded. */
export function HotspotMarkers() {
  const data = useVisit((s) => s.data);
  const placed = useMemo(() => (data ? placedHotspots(data) : []), [data]);
  if (!placed.length) return null;
  return <Markers placed={placed} />;
}
