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
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import {
  Color,
  DataTexture,
  InstancedBufferAttribute,
  LinearFilter,
  LinearMipmapLinearFilter,
  Matrix4,
  MeshBasicMaterial,
  PlaneGeometry,
  Raycaster,
  RGBAFormat,
  Vector3,
  type InstancedMesh,
  type Intersection,
  type Material,
  type Mesh,
  type Object3D,
} from 'three';
import type { Hotspot } from '../../edition/schema.ts';
import { useVisit } from '../../state/visit.ts';
import { hotspotEmphasis, hotspotView, markerClaimedPointer, placedHotspots, type PlacedHotspot } from '../../state/hotspots.ts';
import { prefersReducedMotion } from '../../platform/motion.ts';

/** Half the badge's width at close range, metres. */
const SIZE = 0.2;
/** Beyond this distance (metres) a badge grows with distance, so it keeps about the same size on screen… */
const GROW_FROM = 4;
/** …up to this many times its size. */
const MAX_GROW = 4;
/** Badges farther than this from the eye are hidden, metres. */
const HIDE_BEYOND = 40;
/** Seconds between two visibility checks. */
const CHECK_EVERY = 0.2;
/** Scale of a hovered or focused badge. */
const EMPHASIS_SCALE = 1.3;
/** A press that moves more than this, in pixels, is a drag, not a click (as on the ground). */
const CLICK_SLOP = 6;
/** Something solid this much nearer than a badge hides it: a press there is not the badge's. */
const OCCLUSION_MARGIN = 0.5;

const ICON: Record<Hotspot['type'], number> = { info: 0, video: 1, gallery: 2, link: 3 };
/** Badge fill by type (white icon on it); sRGB. */
const FILL: Record<Hotspot['type'], string> = { info: '#1d4f91', video: '#c1272d', gallery: '#006233', link: '#5b3c99' };
const ACCENT = '#f2c230';

const CELL = 128;

/**
 * The icon atlas: four 128-px cells in a row. Masks, not colours: alpha is the badge's disc, red its
 * ring, green its icon; the shader colours them. Drawn with a 2D canvas, stored as a DataTexture
 * (no premultiplication of the masks).
 */
function drawAtlas(): DataTexture {
  const w = CELL * 4;
  const h = CELL;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  const layer = (draw: (cx: number) => void): Uint8ClampedArray => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, w, h);
    ctx.fillStyle = '#fff';
    ctx.strokeStyle = '#fff';
    for (let i = 0; i < 4; i++) {
      ctx.save();
      draw(i * CELL + CELL / 2);
      ctx.restore();
    }
    return ctx.getImageData(0, 0, w, h).data;
  };
  const c = CELL / 2;
  const disc = layer((cx) => {
    ctx.beginPath();
    ctx.arc(cx, c, 62, 0, Math.PI * 2);
    ctx.fill();
  });
  const ring = layer((cx) => {
    ctx.lineWidth = 8;
    ctx.beginPath();
    ctx.arc(cx, c, 53, 0, Math.PI * 2);
    ctx.stroke();
  });
  let cell = 0;
  const icon = layer((cx) => {
    const x = cx - c;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    switch (cell++) {
      case 0: // info: i
        ctx.beginPath();
        ctx.arc(x + 64, 38, 8, 0, Math.PI * 2);
        ctx.fill();
        ctx.beginPath();
        ctx.roundRect(x + 57, 54, 14, 38, 4);
        ctx.fill();
        break;
      case 1: // video: ▶
        ctx.beginPath();
        ctx.moveTo(x + 52, 38);
        ctx.lineTo(x + 94, 64);
        ctx.lineTo(x + 52, 90);
        ctx.closePath();
        ctx.lineWidth = 6;
        ctx.fill();
        ctx.stroke();
        break;
      case 2: // gallery: a framed picture, hills and a sun
        ctx.lineWidth = 7;
        ctx.beginPath();
        ctx.roundRect(x + 33, 40, 62, 48, 6);
        ctx.stroke();
        ctx.beginPath();
        ctx.moveTo(x + 40, 82);
        ctx.lineTo(x + 58, 60);
        ctx.lineTo(x + 70, 74);
        ctx.lineTo(x + 78, 66);
        ctx.lineTo(x + 88, 82);
        ctx.closePath();
        ctx.fill();
        ctx.beginPath();
        ctx.arc(x + 79, 54, 6, 0, Math.PI * 2);
        ctx.fill();
        break;
      default: // link: two chain links
        ctx.translate(x + 64, 64);
        ctx.rotate(-Math.PI / 4);
        ctx.lineWidth = 7;
        for (const dx of [-13, 13]) {
          ctx.beginPath();
          ctx.roundRect(dx - 19, -10, 38, 20, 10);
          ctx.stroke();
        }
    }
  });
  // Rows bottom-up: a DataTexture is not flipped, and v = 1 is the quad's top.
  const data = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = (y * w + x) * 4;
      const to = ((h - 1 - y) * w + x) * 4;
      data[to] = ring[from]!;
      data[to + 1] = icon[from]!;
      data[to + 2] = 0;
      data[to + 3] = disc[from]!;
    }
  }
  const t = new DataTexture(data, w, h, RGBAFormat);
  t.generateMipmaps = true;
  t.minFilter = LinearMipmapLinearFilter;
  t.magFilter = LinearFilter;
  t.needsUpdate = true;
  return t;
}

function makeMaterial(atlas: DataTexture, uniforms: { uTime: { value: number }; uPulse: { value: number } }) {
  const material = new MeshBasicMaterial({ map: atlas, transparent: true, depthWrite: false, toneMapped: false, fog: false });
  const accent = new Color(ACCENT);
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uTime = uniforms.uTime;
    shader.uniforms.uPulse = uniforms.uPulse;
    shader.uniforms.uAccent = { value: accent };
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute vec2 aLook;
uniform float uTime;
uniform float uPulse;
varying float vEmphasis;`,
      )
      .replace(
        '#include <uv_vertex>',
        `#include <uv_vertex>
vMapUv = vec2( ( uv.x + aLook.x ) * 0.25, uv.y );
vEmphasis = aLook.y;`,
      )
      .replace(
        '#include <project_vertex>',
        `vec4 hsCentre = modelViewMatrix * instanceMatrix * vec4( 0.0, 0.0, 0.0, 1.0 );
float hsScale = length( instanceMatrix[ 0 ].xyz );
float hsDist = max( length( hsCentre.xyz ), 1e-3 );
// Pulled toward the eye, so the wall or prop it sits on does not cut the badge.
hsCentre.xyz -= hsCentre.xyz / hsDist * min( 0.35, hsDist * 0.5 );
float hsGrow = clamp( -hsCentre.z / ${GROW_FROM.toFixed(1)}, 1.0, ${MAX_GROW.toFixed(1)} );
float hsPulse = 1.0 + uPulse * sin( uTime * 2.6 + float( gl_InstanceID ) * 1.7 );
vec4 mvPosition = hsCentre + vec4( position.xy * ${(SIZE * 2).toFixed(3)} * hsScale * hsGrow * hsPulse, 0.0, 0.0 );
gl_Position = projectionMatrix * mvPosition;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform vec3 uAccent;
varying float vEmphasis;`,
      )
      .replace('#include <map_fragment>', 'vec4 hsMask = texture2D( map, vMapUv );')
      .replace(
        '#include <color_fragment>',
        `vec3 hsColor = mix( vColor.rgb, mix( vec3( 1.0 ), uAccent, vEmphasis ), hsMask.r );
hsColor = mix( hsColor, vec3( 1.0 ), hsMask.g );
diffuseColor = vec4( hsColor, diffuseColor.a * hsMask.a );`,
      );
  };
  return material;
}

/** Whether a hit hides what is behind it: not glass (showcases, e-gates), not a roof or a sign (looked through). */
function opaqueHit(hit: Intersection): boolean {
  const material = (hit.object as Mesh).material as Material | Material[] | undefined;
  if (material && !Array.isArray(material) && (material.transparent || material.name === 'glass')) return false;
  for (let p: Object3D | null = hit.object; p; p = p.parent) if (p.name === 'roofs' || p.name === 'stand-signs') return false;
  return true;
}

const matrix = new Matrix4();
const colour = new Color();
const eyeAt = new Vector3();
const occlusion = new Raycaster();
const closest = new Vector3();

function Markers({ placed }: { placed: PlacedHotspot[] }) {
  const count = placed.length;
  const mesh = useRef<InstancedMesh>(null);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const uniforms = useMemo(() => ({ uTime: { value: 0 }, uPulse: { value: prefersReducedMotion() ? 0 : 0.06 } }), []);
  const atlas = useMemo(drawAtlas, []);
  const material = useMemo(() => makeMaterial(atlas, uniforms), [atlas, uniforms]);
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
    () => ({ visible: new Uint8Array(placed.length), checkedAt: -Infinity, hovered: -1, focused: -1, pressed: -1, dirty: true }),
    [placed],
  );

  useEffect(() => () => atlas.dispose(), [atlas]);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const apply = () => (uniforms.uPulse.value = query.matches ? 0 : 0.06);
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
        const v = placed[i]!.position.distanceToSquared(eyeAt) < HIDE_BEYOND * HIDE_BEYOND ? 1 : 0;
        if (live.visible[i] !== v) {
          live.visible[i] = v;
          live.dirty = true;
        }
      }
    }
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
      const s = live.visible[i] || i === live.focused ? (emphasis ? EMPHASIS_SCALE : 1) : 0;
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

  /** Rays meet the badges as they are drawn: discs facing the eye, grown with distance. */
  const raycast = useMemo(
    () =>
      function (this: InstancedMesh, raycaster: Raycaster, intersects: Intersection[]) {
        const ray = raycaster.ray;
        for (let i = 0; i < count; i++) {
          const focused = i === hotspotEmphasis.focused;
          if (!live.visible[i] && !focused) continue;
          const p = placed[i]!.position;
          const distance = ray.origin.distanceTo(p);
          const along = ray.closestPointToPoint(p, closest).distanceTo(ray.origin);
          if (along < raycaster.near || along > raycaster.far) continue;
          const emphasis = i === hotspotEmphasis.hovered || focused;
          const grow = Math.min(MAX_GROW, Math.max(1, distance / GROW_FROM));
          const radius = SIZE * grow * (emphasis ? EMPHASIS_SCALE : 1) * 1.1;
          if (closest.distanceTo(p) > radius) continue;
          intersects.push({ distance, point: closest.clone(), object: this, instanceId: i });
        }
      },
    [count, placed, live],
  );

  const occluded = (e: ThreeEvent<PointerEvent>): boolean => {
    const root = scene.getObjectByName('edition');
    if (!root) return false;
    occlusion.set(e.ray.origin, e.ray.direction);
    occlusion.near = 0;
    occlusion.far = Math.max(0, e.distance - OCCLUSION_MARGIN);
    return occlusion.intersectObject(root, true).some(opaqueHit);
  };

  const open = (i: number) => {
    const p = placed[i];
    if (!p) return;
    hotspotEmphasis.hovered = -1;
    gl.domElement.style.cursor = '';
    useVisit.getState().setOpenStand(p.stand.id, p.hotspot.id);
  };

  return (
    <instancedMesh
      ref={mesh}
      args={[geometry, material, count]}
      name="hotspot-markers"
      frustumCulled={false}
      renderOrder={2}
      raycast={raycast}
      onPointerOver={(e) => {
        if (e.instanceId === undefined) return;
        e.stopPropagation();
        hotspotEmphasis.hovered = e.instanceId;
        gl.domElement.style.cursor = 'pointer';
      }}
      onPointerOut={(e) => {
        if (e.instanceId !== undefined && hotspotEmphasis.hovered !== e.instanceId) return;
        hotspotEmphasis.hovered = -1;
        gl.domElement.style.cursor = '';
      }}
      onPointerDown={(e) => {
        live.pressed = -1;
        if (e.instanceId === undefined || e.nativeEvent.button !== 0 || occluded(e)) return;
        e.stopPropagation();
        markerClaimedPointer.value = true;
        live.pressed = e.instanceId;
      }}
      onClick={(e) => {
        const i = e.instanceId;
        if (i === undefined || i !== live.pressed) return;
        e.stopPropagation();
        live.pressed = -1;
        if (e.delta <= CLICK_SLOP) open(i);
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
