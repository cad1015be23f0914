/**
 * The arenas come alive while a demonstration is on there: riders on the mounted police track, dogs
 * over the hurdles, the special forces vehicle on its loop. One InstancedMesh per kind of figure for
 * all arenas together, so three draw calls at most, and none while nothing is on (a mesh with no live
 * figure is hidden). Which arenas are live is asked inside the frame loop about once a second of the
 * visit's clock (at once when the clock is set or the programme arrives), never through React state;
 * the figures' matrices are written every frame from the time since their session began, so a replay
 * of a moment shows them where they were. Under reduced motion they stand at their start poses, still
 * drawn. Each mesh's bounding sphere covers the loops of its live arenas, set when they change, so
 * frustum culling works without measuring the instances. Loaded after the first frame; never picked.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { Euler, Matrix4, Sphere, type BufferGeometry, type InstancedMesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { useProgramme, wantProgramme } from '../../state/programme.ts';
import { clockNow, useClock } from '../../state/clock.ts';
import { sceneContents } from '../../state/frame.ts';
import { prefersReducedMotion } from '../../platform/motion.ts';
import type { TimedSession } from '../../edition/eventClock.ts';
import type { Zone } from '../../edition/schema.ts';
import { noRaycast } from '../picking/picking.ts';
import { arenaPath, FIGURE_RADIUS, newPose, poseAt, type ArenaPath, type FigureKind } from './arenaPaths.ts';
import { FIGURE_GEOMETRY, figureMaterial } from './figures.ts';
import { liveArenas, sameLive, type LiveArena } from './liveArenas.ts';
import { arenaLife } from '../../state/arenaLife.ts';

/** Milliseconds of the visit's clock between two looks at the programme. */
const CHECK_EVERY = 1000;
/** The top of a field's footing (tools/models/kit/arena.ts lays it 5 cm thick). */
const FIELD_TOP = 0.05;
/** How high a figure reaches, metres, for its mesh's bounding sphere. */
const FIGURE_HEIGHT = 3;
const KINDS: readonly FigureKind[] = ['rider', 'dog', 'vehicle'];

const matrix = new Matrix4();
const turn = new Euler(0, 0, 0, 'YXZ');
const pose = newPose();

/** One kind of figure: its mesh, its figures in every arena, and those drawn now with their session's start. */
interface Kind {
  kind: FigureKind;
  geometry: BufferGeometry;
  paths: ArenaPath[];
  capacity: number;
  mesh: InstancedMesh | null;
  drawn: { path: ArenaPath; figure: number; since: number }[];
}

/** Points each kind's mesh at the figures of the arenas live now, and fits its bounding sphere round them. */
function assign(kinds: Kind[], live: readonly LiveArena[]): void {
  for (const k of kinds) {
    k.drawn = [];
    const box = { x0: Infinity, x1: -Infinity, z0: Infinity, z1: -Infinity };
    for (const path of k.paths) {
      const on = live.find((a) => a.zoneId === path.zoneId);
      if (!on) continue;
      path.starts.forEach((_, figure) => k.drawn.push({ path, figure, since: on.since }));
      box.x0 = Math.min(box.x0, path.bounds.x0);
      box.x1 = Math.max(box.x1, path.bounds.x1);
      box.z0 = Math.min(box.z0, path.bounds.z0);
      box.z1 = Math.max(box.z1, path.bounds.z1);
    }
    const m = k.mesh;
    if (!m) continue;
    m.count = k.drawn.length;
    if (!k.drawn.length) continue;
    const sphere = (m.boundingSphere ??= new Sphere());
    sphere.center.set((box.x0 + box.x1) / 2, FIGURE_HEIGHT / 2, (box.z0 + box.z1) / 2);
    sphere.radius = Math.hypot(box.x1 - box.x0, FIGURE_HEIGHT, box.z1 - box.z0) / 2 + FIGURE_RADIUS[k.kind];
  }
}

function Life({ paths }: { paths: ArenaPath[] }) {
  const material = useMemo(figureMaterial, []);
  const kinds = useMemo<Kind[]>(
    () =>
      KINDS.map((kind) => {
        const own = paths.filter((p) => p.kind === kind);
        const capacity = own.reduce((n, p) => n + p.starts.length, 0);
        return { kind, paths: own, capacity, geometry: FIGURE_GEOMETRY[kind](), mesh: null, drawn: [] };
      }).filter((k) => k.capacity > 0),
    [paths],
  );
  const zoneIds = useMemo(() => paths.map((p) => p.zoneId), [paths]);
  /** What the frame loop last saw; `dirty` asks for the matrices to be written even when nothing moves. */
  const seen = useRef({
    at: -Infinity,
    version: -1,
    sessions: null as TimedSession[] | null,
    live: [] as LiveArena[],
    still: false,
    dirty: true,
  });

  useEffect(() => wantProgramme(), []);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => kinds.forEach((k) => k.geometry.dispose()), [kinds]);
  useEffect(() => {
    seen.current.live = [];
    seen.current.at = -Infinity;
    return () => {
      arenaLife.live = [];
      arenaLife.moving = false;
      arenaLife.figures = 0;
      arenaLife.first = null;
    };
  }, [kinds]);

  useFrame(() => {
    const s = seen.current;
    const now = clockNow();
    const { version } = useClock.getState();
    const { sessions } = useProgramme.getState();
    if (Math.abs(now - s.at) >= CHECK_EVERY || version !== s.version || sessions !== s.sessions) {
      s.at = now;
      s.version = version;
      s.sessions = sessions;
      const live = liveArenas(sessions, zoneIds, now);
      const still = prefersReducedMotion();
      if (!sameLive(live, s.live) || still !== s.still) {
        s.live = live;
        s.still = still;
        s.dirty = true;
        assign(kinds, live);
        arenaLife.live = live.map((a) => a.zoneId);
        arenaLife.moving = live.length > 0 && !still;
        arenaLife.figures = kinds.reduce((n, k) => n + k.drawn.length, 0);
        if (!live.length) arenaLife.first = null;
      }
    }
    // Shown with the models they stand among, as the signs are.
    const show = sceneContents.modelsInScene;
    for (const k of kinds) if (k.mesh) k.mesh.visible = show && k.drawn.length > 0;
    if (!s.live.length || (s.still && !s.dirty)) return;
    s.dirty = false;
    const firstKind = kinds.find((k) => k.mesh && k.drawn.length);
    for (const k of kinds) {
      const m = k.mesh;
      if (!m || !k.drawn.length) continue;
      for (let i = 0; i < k.drawn.length; i++) {
        const d = k.drawn[i]!;
        poseAt(d.path, d.figure, Math.max(0, now - d.since) / 1000, s.still, pose);
        turn.set(pose.pitch, pose.yaw, 0);
        matrix.makeRotationFromEuler(turn).setPosition(pose.x, FIELD_TOP + pose.y, pose.z);
        m.setMatrixAt(i, matrix);
        if (i === 0 && k === firstKind) {
          // Written in place: no array a frame.
          const first = (arenaLife.first ??= [0, 0]);
          first[0] = Math.round(pose.x * 100) / 100;
          first[1] = Math.round(pose.z * 100) / 100;
        }
      }
      m.instanceMatrix.needsUpdate = true;
    }
  });

  return (
    <>
      {kinds.map((k) => (
        <instancedMesh
          key={k.kind}
          ref={(m: InstancedMesh | null) => {
            k.mesh = m;
            if (!m) return;
            // Nothing drawn before the first look at the programme; then the arenas live at mount.
            m.visible = false;
            seen.current.dirty = true;
            assign([k], seen.current.live);
          }}
          args={[k.geometry, material, k.capacity]}
          name={`arena-${k.kind}s`}
          raycast={noRaycast}
        />
      ))}
    </>
  );
}

const isArena = (z: Zone) => z.kind === 'demonstration';

/** The figures of every demonstration arena of the edition; nothing without one. */
export function ArenaLife() {
  const data = useVisit((s) => s.data);
  const paths = useMemo(() => (data ? data.site.zones.filter(isArena).map(arenaPath) : []), [data]);
  if (!paths.length) return null;
  return <Life paths={paths} />;
}
