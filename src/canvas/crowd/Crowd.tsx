/**
 * The crowd on the site: visitors walking the paths, at the stands' counters, school groups with
 * their teachers, officers at the stands, donors, families at the entrance, spectators on the arenas'
 * bleachers, a seminar's audience on the hall's chairs and its speakers (./crowdPlan.ts places them,
 * against the walk's collision world). One InstancedMesh, one draw call, one material
 * (./crowdMaterial.ts): the vertex shader walks, seats and animates them, so the CPU writes the
 * instances only when the people there change. Who is there is asked inside the frame loop about once
 * a second of the visit's clock (at once when the clock is set or the programme arrives), never
 * through React state (./crowdTime.ts); per frame only the shader's time is set. Under reduced motion
 * everyone stands (or sits) still. Hidden by the visitor's setting (src/state/crowd.ts). A fixed
 * bounding sphere over the site lets frustum culling work without measuring the instances. Figures are
 * not in the collision world: the visitor walks through them, they never block a way. Never picked.
 * Mounted after the first frame, when the collision world exists.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import { InstancedBufferAttribute, Matrix4, Sphere, type InstancedMesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { useProgramme, wantProgramme } from '../../state/programme.ts';
import { clockNow, useClock } from '../../state/clock.ts';
import { sceneContents } from '../../state/frame.ts';
import { useCrowd } from '../../state/crowd.ts';
import { crowdLife } from '../../state/crowdLife.ts';
import { walkWorld } from '../../walk/walkWorld.ts';
import { prefersReducedMotion } from '../../platform/motion.ts';
import type { TimedSession } from '../../edition/eventClock.ts';
import { noRaycast } from '../picking/picking.ts';
import { loopLength } from './crowdLanes.ts';
import { buildCrowd, crowdTriangles, type CrowdSite } from './crowdPlan.ts';
import { crowdMoment, sameMoment, selectCrowd, type CrowdMoment } from './crowdTime.ts';
import { crowdMaterial, type CrowdUniforms } from './crowdMaterial.ts';
import { figureGeometry } from './figures.ts';

/** Milliseconds of the visit's clock between two looks at who is there. */
const CHECK_EVERY = 1000;
/** The walkers' clock starts again from 0 at least this often (ms), their phases moved on to match, so the shader's float time stays small. */
const REBASE_EVERY = 600_000;
/** How high the crowd reaches (the top bleacher row and a tall visitor), metres, for the bounding sphere. */
const CROWD_HEIGHT = 4.5;

const matrix = new Matrix4();

/** The per-instance attributes beside `instanceMatrix`. */
interface Instances {
  walk: InstancedBufferAttribute;
  look: InstancedBufferAttribute;
  seat: InstancedBufferAttribute;
  shirt: InstancedBufferAttribute;
  trousers: InstancedBufferAttribute;
  hair: InstancedBufferAttribute;
}

/** Writes the people there into the first instances; `t0` is the walkers' time (s since the local midnight) at uTime 0. */
function write(mesh: InstancedMesh, at: Instances, site: CrowdSite, indices: readonly number[], t0: number): void {
  indices.forEach((index, k) => {
    const p = site.people[index]!;
    mesh.setMatrixAt(k, matrix.makeRotationY(p.yaw).setPosition(p.x, p.y, p.z));
    const w = p.walk;
    if (w) {
      const perimeter = loopLength(w);
      const travelled = w.phase + w.speed * t0;
      at.walk.setXYZW(k, w.length, w.lane, w.speed, travelled - Math.floor(travelled / perimeter) * perimeter);
    } else at.walk.setXYZW(k, 0, 0, 0, 0);
    at.look.setXYZW(k, p.scale, p.head, p.kind === 'officer' ? 1 : 0, p.skin);
    at.seat.setX(k, p.seatHeight);
    at.shirt.setXYZ(k, ...p.shirt);
    at.trousers.setXYZ(k, ...p.trousers);
    at.hair.setXYZ(k, ...p.hair);
  });
  mesh.count = indices.length;
  mesh.instanceMatrix.needsUpdate = true;
  for (const a of Object.values(at)) a.needsUpdate = true;
}

function Figures({ site }: { site: CrowdSite }) {
  const uniforms = useMemo<CrowdUniforms>(() => ({ uTime: { value: 0 }, uMove: { value: 1 } }), []);
  const material = useMemo(() => crowdMaterial(uniforms), [uniforms]);
  const capacity = site.people.length;
  const { geometry, instances } = useMemo(() => {
    const g = figureGeometry();
    const attribute = (size: number) => new InstancedBufferAttribute(new Float32Array(capacity * size), size);
    const instances: Instances = {
      walk: attribute(4),
      look: attribute(4),
      seat: attribute(1),
      shirt: attribute(3),
      trousers: attribute(3),
      hair: attribute(3),
    };
    g.setAttribute('aWalk', instances.walk);
    g.setAttribute('aLook', instances.look);
    g.setAttribute('aSeat', instances.seat);
    g.setAttribute('aShirt', instances.shirt);
    g.setAttribute('aTrousers', instances.trousers);
    g.setAttribute('aHair', instances.hair);
    return { geometry: g, instances };
  }, [capacity]);
  const sphere = useMemo(() => {
    const { x0, z0, x1, z1 } = site.bounds;
    const s = new Sphere();
    s.center.set((x0 + x1) / 2, CROWD_HEIGHT / 2, (z0 + z1) / 2);
    s.radius = Math.hypot(x1 - x0, CROWD_HEIGHT, z1 - z0) / 2;
    return s;
  }, [site]);
  const mesh = useRef<InstancedMesh>(null);
  /** What the frame loop last saw and wrote. */
  const seen = useRef({
    at: -Infinity,
    version: -1,
    sessions: undefined as TimedSession[] | null | undefined,
    moment: null as CrowdMoment | null,
    still: false,
    /** The clock's instant at uTime 0. */
    origin: 0,
    walkers: 0,
  });

  useEffect(() => wantProgramme(), []);
  useEffect(() => () => material.dispose(), [material]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useEffect(() => {
    seen.current.moment = null;
    seen.current.at = -Infinity;
    return () => {
      crowdLife.shown = false;
      crowdLife.figures = crowdLife.walking = crowdLife.triangles = 0;
    };
  }, [site]);

  useFrame(() => {
    const m = mesh.current;
    const edition = useVisit.getState().data?.edition;
    if (!m || !edition) return;
    const s = seen.current;
    const now = clockNow();
    const { version } = useClock.getState();
    const { sessions } = useProgramme.getState();
    if (Math.abs(now - s.at) >= CHECK_EVERY || version !== s.version || sessions !== s.sessions) {
      const jumped = version !== s.version;
      s.at = now;
      s.version = version;
      s.sessions = sessions;
      const moment = crowdMoment(edition, sessions, site, now);
      const still = prefersReducedMotion();
      const rebase = !still && (now < s.origin || now - s.origin > REBASE_EVERY);
      if (!s.moment || !sameMoment(moment, s.moment) || still !== s.still || rebase || jumped) {
        const { indices, counts } = selectCrowd(site, moment);
        // Still: every walker at its own phase, whatever the time; else where it is now on its loop.
        s.origin = still ? 0 : now;
        write(m, instances, site, indices, still ? 0 : (now - moment.dayStart) / 1000);
        s.moment = moment;
        s.still = still;
        s.walkers = still ? 0 : counts.walkers;
        uniforms.uMove.value = still ? 0 : 1;
      }
    }
    // Shown with the models they stand among, as the signs are.
    const shown = useCrowd.getState().shown && sceneContents.modelsInScene;
    m.visible = shown && m.count > 0;
    const figures = shown ? m.count : 0;
    const walking = shown ? s.walkers : 0;
    if (shown !== crowdLife.shown || figures !== crowdLife.figures || walking !== crowdLife.walking) {
      crowdLife.shown = shown;
      crowdLife.figures = figures;
      crowdLife.walking = walking;
      crowdLife.triangles = crowdTriangles(figures);
    }
    uniforms.uTime.value = s.still ? 0 : (now - s.origin) / 1000;
  });

  const attach = useCallback(
    (im: InstancedMesh | null) => {
      mesh.current = im;
      if (!im) return;
      // Nothing drawn before the first look at the clock; then written at the next frame.
      im.count = 0;
      im.visible = false;
      im.boundingSphere = sphere;
      seen.current.moment = null;
      seen.current.at = -Infinity;
    },
    [sphere],
  );

  return <instancedMesh ref={attach} args={[geometry, material, capacity]} name="crowd" raycast={noRaycast} />;
}

/** The crowd of the edition on its site; nothing before the collision world exists. */
export function Crowd() {
  const data = useVisit((s) => s.data);
  const world = walkWorld.world;
  const site = useMemo(() => (data && world ? buildCrowd(data, world) : null), [data, world]);
  if (!site?.people.length) return null;
  return <Figures site={site} />;
}
