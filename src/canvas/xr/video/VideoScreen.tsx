/**
 * A hotspot's video on a screen in the world, for the headset, where no HTML shows: the frames on a
 * 0.8 × 0.45 m plane (a VideoTexture, which follows the video's own frame callbacks, so nothing here
 * runs per frame), the captions of the visit's language over its lower part and the control bar under
 * it, both painted with canvas 2D on the <video>'s events only.
 *
 * As in the HTML panel (src/dom/media/MediaVideo.tsx): muted until the visitor presses for sound,
 * nothing but metadata loaded before the first press, `play()` called inside the press, and
 * everything released on unmount. A broken file shows its message on the screen and calls onError.
 * The group's transform comes from the caller (src/xr/placement.ts places the screen).
 */
import { useEffect, useRef, useState } from 'react';
import { useThree, type ThreeElements, type ThreeEvent } from '@react-three/fiber';
import { CanvasTexture, MeshBasicMaterial, PlaneGeometry, SRGBColorSpace, VideoTexture, type Mesh } from 'three';
import { LANGS, type Lang } from '../../../i18n/lang.ts';
import type { Hotspot } from '../../../edition/schema.ts';
import { mediaUrl } from '../../../launch/editions.ts';
import { SCREEN_HEIGHT, SCREEN_WIDTH } from '../../../xr/placement.ts';
import { hitAt } from '../hits.ts';
import { xrPanel } from '../../../state/xr.ts';
import { useXrSurface } from '../surface.ts';
import { CAPTIONS_HEIGHT, CAPTIONS_WIDTH, layoutCaptions } from './captions.ts';
import { CONTROLS_HEIGHT, CONTROLS_HITS, CONTROLS_WIDTH, VIDEO_FONT, seekFraction, type VideoAction } from './controls.ts';
import { measureWith, paintCaptions } from './paintCaptions.ts';
import { paintControls, paintScreenCard, type ScreenCard } from './paintControls.ts';

type Video = Extract<Hotspot, { type: 'video' }>['video'];

/** The card shown on the screen before the first frame or on error: 16:9 at the bar's density. */
const CARD_W = 1024;
const CARD_H = 576;
const BAR_H = (SCREEN_WIDTH * CONTROLS_HEIGHT) / CONTROLS_WIDTH;
const CAPTIONS_H = (SCREEN_WIDTH * CAPTIONS_HEIGHT) / CAPTIONS_WIDTH;
/** The bar 2 cm under the screen; the captions inside its lower edge, a hair in front of the frames. */
const BAR_POSITION: [number, number, number] = [0, -SCREEN_HEIGHT / 2 - 0.02 - BAR_H / 2, 0];
const CAPTIONS_POSITION: [number, number, number] = [0, -SCREEN_HEIGHT / 2 + CAPTIONS_H / 2 + 0.01, 0.002];
const noRaycast = () => null;

interface Surface {
  ctx: CanvasRenderingContext2D;
  texture: CanvasTexture;
  geometry: PlaneGeometry;
  material: MeshBasicMaterial;
}

function surface(w: number, h: number, width: number, height: number, transparent: boolean): Surface {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const texture = new CanvasTexture(canvas);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  const material = new MeshBasicMaterial({ map: texture, toneMapped: false, transparent, depthWrite: !transparent });
  return { ctx: canvas.getContext('2d')!, texture, geometry: new PlaneGeometry(width, height), material };
}

/** One mounted screen: its <video>, its surfaces and what a press does. */
interface Screen {
  screen: Surface;
  bar: Surface;
  captions: Surface;
  act(action: VideoAction | 'screen', u: number): void;
  setLang(lang: Lang): void;
  release(): void;
}

function openScreen(video: Video, editionId: string, lang: Lang, onError: () => void, invalidate: () => void): Screen {
  const el = document.createElement('video');
  el.crossOrigin = 'anonymous';
  el.playsInline = true;
  // The property and the attribute both: no sound without the visitor's press.
  el.muted = true;
  el.defaultMuted = true;
  el.preload = 'metadata';
  const tracks = LANGS.map((l) => {
    const t = document.createElement('track');
    t.kind = 'captions';
    t.srclang = l;
    t.label = l;
    t.src = mediaUrl(editionId, video.captions[l]);
    el.appendChild(t);
    return t;
  });
  el.src = mediaUrl(editionId, video.src);

  const frames = new VideoTexture(el);
  frames.colorSpace = SRGBColorSpace;
  const screen = surface(CARD_W, CARD_H, SCREEN_WIDTH, SCREEN_HEIGHT, false);
  const bar = surface(CONTROLS_WIDTH, CONTROLS_HEIGHT, SCREEN_WIDTH, BAR_H, false);
  const captions = surface(CAPTIONS_WIDTH, CAPTIONS_HEIGHT, SCREEN_WIDTH, CAPTIONS_H, true);
  const measure = measureWith(captions.ctx);
  let card: ScreenCard | null = 'idle';
  let failed = false;
  let released = false;

  const duration = () => (Number.isFinite(el.duration) && el.duration > 0 ? el.duration : video.duration);
  // What `window.__visit.state().xr.panel.video` says (tests read the screen through it).
  const report = { playing: false, muted: true, time: 0, caption: '' };
  xrPanel.video = report;
  const paintBar = () => {
    const state = { playing: !el.paused && !el.ended, muted: el.muted, current: el.currentTime, duration: duration() };
    report.playing = state.playing;
    report.muted = state.muted;
    report.time = state.current;
    paintControls(bar.ctx, state, lang);
    bar.texture.needsUpdate = true;
    invalidate();
  };
  const paintCard = () => {
    if (!card) return;
    paintScreenCard(screen.ctx, CARD_W, CARD_H, card, lang);
    screen.texture.needsUpdate = true;
    screen.material.map = screen.texture;
    invalidate();
  };
  const paintCues = () => {
    const track = tracks[LANGS.indexOf(lang)]?.track;
    const texts: string[] = [];
    const active = track && track.mode !== 'disabled' ? track.activeCues : null;
    if (active)
      for (let i = 0; i < active.length; i++) {
        const cue = active[i];
        if (cue && 'text' in cue && typeof cue.text === 'string') texts.push(cue.text);
      }
    report.caption = texts.join('\n');
    const layout = layoutCaptions(texts, lang, measure);
    paintCaptions(captions.ctx, layout);
    captions.texture.needsUpdate = true;
    // Nothing to show: no draw call at all.
    captions.material.visible = layout.lines.length > 0;
    invalidate();
  };
  const showFrames = () => {
    if (card !== 'idle') return;
    card = null;
    screen.material.map = frames;
    invalidate();
  };
  const fail = () => {
    if (failed) return;
    failed = true;
    card = 'error';
    paintCard();
    paintBar();
    onError();
  };

  const events = new AbortController();
  const on = { signal: events.signal };
  for (const type of ['timeupdate', 'play', 'pause', 'volumechange', 'durationchange']) el.addEventListener(type, paintBar, on);
  el.addEventListener('playing', showFrames, on);
  el.addEventListener('error', fail, on);
  for (const t of tracks) t.track.addEventListener('cuechange', paintCues, on);

  const setLang = (next: Lang) => {
    lang = next;
    tracks.forEach((t, i) => (t.track.mode = LANGS[i] === lang ? 'hidden' : 'disabled'));
    paintBar();
    paintCard();
    paintCues();
  };
  setLang(lang);
  // The words are painted again once the fonts are in (a canvas does not wait for them).
  if ('fonts' in document)
    void Promise.all(LANGS.map((l) => document.fonts.load(`600 40px ${VIDEO_FONT[l]}`, l === 'ar' ? 'الفيديو' : 'Vidéo')))
      .catch(() => undefined)
      .then(() => !released && setLang(lang));

  const togglePlay = () => {
    if (failed) return;
    // Inside the press: the user gesture the browser asks for before playing.
    if (el.paused || el.ended) el.play().catch(() => undefined);
    else el.pause();
  };
  const toggleMute = () => {
    const wasPlaying = !el.paused;
    el.muted = !el.muted;
    // A browser that still refuses sound pauses the video instead: keep it playing, silent.
    if (!el.muted && wasPlaying && el.paused) {
      el.muted = true;
      el.play().catch(() => undefined);
    }
  };

  return {
    screen,
    bar,
    captions,
    setLang,
    act(action, u) {
      if (action === 'screen' || action.kind === 'toggle-play') togglePlay();
      else if (action.kind === 'toggle-mute') toggleMute();
      else if (!failed) el.currentTime = seekFraction(u) * duration();
    },
    release() {
      released = true;
      if (xrPanel.video === report) xrPanel.video = null;
      events.abort();
      el.pause();
      for (const t of tracks) {
        const track = t.track;
        if (track.cues) for (const cue of [...track.cues]) track.removeCue(cue);
        track.mode = 'disabled';
        t.remove();
      }
      el.removeAttribute('src');
      el.load();
      frames.dispose();
      for (const s of [screen, bar, captions]) {
        s.texture.dispose();
        s.geometry.dispose();
        s.material.dispose();
      }
    },
  };
}

export type VideoScreenProps = Omit<ThreeElements['group'], 'children' | 'onError'> & {
  /** The hotspot's video: its file, its captions in each language, its length. */
  video: Video;
  /** The edition whose media folder holds the files (mediaUrl). */
  editionId: string;
  /** The visit's language: the captions shown and the bar's words. */
  lang: Lang;
  /** Called once when the file cannot be played (its message is then on the screen). */
  onError?: () => void;
};

/** The screen, its captions and its control bar; the rest of the props go to the root group. */
export function VideoScreen({ video, editionId, lang, onError, ...group }: VideoScreenProps) {
  const invalidate = useThree((s) => s.invalidate);
  const [screen, setScreen] = useState<Screen | null>(null);
  const screenMesh = useRef<Mesh>(null);
  const barMesh = useRef<Mesh>(null);
  useXrSurface('video', screenMesh, SCREEN_WIDTH, SCREEN_HEIGHT);
  useXrSurface('video-bar', barMesh, SCREEN_WIDTH, BAR_H);
  // Read when they are needed, so a new callback or language does not reopen the video.
  const latest = useRef({ lang, onError });
  useEffect(() => {
    latest.current.onError = onError;
  }, [onError]);
  useEffect(() => {
    latest.current.lang = lang;
    screen?.setLang(lang);
  }, [lang, screen]);

  useEffect(() => {
    const s = openScreen(video, editionId, latest.current.lang, () => latest.current.onError?.(), invalidate);
    setScreen(s);
    return () => {
      s.release();
      setScreen(null);
    };
  }, [video, editionId, invalidate]);

  if (!screen) return null;
  const onScreen = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    screen.act('screen', 0);
  };
  const onBar = (e: ThreeEvent<MouseEvent>) => {
    // The bar is never a press on what lies behind it, even between its buttons.
    e.stopPropagation();
    if (!e.uv) return;
    const action = hitAt(CONTROLS_HITS, e.uv.x, e.uv.y, CONTROLS_WIDTH, CONTROLS_HEIGHT);
    if (action) screen.act(action, e.uv.x);
  };
  return (
    <group {...group}>
      <mesh ref={screenMesh} geometry={screen.screen.geometry} material={screen.screen.material} onClick={onScreen} />
      <mesh
        geometry={screen.captions.geometry}
        material={screen.captions.material}
        position={CAPTIONS_POSITION}
        raycast={noRaycast}
      />
      <mesh ref={barMesh} geometry={screen.bar.geometry} material={screen.bar.material} position={BAR_POSITION} onClick={onBar} />
    </group>
  );
}
