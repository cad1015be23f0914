/**
 * The video screen's control bar in the headset, as plain data: where play/pause, the seek bar, the
 * time and mute/unmute go on its 1024 × 160 canvas, what each says in the visit's language, and what
 * a press does. paintControls.ts paints exactly these rectangles and VideoScreen.tsx answers presses
 * through the same list (src/canvas/xr/hits.ts), so what is drawn and what answers cannot disagree.
 *
 * Media controls stay left to right in Arabic too: time runs left to right on a seek bar in YouTube,
 * in the platform's own players (and in the HTML panel's <video controls>), so the bar is not
 * mirrored; only its words are in the visit's language.
 */
import type { Lang } from '../../../i18n/lang.ts';
import type { HitRect } from '../hits.ts';

/** The bar's canvas, pixels: as wide as the screen's 0.8 m at 1280 px per metre (src/xr/placement.ts). */
export const CONTROLS_WIDTH = 1024;
export const CONTROLS_HEIGHT = 160;

/**
 * What a press on the bar does. The seek bar answers 'seek-bar' whatever the point: the fraction to
 * seek to comes from where along it the press landed, `seekFraction(u)`.
 */
export type VideoAction = { kind: 'toggle-play' } | { kind: 'seek-bar' } | { kind: 'toggle-mute' };

/** A rectangle on the bar's canvas, pixels from the top left. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const PAD = 16;
const GAP = 16;
/** 128 px is 10 cm at 1280 px per metre: a target a ray in a trembling hand does not miss (≥ 88 px). */
const BUTTON_H = 128;
const TOP = (CONTROLS_HEIGHT - BUTTON_H) / 2;
const PLAY_W = 176;
const MUTE_W = 216;
const TIME_W = 240;

/** Where each part of the bar is, the same in every language. */
export const CONTROLS_LAYOUT: Readonly<Record<'play' | 'seek' | 'time' | 'mute', Readonly<Rect>>> = {
  play: { x: PAD, y: TOP, w: PLAY_W, h: BUTTON_H },
  seek: { x: PAD + PLAY_W + GAP, y: TOP, w: CONTROLS_WIDTH - 2 * PAD - PLAY_W - MUTE_W - TIME_W - 3 * GAP, h: BUTTON_H },
  time: { x: CONTROLS_WIDTH - PAD - MUTE_W - GAP - TIME_W, y: TOP, w: TIME_W, h: BUTTON_H },
  mute: { x: CONTROLS_WIDTH - PAD - MUTE_W, y: TOP, w: MUTE_W, h: BUTTON_H },
};

/** The pressable parts of the bar, for hitAt (the time is only read). */
export const CONTROLS_HITS: readonly HitRect<VideoAction>[] = [
  { ...CONTROLS_LAYOUT.play, action: { kind: 'toggle-play' } },
  { ...CONTROLS_LAYOUT.seek, action: { kind: 'seek-bar' } },
  { ...CONTROLS_LAYOUT.mute, action: { kind: 'toggle-mute' } },
];

/** Where the seek bar's track is drawn inside its rectangle: a margin so the knob fits at both ends. */
export const SEEK_TRACK_INSET = 20;

/**
 * The fraction of the video to seek to for a press at `u` (three's uv, 0 at the bar's left edge, 1 at
 * its right): where along the drawn track it landed, clamped to 0–1 (hitAt's slop lets a press land a
 * little past either end).
 */
export function seekFraction(u: number): number {
  if (!Number.isFinite(u)) return 0;
  const { x, w } = CONTROLS_LAYOUT.seek;
  const start = x + SEEK_TRACK_INSET;
  const length = w - 2 * SEEK_TRACK_INSET;
  return Math.min(1, Math.max(0, (u * CONTROLS_WIDTH - start) / length));
}

/** How far the video has played, 0–1; 0 while its length is unknown. */
export function progress(current: number, duration: number): number {
  if (!(duration > 0) || !Number.isFinite(current)) return 0;
  return Math.min(1, Math.max(0, current / duration));
}

/** m:ss (h:mm:ss from an hour), Western digits, as the HTML panel writes a length. */
export function clock(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/**
 * The font families of the words on the bar, the captions and the screen's messages: Inter for the
 * Latin-script languages, IBM Plex Sans Arabic for Arabic (src/dom/styles.css's family), each falling
 * back to the other, whose Latin glyphs are close.
 */
export const VIDEO_FONT: Record<Lang, string> = {
  fr: '"Inter", "IBM Plex Sans Arabic", system-ui, sans-serif',
  ar: '"IBM Plex Sans Arabic", system-ui, sans-serif',
  en: '"Inter", "IBM Plex Sans Arabic", system-ui, sans-serif',
};

/** The words around the screen, in one language. A button's label says what pressing it does. */
export interface VideoLabels {
  play: string;
  pause: string;
  /** On the mute button while the video is silent. */
  soundOn: string;
  mute: string;
  /** On the screen before the first frame: a press anywhere on it starts the video. */
  pressToPlay: string;
  /** On the screen when the file cannot be played (the HTML panel's words). */
  unavailable: string;
}

export const VIDEO_LABELS: Record<Lang, VideoLabels> = {
  fr: {
    play: 'Lire',
    pause: 'Pause',
    soundOn: 'Activer le son',
    mute: 'Couper le son',
    pressToPlay: 'Lire la vidéo',
    unavailable: 'Cette vidéo n’a pas pu être chargée.',
  },
  ar: {
    play: 'تشغيل',
    pause: 'إيقاف مؤقت',
    soundOn: 'تشغيل الصوت',
    mute: 'كتم الصوت',
    pressToPlay: 'تشغيل الفيديو',
    unavailable: 'تعذّر تحميل هذا الفيديو.',
  },
  en: {
    play: 'Play',
    pause: 'Pause',
    soundOn: 'Sound on',
    mute: 'Mute',
    pressToPlay: 'Play the video',
    unavailable: 'This video could not be loaded.',
  },
};

/** What the bar shows: read from the <video> on each of its events. */
export interface ControlsState {
  playing: boolean;
  muted: boolean;
  /** Seconds. */
  current: number;
  /** Seconds; the edition's figure until the file's own is known. */
  duration: number;
}

/** The bar's three texts for a state, in `lang`. */
export interface ControlsText {
  play: string;
  mute: string;
  time: string;
}

export function controlsText(state: ControlsState, lang: Lang): ControlsText {
  const l = VIDEO_LABELS[lang];
  return {
    play: state.playing ? l.pause : l.play,
    mute: state.muted ? l.soundOn : l.mute,
    time: `${clock(state.current)} / ${clock(state.duration)}`,
  };
}
