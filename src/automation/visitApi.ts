/**
 * `window.__visit`, present with `?debug=1`: a small, stable interface for tests and kiosk
 * operators. Documented in the README; keep it backward compatible.
 */
import { useVisit } from '../state/visit.ts';
import {
  detailStreaming,
  screenStills,
  eye,
  flight,
  frameStats,
  hotspotView,
  markersOnScreen,
  movementTimes,
  player,
  pointerHover,
  quality,
  route,
  sceneContents,
  toScreen,
} from '../state/frame.ts';
import { placedHotspots } from '../state/hotspots.ts';
import { targetById } from '../edition/targets.ts';
import { ready } from '../state/readiness.ts';
import type { View } from '../state/store.ts';
import { isLang, type Lang } from '../i18n/lang.ts';
import { goToStand, standingAt } from '../walk/travel.ts';
import { cancelRoute } from '../walk/route.ts';
import { idleNow, useKiosk } from '../state/kiosk.ts';
import { tourSummary } from '../modes/tour/tourState.ts';
import { offline, type OfflineState } from '../platform/offline.ts';
import { useGpu } from '../state/gpu.ts';
import { Quaternion, Vector3, type PerspectiveCamera } from 'three';
import { clockNow, setClock, useClock } from '../state/clock.ts';
import { useProgramme, useProgrammeUi } from '../state/programme.ts';
import { boardTexts } from '../state/boardTexts.ts';
import { arenaLife } from '../state/arenaLife.ts';
import { crowdLife } from '../state/crowdLife.ts';
import { useCrowd } from '../state/crowd.ts';
import { editionPhase, instantToLocal } from '../edition/eventClock.ts';
import { useXr, xrControl, xrFrame, xrMenuEntries, xrPanel, xrSurfaces } from '../state/xr.ts';
import { headInWorld, makeHeadPose } from '../xr/pose.ts';
import { placeRigUnderHead, SNAP_ANGLES_DEG, type SnapAngle } from '../xr/turn.ts';
import { textureMemory } from './textureMemory.ts';

export interface VisitApi {
  ready: Promise<void>;
  state(): {
    edition: string;
    lang: string;
    view: View;
    stands: string[];
    position: [number, number, number];
    yaw: number;
    openStand: string | null;
    /** The hotspot the open panel was opened at, or null. */
    openHotspot: string | null;
    /**
     * The parts that come after the first frame (hotspot markers, place signs, pointer controls) are
     * compiled and shown: from then on markers answer clicks and `hotspotsInView()` lists them.
     */
    interactive: boolean;
    /** The click-to-go route being walked: its corners and target on the plan, or null. */
    route: { target: [number, number]; points: Array<[number, number]> } | null;
    /** True during a flight to a stand or place. */
    travelling: boolean;
    /** Zones whose stand detail is loaded, whether streaming has settled (nothing to load or release), zones whose detail failed. */
    detail: { zones: string[]; settled: boolean; broken: string[] };
    /** The stands' video stills drawn on their screens (a point of each, and where it is in the still), and those that could not be read. */
    screens: { shown: Array<{ stand: string; point: [number, number, number]; at: [number, number] }>; failed: string[] };
    /** The stand or place the visitor stands at (arrived there and not walked off), or null. */
    at: string | null;
    /** The ground camera's vertical field of view, degrees (it widens on upright screens). */
    fov: number;
    /** What the mouse is over: a marker, a stand or place, walkable ground (the floor disc), or none. */
    hover: 'none' | 'marker' | 'target' | 'ground';
    /**
     * On a kiosk (`?kiosk=`): its id, its phase ('starting', 'attract' while the attract loop plays,
     * 'visit'), whether "Still there?" shows, and the visits and resets since the page loaded.
     * Null on a public visit; `{ unknown }` when the URL named a kiosk kiosks.json does not have.
     */
    kiosk: { id: string; phase: string; warning: boolean; visits: number; resets: number } | { unknown: string } | null;
    /** The guided tour playing: its id, the stop (from 1) of how many, paused, travelling or dwelling, finished, looping. */
    tour: { id: string; stop: number; of: number; paused: boolean; phase: string; finished: boolean; loop: boolean } | null;
    /**
     * The service worker: supported, the profile ('public' precaches the first frame only, 'kiosk'
     * caches the whole edition), whether it controls the page, the kiosk cache's fill (files, bytes
     * expected, bytes cached, done, error), and whether a new version waits for the next idle reset.
     */
    offline: OfflineState;
    /** The GPU context: lost now, losses and restores since the page loaded. */
    gpu: { lost: boolean; losses: number; restores: number };
    /**
     * The rendering quality drawn now: pixel ratio, tier ('lite': cheaper materials), level 0 … 1,
     * whether it adapts by itself, and the changes it made since it (re)started adapting.
     */
    quality: {
      pixelRatio: number;
      tier: 'full' | 'lite';
      level: number;
      auto: boolean;
      changes: number;
      /** Whether the fog is drawn, and how many model meshes draw with the cheaper tier's copies. */
      fog: boolean;
      swapped: number;
    };
    /**
     * The headset: whether this browser offers immersive VR (null until asked), whether a session
     * presents, the rig (the XR origin) and the head in the world, the comfort settings, teleports
     * done and refused in this session, the arc while aiming, whether the hand menu shows, and the
     * in-world panel (the target, hotspot and page it shows) and video screen.
     */
    xr: XrSummary;
    /**
     * The visit's clock: `live` (the real time) or a replay; `now` the instant in the event's local
     * time (`2024-05-18T15:04`), `zone` the edition's time zone, `phase` whether the edition is
     * 'before', 'during' or 'after' that instant, `error` why the last `setClock` or `?at=` was refused.
     * Null until the edition is loaded.
     */
    clock: { live: boolean; now: string; zone: string; phase: 'before' | 'during' | 'after'; error: string | null } | null;
    /**
     * The programme: whether it is loaded and how many sessions it has, whether its dialog is open and
     * on which session, and what each board in the world shows now (by place id; `now`/`next` null
     * when a board says nothing is on or to come).
     */
    /** The crowd on the site: whether it is shown (the help's setting, `?crowd=0`), how many figures are drawn, how many of them walk (none under reduced motion), their triangles. */
    crowd: { shown: boolean; figures: number; walking: number; triangles: number };
    programme: {
      loaded: boolean;
      sessions: number;
      open: boolean;
      focus: string | null;
      boards: Record<string, { now: string | null; next: string | null; lang: string }>;
      /** The arenas whose demonstration is on now (their figures drawn), whether they move (not under reduced motion), how many figures, where the first one stands (plan metres, as last drawn). */
      arenas: { live: string[]; moving: boolean; figures: number; first: number[] | null };
    };
  };
  /**
   * Replays the edition from an event-local moment (`'2024-05-18T15:00'`, in the edition's time zone):
   * the boards, "now and next" and the arenas behave as then, and the clock runs on from there; `null`
   * goes back to the live clock. Throws, naming the value, for a malformed moment.
   */
  setClock(local: string | null): void;
  /** Shows or hides the crowd on the site (the help's setting). */
  setCrowd(shown: boolean): void;
  /** Enters the headset (a session must be offered: `state().xr.supported`); resolves with whether it started. */
  enterVR(): Promise<boolean>;
  /** Leaves the headset; back on foot where the head was. */
  exitVR(): Promise<void>;
  /**
   * Where a point of a surface shown in the headset is in the world now: `name` is 'panel', 'video',
   * 'video-bar', 'menu' or 'menu-tab'; `u`, `v` from 0 to 1 (v up, as three's uv). Null when that
   * surface is not shown. Tests aim a controller's ray there.
   */
  xrPoint(name: string, u: number, v: number): [number, number, number] | null;
  /** The headset's comfort settings: snap turn angle (30 or 45 degrees) and smooth movement. */
  xrSettings(settings: { snapAngle?: number; smooth?: boolean }): void;
  /**
   * Pins the rendering quality at a pixel ratio (0.25 … 3) and tier ('full' unless given), or lets it
   * adapt again ('auto': from the top, with a fresh budget of changes). Applied at the next frame.
   */
  setQuality(mode: 'auto' | { pixelRatio: number; tier?: 'full' | 'lite' }): void;
  /**
   * On a kiosk, acts as if its idle time had just run out: "Still there?" and its countdown (10 s)
   * start; `countdownMs` shortens the countdown (0 resets at once: the bench's accelerated soak).
   */
  idleNow(countdownMs?: number): void;
  /**
   * The hotspot markers drawn inside the screen at the last frame (after hiding those that would
   * overlap): hotspot id, its stand's or place's id, centre and radius in CSS pixels of the canvas.
   */
  hotspotsInView(): Array<{ id: string; stand: string; x: number; y: number; r: number }>;
  /** A world point (metres) on the screen at the last frame, CSS pixels of the canvas; null behind the eye. */
  project(x: number, y: number, z: number): { x: number; y: number } | null;
  /** `renderer.info` of the last frame, and the scene's texture memory (./textureMemory.ts), bytes. */
  stats(): { calls: number; triangles: number; geometries: number; textures: number; programs: number; textureBytes: number };
  /** The scene's textures, each with the material that names it, its size and its bytes. */
  textureList(): Array<{ material: string; width: number; height: number; bytes: number }>;
  /**
   * The camera of the last frame, in world space: position, quaternion (x, y, z, w), vertical field of
   * view (degrees), near and far planes. The bench's bare three.js reference draws from exactly this.
   */
  camera(): { position: number[]; quaternion: number[]; fov: number; near: number; far: number } | null;
  /** Puts the visitor at a point on foot (in the headset: the head), facing `yaw` if given. */
  teleport(x: number, z: number, yaw?: number): void;
  view(view: View): void;
  /** JS time of the movement and collision step per walking frame, ms: median and 95th percentile. */
  movementTime(): { frames: number; median: number; p95: number };
  /** Travels to a stand's or a place's viewpoint (in front of it, facing it, framed for the screen); resolves on arrival. */
  goTo(standId: string): Promise<void>;
  /** Opens a stand's or a place's panel, at one of its hotspots if given; throws for an unknown id or hotspot. */
  openStand(standId: string, hotspotId?: string): void;
  /** Closes the stand panel (the URL returns to the visit's). */
  closePanel(): void;
  /** Switches the interface language: 'fr', 'ar' or 'en'. */
  setLang(lang: Lang): void;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export interface XrSummary {
  supported: boolean | null;
  /** The headset's code is loaded and connected: `enterVR()` may be called. */
  available: boolean;
  presenting: boolean;
  rig: { position: [number, number, number]; yaw: number };
  head: { position: [number, number, number]; yaw: number } | null;
  snapAngle: number;
  smooth: boolean;
  teleports: number;
  refused: number;
  arc: { allowed: boolean; reason: string; landing: [number, number, number] } | null;
  menuOpen: boolean;
  /** The open menu page's entries: what each does (its action as JSON) and its centre in uv. */
  menu: Array<{ action: string; u: number; v: number }>;
  panel: XrPanelSummary | null;
}

/** What the in-world panel shows (written by the canvas, src/state/xr.ts `xrPanel`). */
export interface XrPanelSummary {
  target: string;
  hotspot: string | null;
  page: number;
  pages: number;
  video: { playing: boolean; muted: boolean; time: number; caption: string } | null;
}

const headWorld = makeHeadPose();

function clockSummary(): ReturnType<VisitApi['state']>['clock'] {
  const data = useVisit.getState().data;
  if (!data) return null;
  const zone = data.edition.timeZone;
  const now = clockNow();
  const c = useClock.getState();
  return {
    live: c.replayFrom === null,
    now: instantToLocal(now, zone),
    zone,
    phase: editionPhase(data.edition.dates, zone, now),
    error: c.error,
  };
}

function xrSummary(): XrSummary {
  const x = useXr.getState();
  const head = x.presenting && xrFrame.headKnown ? headInWorld(player, xrFrame.head, headWorld) : null;
  return {
    supported: x.supported,
    available: x.connected,
    presenting: x.presenting,
    rig: { position: [round(player.position.x), round(player.position.y), round(player.position.z)], yaw: round(player.yaw) },
    head: head && {
      position: [round(head.position.x), round(head.position.y), round(head.position.z)],
      yaw: round(head.yaw),
    },
    snapAngle: x.snapAngle,
    smooth: x.smooth,
    teleports: xrFrame.teleports,
    refused: xrFrame.refused,
    arc: xrFrame.aiming
      ? {
          allowed: xrFrame.arc.allowed,
          reason: xrFrame.arc.reason,
          landing: [round(xrFrame.arc.landing.x), round(xrFrame.arc.landing.y), round(xrFrame.arc.landing.z)],
        }
      : null,
    menuOpen: x.menuOpen,
    menu: x.menuOpen ? xrMenuEntries.map((e) => ({ ...e })) : [],
    panel: xrPanel.target ? { ...xrPanel, target: xrPanel.target, video: xrPanel.video && { ...xrPanel.video } } : null,
  };
}
const camPosition = new Vector3();
const camQuaternion = new Quaternion();
const camScale = new Vector3();

function kioskState(): ReturnType<VisitApi['state']>['kiosk'] {
  const k = useKiosk.getState();
  if (k.unknown) return { unknown: k.unknown };
  if (!k.kiosk) return null;
  return { id: k.kiosk.id, phase: k.phase, warning: k.warningUntil !== null, visits: k.visits, resets: k.resets };
}

export function installVisitApi(): void {
  const api: VisitApi = {
    ready,
    state() {
      const s = useVisit.getState();
      return {
        edition: s.editionId,
        lang: s.lang,
        view: s.view,
        stands: [...sceneContents.standIds],
        position: [round(eye.position.x), round(eye.position.y), round(eye.position.z)],
        yaw: round(eye.yaw),
        openStand: s.openStand,
        openHotspot: s.openHotspot,
        interactive: sceneContents.interactive,
        route: route.active
          ? { target: [route.target[0], route.target[1]], points: route.points.map((p) => [p[0], p[1]]) }
          : null,
        travelling: flight.active,
        detail: { zones: [...detailStreaming.loaded], settled: detailStreaming.settled, broken: [...s.brokenZones] },
        screens: { shown: screenStills.shown.map((x) => ({ ...x })), failed: [...screenStills.failed] },
        at: standingAt(),
        fov: round((hotspotView.camera as { fov?: number } | null)?.fov ?? 0),
        hover: pointerHover.kind,
        kiosk: kioskState(),
        tour: tourSummary(),
        offline: { ...offline, kioskCache: offline.kioskCache && { ...offline.kioskCache } },
        gpu: (({ lost, losses, restores }) => ({ lost, losses, restores }))(useGpu.getState()),
        quality: (({ pixelRatio, tier, level, auto, changes, fog, swapped }) => ({
          pixelRatio,
          tier,
          level: round(level),
          auto,
          changes,
          fog,
          swapped,
        }))(quality),
        xr: xrSummary(),
        clock: clockSummary(),
        crowd: { ...crowdLife },
        programme: (({ sessions }, { open, focus }) => ({
          loaded: sessions !== null,
          sessions: sessions?.length ?? 0,
          open,
          focus,
          boards: Object.fromEntries(Object.entries(boardTexts).map(([id, b]) => [id, { ...b }])),
          arenas: {
            live: [...arenaLife.live],
            moving: arenaLife.moving,
            figures: arenaLife.figures,
            first: arenaLife.first && [...arenaLife.first],
          },
        }))(useProgramme.getState(), useProgrammeUi.getState()),
      };
    },
    setCrowd(shown) {
      useCrowd.getState().setShown(shown);
    },
    setClock(local) {
      const data = useVisit.getState().data;
      if (!data) throw new Error('the edition is not loaded yet');
      if (!setClock(local, data.edition.timeZone))
        throw new Error(useClock.getState().error ?? `setClock(${String(local)}): refused`);
    },
    enterVR() {
      const enter = xrControl.enter;
      if (!enter) return Promise.reject(new Error('no immersive VR session is offered here (state().xr.supported)'));
      return enter();
    },
    exitVR() {
      return xrControl.exit?.() ?? Promise.resolve();
    },
    xrPoint(name, u, v) {
      const at = xrSurfaces.get(name);
      if (!at) return null;
      const p = at(u, v, { x: 0, y: 0, z: 0 });
      return [round(p.x), round(p.y), round(p.z)];
    },
    xrSettings({ snapAngle, smooth }) {
      if (snapAngle !== undefined) {
        if (!(SNAP_ANGLES_DEG as readonly number[]).includes(snapAngle))
          throw new Error(`snapAngle must be one of ${SNAP_ANGLES_DEG.join(', ')}, not ${String(snapAngle)}`);
        useXr.setState({ snapAngle: snapAngle as SnapAngle });
      }
      if (smooth !== undefined) useXr.setState({ smooth: Boolean(smooth) });
    },
    setQuality(mode) {
      const asked = quality.asked;
      if (mode === 'auto') {
        Object.assign(asked, { version: asked.version + 1, auto: true });
        return;
      }
      const { pixelRatio, tier = 'full' } = (mode ?? {}) as { pixelRatio?: unknown; tier?: unknown };
      if (typeof pixelRatio !== 'number' || !(pixelRatio >= 0.25 && pixelRatio <= 3))
        throw new Error(`pixelRatio must be a number from 0.25 to 3, not ${String(pixelRatio)}`);
      if (tier !== 'full' && tier !== 'lite') throw new Error(`tier must be 'full' or 'lite', not ${String(tier)}`);
      Object.assign(asked, { version: asked.version + 1, auto: false, pixelRatio, tier });
    },
    idleNow(countdownMs) {
      idleNow(countdownMs);
    },
    hotspotsInView() {
      const data = useVisit.getState().data;
      if (!data) return [];
      const placed = placedHotspots(data);
      const out = [];
      for (let k = 0; k < markersOnScreen.count; k++) {
        const p = placed[markersOnScreen.index[k]!];
        if (!p) continue;
        out.push({
          id: p.hotspot.id,
          stand: p.target.id,
          x: round(markersOnScreen.x[k]!),
          y: round(markersOnScreen.y[k]!),
          r: round(markersOnScreen.r[k]!),
        });
      }
      return out;
    },
    project(x, y, z) {
      const at = { x: 0, y: 0 };
      return toScreen(x, y, z, at) ? { x: round(at.x), y: round(at.y) } : null;
    },
    stats() {
      const { calls, triangles, geometries, textures, programs } = frameStats;
      return { calls, triangles, geometries, textures, programs, textureBytes: textureMemory(sceneContents.root).bytes };
    },
    textureList() {
      return textureMemory(sceneContents.root).list;
    },
    camera() {
      const c = hotspotView.camera as PerspectiveCamera | null;
      if (!c) return null;
      c.updateWorldMatrix(true, false);
      c.matrixWorld.decompose(camPosition, camQuaternion, camScale);
      return { position: camPosition.toArray(), quaternion: camQuaternion.toArray(), fov: c.fov, near: c.near, far: c.far };
    },
    teleport(x, z, yaw) {
      cancelRoute();
      if (useXr.getState().presenting) {
        // In the headset the head goes there (the rig is wherever the room puts it), facing `yaw`.
        const head = xrFrame.head;
        placeRigUnderHead(player, head, x, z, (yaw ?? headInWorld(player, head, headWorld).yaw) - head.yaw);
        player.position.y = 0;
        return;
      }
      player.position.set(x, 0, z);
      if (yaw !== undefined) player.yaw = yaw;
      player.pitch = 0;
      useVisit.getState().setView('ground');
    },
    movementTime() {
      const n = Math.min(movementTimes.count, movementTimes.samples.length);
      const sorted = Array.from(movementTimes.samples.subarray(0, n)).sort((a, b) => a - b);
      const at = (q: number) => (n ? sorted[Math.min(n - 1, Math.floor(q * n))]! : 0);
      return { frames: n, median: round(at(0.5)), p95: round(at(0.95)) };
    },
    goTo(standId) {
      return goToStand(standId);
    },
    openStand(standId, hotspotId) {
      const s = useVisit.getState();
      const stand = targetById(s.data, standId);
      if (!stand) throw new Error(`no stand or place "${String(standId)}" in this edition`);
      if (hotspotId !== undefined && !stand.hotspots.some((h) => h.id === hotspotId))
        throw new Error(`stand "${standId}" has no hotspot "${String(hotspotId)}"`);
      s.setOpenStand(standId, hotspotId ?? null);
    },
    closePanel() {
      useVisit.getState().setOpenStand(null);
    },
    setLang(lang) {
      if (!isLang(lang)) throw new Error(`lang must be 'fr', 'ar' or 'en', not ${String(lang)}`);
      useVisit.getState().setLang(lang);
    },
    view(v) {
      if (v !== 'aerial' && v !== 'ground') throw new Error(`view must be 'aerial' or 'ground', not ${String(v)}`);
      useVisit.getState().setView(v);
    },
  };
  (window as unknown as { __visit: VisitApi }).__visit = api;
}
