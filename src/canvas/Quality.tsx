/**
 * Adapts rendering cost to the device, live on the one renderer (the Canvas never remounts): each
 * frame's time goes to the controller (./quality/controller.ts), and the level it picks is applied:
 * the pixel ratio through r3f's setDpr, the cheaper tier's materials through ./quality/liteTier.ts
 * (whose level 0 also brings stand detail in closer). `__visit.setQuality` may pin a level instead,
 * or send it back to adapting from the top. Nothing here is React state: the component renders
 * nothing and never re-renders; what it decided is in `quality` (src/state/frame.ts).
 */
import { useEffect, useRef } from 'react';
import { useFrame } from '@react-three/fiber';
import type { Fog, FogExp2, Object3D } from 'three';
import { quality } from '../state/frame.ts';
import { SITE_ROOT } from './sceneNames.ts';
import {
  createQualityControl,
  currentLevel,
  feedFrame,
  levelValue,
  pauseControl,
  topRatio,
  type QualityControl,
  type QualityLevel,
} from './quality/controller.ts';
import { createLiteTier, type LiteTier } from './quality/liteTier.ts';
import { surfaceDetailTierChanged } from './models/surfaceDetail.ts';
import { launch } from '../launch/launch.ts';

const deviceRatio = () => (typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1);
/** The edition's models: the site, the stands and their streamed detail (not the sky, signs or markers). */
const isEditionModels = (o: Object3D) => o.name === SITE_ROOT;

export function Quality() {
  const control = useRef<QualityControl | null>(null);
  const lite = useRef<LiteTier | null>(null);
  /** The `quality.asked.version` last applied (−1: none yet, so the first frame reads it). */
  const seen = useRef(-1);
  /** The fog the cheaper tier took off, to put back. */
  const fogKept = useRef<Fog | FogExp2 | null>(null);

  useEffect(() => {
    // A level pinned by the URL holds until `__visit.setQuality` asks otherwise.
    if (launch.quality && quality.asked.version === 0)
      Object.assign(quality.asked, { version: 1, auto: false, ...launch.quality });
    const tier = createLiteTier();
    lite.current = tier;
    // A hidden tab draws no frames: the first one after it spans the whole absence, not a slow frame.
    const onVisibility = () => control.current && pauseControl(control.current);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      tier.leave();
      lite.current = null;
    };
  }, []);

  useFrame((state, delta) => {
    // In a headset the XR session owns the frame timing and the resolution.
    if (state.gl.xr.isPresenting) return;
    const asked = quality.asked;
    if (asked.version !== seen.current) {
      seen.current = asked.version;
      // Back to adapting: from the top, with a fresh change budget, as a page load starts.
      if (asked.auto) control.current = null;
    }
    let level: QualityLevel = asked;
    const ratio = deviceRatio();
    if (asked.auto) {
      let c = control.current;
      // A new controller at the start, after an ask, or on another screen (a window moved, a zoom).
      if (!c || c.deviceRatio !== topRatio(ratio)) c = control.current = createQualityControl(topRatio(ratio));
      feedFrame(c, delta * 1000);
      level = currentLevel(c);
      quality.changes = c.changes;
    }
    // Also puts the ratio back when r3f resets it to the Canvas prop (a Canvas re-render, a zoom).
    if (state.viewport.dpr !== level.pixelRatio) state.setDpr(level.pixelRatio);
    const tier = lite.current;
    if (tier && (level.tier === 'lite') !== tier.active) {
      if (level.tier === 'lite') tier.enter(state.scene, isEditionModels);
      else tier.leave();
    }
    // The cheaper tier also draws without fog (a few percent of every pixel); the haze comes back with
    // the full tier. Checked every frame: the atmosphere may attach its fog again (a new edition).
    const scene = state.scene;
    if (level.tier === 'lite' && scene.fog) {
      fogKept.current = scene.fog;
      scene.fog = null;
    } else if (level.tier === 'full' && fogKept.current) {
      if (!scene.fog) scene.fog = fogKept.current;
      fogKept.current = null;
    }
    quality.fog = scene.fog !== null;
    quality.swapped = tier?.meshes ?? 0;
    quality.pixelRatio = level.pixelRatio;
    if (quality.tier !== level.tier) {
      quality.tier = level.tier;
      // The patched materials' program follows the tier (the cheaper one has no surface detail code).
      surfaceDetailTierChanged();
    }
    quality.level = levelValue(ratio, level);
    quality.auto = asked.auto;
  });
  return null;
}
