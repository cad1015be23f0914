/**
 * Every mutable per-frame value of the visit, in one place, outside React (racing-game's `mutation`):
 * written and read by the frame loop, input and the automation interface without re-rendering
 * anything. Plain objects, allocated once; nothing here is reactive (the store is ./store.ts).
 *
 * | object             | written by                              | read by                                   |
 * | ------------------ | --------------------------------------- | ----------------------------------------- |
 * | `player`           | Walker (motion, flights), travel, API   | cameras, collision, plan "you are here"   |
 * | `eye`              | FrameProbe                              | plan, twin (current stand), streamer, API |
 * | `flight`           | travel (start), Walker (each frame)     | Walker, API                               |
 * | `route`            | click-to-go, plan (start), Walker       | Walker, RouteMarker, API                  |
 * | `frameStats`       | FrameProbe (renderer.info)              | API, bench                                |
 * | `movementTimes`    | Walker                                  | API, bench                                |
 * | `quality`          | Quality (adaptive level); `asked`: API  | DetailStreamer, Quality (`asked`), API    |
 * | `detailStreaming`  | DetailStreamer                          | API                                       |
 * | `sceneContents`    | World, StandSigns, VisitCanvas          | readiness, API                            |
 * | `hotspotView`      | HotspotMarkers (camera, canvas size)    | keyboard focus on markers (page)          |
 * | `hotspotEmphasis`  | markers (hover), keyboard focus         | HotspotMarkers                            |
 * | `markerClaimedPointer` | HotspotMarkers                      | PointerControls                           |
 * | `markersOnScreen`  | HotspotMarkers (layout pass)            | API (`hotspotsInView`), hover label       |
 * | `pointerHover`     | markers, PointerControls (hover)        | hover label, floor disc (page, canvas)    |
 *
 * Two more live beside the code that owns them, on purpose: `movement` (src/input/movement.ts), the
 * one input every device writes, so a device imports nothing else; and `walkWorld`
 * (src/walk/walkWorld.ts), the collision world, built once per edition rather than changed per frame.
 */
import { Vector3, type Camera, type Object3D } from 'three';

/** Eye height above the ground, metres. */
export const EYE_HEIGHT = 1.6;

/** The rig (the future XR origin): what movement moves. The camera is its child, never moved itself. */
export const player = {
  /** Rig position on the ground (y = 0, or the arc of a flight). */
  position: new Vector3(),
  /** Radians about y; 0 looks toward −z, positive turns left (three.js convention). */
  yaw: 0,
  /** Radians; positive looks up. */
  pitch: 0,
};

/** The eye of the active camera (on foot or in the air), refreshed every frame. */
export const eye = {
  position: new Vector3(),
  yaw: 0,
};

/** A travel in progress: a short flight of the rig along an arc, eased (src/walk/flight.ts). */
export const flight = {
  active: false,
  from: [0, 0] as [number, number],
  to: [0, 0] as [number, number],
  fromYaw: 0,
  toYaw: 0,
  /** Seconds elapsed and total. */
  t: 0,
  duration: 1,
  /** Top of the arc, metres above the ground. */
  height: 0,
  done: null as null | (() => void),
};

/** A click-to-go route being walked: its corners and the next one to reach (src/walk/route.ts). */
export const route = {
  active: false,
  points: [] as Array<[number, number]>,
  index: 0,
  /** Where the visitor asked to go (the marker). */
  target: [0, 0] as [number, number],
  /** Bumped on every change, for whoever draws the route. */
  version: 0,
};

/** What `renderer.info` said about the last rendered frame. */
export const frameStats = { calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, frames: 0 };

/** JS time of the movement and collision step, ms, over the last frames (a ring), for the benchmark. */
export const movementTimes = { samples: new Float32Array(600), count: 0 };

export function recordMovementTime(ms: number): void {
  movementTimes.samples[movementTimes.count % movementTimes.samples.length] = ms;
  movementTimes.count++;
}

/**
 * Rendering quality now, as the canvas's Quality applied it: the pixel ratio, the tier ('lite': cheaper
 * materials, no fog), `level` 0 (lowest, the cheaper tier) … 1 (highest), whether it adapts by itself, and the
 * changes it made since it (re)started. `asked` is the last `__visit.setQuality`: a pinned level, or
 * back to adapting from the top; `version` moves on every ask, and Quality applies it at its next frame.
 */
export const quality = {
  level: 1,
  pixelRatio: 1,
  tier: 'full' as 'full' | 'lite',
  auto: true,
  changes: 0,
  /** Whether the scene draws its fog (the cheaper tier takes it off). */
  fog: true,
  /** Meshes of the models drawing with the cheaper tier's Lambert copies. */
  swapped: 0,
  asked: { version: 0, auto: true, pixelRatio: 1, tier: 'full' as 'full' | 'lite' },
};

/** What the stand-detail streamer holds: settled once a pass finds nothing to load or release. */
export const detailStreaming = { loaded: [] as string[], pending: 0, settled: false };

/**
 * The stands' video stills on their screens (src/canvas/screens): those drawn in, each with a point of
 * one of its screens and where that point is in the still (0..1 from its top left), for the tests to
 * look at; the stands whose still could not be read (their screens stay blue).
 */
export const screenStills = {
  shown: [] as Array<{ stand: string; point: [number, number, number]; at: [number, number] }>,
  failed: [] as string[],
};

/** What the scene graph holds right now (src/state/readiness.ts turns it into the "ready" signal). */
export const sceneContents = {
  /** Ids of the stands whose models are in the scene graph. */
  standIds: [] as string[],
  modelsInScene: false,
  signsInScene: false,
  /**
   * The parts mounted once the first frame is out (hotspot markers, place signs, pointer controls)
   * are compiled and shown: the visit answers clicks on markers from then on.
   */
  interactive: false,
  /** The scene itself (set by the canvas's frame probe), for the automation's count of texture memory. */
  root: null as Object3D | null,
};

/** Written by the canvas every frame, read by the page (keyboard focus on markers). */
export const hotspotView = {
  /** The camera of the last frame. */
  camera: null as Camera | null,
  /** Canvas size in CSS pixels. */
  width: 0,
  height: 0,
};

const projected = new Vector3();

/**
 * A world point on the screen in the last frame's view (`hotspotView`), CSS pixels of the canvas;
 * false when behind the eye. One projection for the page's labels and the automation interface.
 */
export function toScreen(x: number, y: number, z: number, out: { x: number; y: number }): boolean {
  const camera = hotspotView.camera;
  if (!camera) return false;
  projected.set(x, y, z).project(camera);
  if (projected.z > 1 || projected.z < -1) return false;
  out.x = ((projected.x + 1) / 2) * hotspotView.width;
  out.y = ((1 - projected.y) / 2) * hotspotView.height;
  return true;
}

/** Marker emphasis: instance ids, −1 for none. */
export const hotspotEmphasis = {
  hovered: -1,
  focused: -1,
};

/**
 * Set when a press on the canvas lands on a hotspot marker; the ground click handler
 * (PointerControls) clears it on pointerdown and, when it is set at pointerup, does not walk.
 */
export const markerClaimedPointer = { value: false };

/**
 * The markers drawn inside the screen at the last frame, after the layout pass hid those that would
 * overlap a nearer one: instance ids (indices of `placedHotspots`), centres and radii in CSS pixels.
 * Arrays are sized once per edition by the markers; `count` says how many entries hold.
 */
export const markersOnScreen = {
  count: 0,
  index: new Int32Array(0),
  x: new Float32Array(0),
  y: new Float32Array(0),
  r: new Float32Array(0),
};

/**
 * What the pointer is over in 3D (mouse hover, or the last touch): a marker (instance id), a stand or
 * place (target id), or the walkable ground (the floor disc shows where a click goes); canvas-relative
 * CSS pixels for the label, and the ground point under it.
 */
export const pointerHover = {
  kind: 'none' as 'none' | 'marker' | 'target' | 'ground',
  marker: -1,
  target: null as string | null,
  x: 0,
  y: 0,
  ground: new Vector3(),
  /** The hover comes from a place's label over the canvas (the label itself lights up; no hover label). */
  fromLabel: false,
  /** Bumped on every change of kind, marker or target, for whoever shows it. */
  version: 0,
};

/** Says what is hovered now; `version` moves only when that changes, so readers redo their work only then. */
export function setPointerHover(
  kind: (typeof pointerHover)['kind'],
  target: string | null = null,
  marker = -1,
  fromLabel = false,
): void {
  const h = pointerHover;
  if (h.kind === kind && h.target === target && h.marker === marker && h.fromLabel === fromLabel) return;
  Object.assign(h, { kind, target, marker, fromLabel, version: h.version + 1 });
}

/** Forgets what was hovered (a travel moves everything under the pointer). */
export function clearPointerHover(): void {
  setPointerHover('none');
}
