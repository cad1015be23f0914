/**
 * Streams stand detail (props) by zone: a zone's file loads when the visitor comes within reach and
 * is disposed when they have gone well past, so the first frame needs only the site shell and GPU
 * memory stays flat however long the visit. Decisions run a few times a second, not every frame.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { Vector3, type Group } from 'three';
import type { Zone } from '../../edition/schema.ts';
import { toLocal } from '../../edition/geometry.ts';
import { useVisit } from '../../state/visit.ts';
import { detailStreaming, eye, quality } from '../../state/frame.ts';
import { fetchBytes, type ManifestFile } from './fetchModels.ts';
import { disposeTree, parseModel } from './parseModel.ts';
import { modelsBase } from './useEditionModels.ts';
import { compileSubtree } from '../precompile/CompileFirst.tsx';
import { uploadSubtree } from '../precompile/upload.ts';
import { mediaUrl } from '../../launch/editions.ts';

/** Load a zone's detail within this distance of its footprint, metres. */
export const DETAIL_LOAD_DISTANCE = 45;
/**
 * Release it once it has been out of reach this long, seconds of frame time. Hysteresis in time, not
 * distance: a short pass near a zone does not thrash, and what stays loaded depends only on where the
 * visitor is, not on the way they came (so memory returns to the same level at the same place).
 */
export const DETAIL_RELEASE_AFTER = 2;
/** From the air, detail loads only when the camera is this low. */
const AERIAL_DETAIL_HEIGHT = 70;
const DECIDE_EVERY = 0.25;
/**
 * After a zone's file fails, it is asked again no sooner than this many seconds of frame time,
 * doubling each time up to the last: a kiosk that lost the network for a while gets its props back.
 */
const RETRY_AFTER = [5, 10, 20, 40, 60];

const focus = new Vector3();
const direction = new Vector3();

/** Distance from a plan point to a zone's footprint (0 inside). */
function zoneDistance(zone: Zone, x: number, z: number): number {
  const [lx, lz] = toLocal(zone, x, z);
  const dx = Math.max(0, Math.abs(lx) - zone.width / 2);
  const dz = Math.max(0, Math.abs(lz) - zone.depth / 2);
  return Math.hypot(dx, dz);
}

export function DetailStreamer({ files }: { files: ManifestFile[] }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);
  const editionId = useVisit((s) => s.editionId);
  const zones = useVisit((s) => s.data?.site.zones);
  const [loaded, setLoaded] = useState<Map<string, Group>>(() => new Map());
  const pending = useRef(new Set<string>());
  const since = useRef(0);
  const outside = useRef(new Map<string, number>());
  /** Zones whose file failed, with how often and when (frame-time clock) they may be asked again. */
  const failed = useRef(new Map<string, { tries: number; retryAt: number }>());
  const clock = useRef(0);
  const live = useRef(true);
  /** The groups of the last commit: what leaves them is disposed after the commit that removed it. */
  const shown = useRef(new Map<string, Group>());

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  // Release everything when the edition changes (through the layout effect below, once out of the
  // scene) or the streamer goes away (its group has left the scene by the time this cleanup runs).
  useEffect(() => () => setLoaded(new Map()), [editionId]);
  useEffect(
    () => () => {
      for (const g of shown.current.values()) disposeTree(g);
      shown.current = new Map();
    },
    [],
  );

  useFrame(({ camera }, delta) => {
    since.current += delta;
    if (since.current < DECIDE_EVERY || !zones) return;
    const elapsed = since.current;
    since.current = 0;
    clock.current += elapsed;
    const view = useVisit.getState().view;
    // On a struggling device detail comes in closer.
    let reach = quality.level < 0.2 ? DETAIL_LOAD_DISTANCE * 0.6 : DETAIL_LOAD_DISTANCE;
    if (view === 'ground') focus.set(eye.position.x, 0, eye.position.z);
    else {
      // From the air: the ground point at the centre of the screen, and only when close enough.
      camera.getWorldDirection(direction);
      const t = direction.y < -1e-3 ? -camera.position.y / direction.y : -1;
      if (t < 0 || camera.position.y > AERIAL_DETAIL_HEIGHT) reach = -1;
      else focus.copy(camera.position).addScaledVector(direction, t);
    }
    let changed = false;
    for (const f of files) {
      const zone = zones.find((z) => z.id === f.zone);
      if (!zone) continue;
      const d = reach < 0 ? Infinity : zoneDistance(zone, focus.x, focus.z);
      const has = loaded.has(zone.id);
      // Pending until it is in the scene, so a pass between arrival and React's commit asks nothing twice.
      if (has) pending.current.delete(zone.id);
      const failure = failed.current.get(zone.id);
      if (!has && d <= reach && !pending.current.has(zone.id) && (!failure || clock.current >= failure.retryAt)) {
        changed = true;
        pending.current.add(zone.id);
        fetchBytes(`${modelsBase(editionId)}${f.name}`)
          .then(parseModel)
          // The screens' stills code is not part of the first download: no detail file before the first frame.
          .then(async (gltf) => {
            const { dressScreenStills } = await import('../screens/screenStills.ts');
            dressScreenStills(gltf.scene, (p) => mediaUrl(editionId, p), invalidate);
            return gltf;
          })
          // Its programs compiled and its buffers uploaded before it joins the scene, so the frame it
          // first shows in does not stall, and the GPU holds the same whichever way the camera looks.
          .then(async (gltf) => {
            await compileSubtree(gl, gltf.scene, camera, scene);
            return gltf;
          })
          .then((gltf) => {
            if (!live.current) return disposeTree(gltf.scene);
            uploadSubtree(gl, gltf.scene, camera, scene);
            gltf.scene.name = `detail-${zone.id}`;
            failed.current.delete(zone.id);
            useVisit.getState().setZoneBroken(zone.id, false);
            setLoaded((m) => new Map(m).set(zone.id, gltf.scene));
          })
          .catch((e: unknown) => {
            // A broken detail file costs that zone its props, never the visit; its panels say so.
            pending.current.delete(zone.id);
            const tries = (failed.current.get(zone.id)?.tries ?? 0) + 1;
            const wait = RETRY_AFTER[Math.min(tries, RETRY_AFTER.length) - 1]!;
            failed.current.set(zone.id, { tries, retryAt: clock.current + wait });
            useVisit.getState().setZoneBroken(zone.id, true);
            console.warn(`stand detail for ${zone.id} could not be loaded (try ${tries}, next in ${wait} s):`, e);
          });
      } else if (has && d <= reach) {
        outside.current.delete(zone.id);
      } else if (has) {
        changed = true;
        const away = (outside.current.get(zone.id) ?? 0) + elapsed;
        outside.current.set(zone.id, away);
        if (away < DETAIL_RELEASE_AFTER) continue;
        outside.current.delete(zone.id);
        // Disposed by the layout effect below, once React has taken it out of the scene.
        setLoaded((m) => {
          if (!m.has(zone.id)) return m;
          const next = new Map(m);
          next.delete(zone.id);
          return next;
        });
      }
    }
    detailStreaming.pending = pending.current.size;
    detailStreaming.settled = !changed && pending.current.size === 0;
  });

  // What left the map is disposed here, after the commit that took it out of the scene, and never
  // before: disposed while still drawn (a dispose queued from the state updater ran before React's
  // commit when a frame came first, on a loaded machine), three uploaded it again at the next frame
  // and that copy was never released: the kiosk soak gained 9 geometries, a zone's detail, now and then.
  useLayoutEffect(() => {
    for (const [zone, g] of shown.current) if (loaded.get(zone) !== g) disposeTree(g);
    shown.current = new Map(loaded);
    detailStreaming.loaded = [...loaded.keys()].sort();
  }, [loaded]);

  return (
    <group name="stand-detail">
      {[...loaded].map(([zone, g]) => (
        <primitive key={zone} object={g} dispose={null} />
      ))}
    </group>
  );
}
