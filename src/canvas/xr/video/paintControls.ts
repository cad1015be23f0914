/**
 * Paints the video screen's control bar (controls.ts's layout) and the screen's own card (before the
 * first frame, or when the file is broken) with canvas 2D. Icons are vector paths drawn here, so the
 * bar needs no image. Called on the <video>'s events only, never per frame.
 */
import { DIRECTION, type Lang } from '../../../i18n/lang.ts';
import {
  CONTROLS_HEIGHT,
  CONTROLS_LAYOUT,
  CONTROLS_WIDTH,
  SEEK_TRACK_INSET,
  VIDEO_FONT,
  VIDEO_LABELS,
  controlsText,
  progress,
  type ControlsState,
  type Rect,
} from './controls.ts';

const BAR = '#0f1b2d';
const BUTTON = '#1d4f91';
const INK = '#ffffff';
const TRACK = 'rgba(255, 255, 255, 0.28)';
const PLAYED = '#e23b41';

/** Sets the largest font from `size` down to `min` at which `text` fits `maxWidth`. */
function fitFont(ctx: CanvasRenderingContext2D, text: string, lang: Lang, size: number, min: number, maxWidth: number): void {
  let s = size;
  ctx.font = `600 ${s}px ${VIDEO_FONT[lang]}`;
  while (s > min && ctx.measureText(text).width > maxWidth) {
    s -= 2;
    ctx.font = `600 ${s}px ${VIDEO_FONT[lang]}`;
  }
}

function roundRect(ctx: CanvasRenderingContext2D, r: Rect, radius: number): void {
  ctx.beginPath();
  ctx.roundRect(r.x, r.y, r.w, r.h, radius);
}

/** A play triangle of height `size` centred on (cx, cy), nudged right so it looks centred. */
export function playIcon(ctx: CanvasRenderingContext2D, cx: number, cy: number, size: number): void {
  const h = size / 2;
  const x = cx - h * 0.8;
  ctx.beginPath();
  ctx.moveTo(x, cy - h);
  ctx.lineTo(x + size * 0.9, cy);
  ctx.lineTo(x, cy + h);
  ctx.closePath();
  ctx.fill();
}

function pauseIcon(ctx: CanvasRenderingContext2D, cx: number, cy: number, size: number): void {
  const w = size * 0.3;
  ctx.fillRect(cx - size * 0.4, cy - size / 2, w, size);
  ctx.fillRect(cx + size * 0.1, cy - size / 2, w, size);
}

/** A speaker; with two sound waves when `sound`, crossed out when not. */
function speakerIcon(ctx: CanvasRenderingContext2D, cx: number, cy: number, size: number, sound: boolean): void {
  const s = size / 2;
  const left = cx - s;
  ctx.beginPath();
  ctx.moveTo(left, cy - s * 0.35);
  ctx.lineTo(left + s * 0.4, cy - s * 0.35);
  ctx.lineTo(left + s * 0.95, cy - s * 0.85);
  ctx.lineTo(left + s * 0.95, cy + s * 0.85);
  ctx.lineTo(left + s * 0.4, cy + s * 0.35);
  ctx.lineTo(left, cy + s * 0.35);
  ctx.closePath();
  ctx.fill();
  ctx.lineWidth = size * 0.09;
  ctx.lineCap = 'round';
  const ox = left + s * 1.1;
  if (sound) {
    for (const r of [s * 0.45, s * 0.85]) {
      ctx.beginPath();
      ctx.arc(ox, cy, r, -Math.PI / 4, Math.PI / 4);
      ctx.stroke();
    }
  } else {
    const a = s * 0.35;
    const mx = ox + s * 0.5;
    ctx.beginPath();
    ctx.moveTo(mx - a, cy - a);
    ctx.lineTo(mx + a, cy + a);
    ctx.moveTo(mx + a, cy - a);
    ctx.lineTo(mx - a, cy + a);
    ctx.stroke();
  }
}

/** A button: its face, the icon in its upper part, the label (in the visit's language) under it. */
function button(ctx: CanvasRenderingContext2D, r: Rect, label: string, lang: Lang, icon: (cx: number, cy: number) => void): void {
  ctx.fillStyle = BUTTON;
  roundRect(ctx, r, 18);
  ctx.fill();
  ctx.fillStyle = INK;
  ctx.strokeStyle = INK;
  icon(r.x + r.w / 2, r.y + 44);
  ctx.direction = DIRECTION[lang];
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  fitFont(ctx, label, lang, 36, 26, r.w - 16);
  ctx.fillText(label, r.x + r.w / 2, r.y + r.h - 18, r.w - 12);
}

/** Paints the whole bar for `state` onto its CONTROLS_WIDTH × CONTROLS_HEIGHT canvas. */
export function paintControls(ctx: CanvasRenderingContext2D, state: ControlsState, lang: Lang): void {
  const text = controlsText(state, lang);
  const { play, seek, time, mute } = CONTROLS_LAYOUT;
  ctx.save();
  ctx.fillStyle = BAR;
  ctx.fillRect(0, 0, CONTROLS_WIDTH, CONTROLS_HEIGHT);

  button(ctx, play, text.play, lang, (cx, cy) => (state.playing ? pauseIcon(ctx, cx, cy, 44) : playIcon(ctx, cx, cy, 44)));
  button(ctx, mute, text.mute, lang, (cx, cy) => speakerIcon(ctx, cx, cy, 48, !state.muted));

  // The seek bar: a track with the played part and a knob, in the middle of its (taller) target.
  const x0 = seek.x + SEEK_TRACK_INSET;
  const length = seek.w - 2 * SEEK_TRACK_INSET;
  const cy = seek.y + seek.h / 2;
  const played = length * progress(state.current, state.duration);
  ctx.fillStyle = TRACK;
  ctx.beginPath();
  ctx.roundRect(x0, cy - 7, length, 14, 7);
  ctx.fill();
  ctx.fillStyle = PLAYED;
  ctx.beginPath();
  ctx.roundRect(x0, cy - 7, Math.max(14, played), 14, 7);
  ctx.fill();
  ctx.fillStyle = INK;
  ctx.beginPath();
  ctx.arc(x0 + played, cy, 20, 0, Math.PI * 2);
  ctx.fill();

  // Digits and the slash read left to right in every language.
  ctx.direction = 'ltr';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = INK;
  fitFont(ctx, text.time, lang, 40, 28, time.w - 8);
  ctx.fillText(text.time, time.x + time.w / 2, time.y + time.h / 2, time.w - 4);
  ctx.restore();
}

/** What the screen shows when no video frame does. */
export type ScreenCard = 'idle' | 'error';

/**
 * Paints the screen's card onto its canvas (`width` × `height`): before the first frame a large play
 * button with its words (a press anywhere on the screen starts the video), or the message that the
 * file could not be played, never a black rectangle.
 */
export function paintScreenCard(
  ctx: CanvasRenderingContext2D,
  width: number,
  height: number,
  card: ScreenCard,
  lang: Lang,
): void {
  const l = VIDEO_LABELS[lang];
  const cx = width / 2;
  const cy = height * 0.42;
  ctx.save();
  ctx.fillStyle = BAR;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = INK;
  ctx.strokeStyle = INK;
  if (card === 'idle') {
    ctx.fillStyle = 'rgba(255, 255, 255, 0.16)';
    ctx.beginPath();
    ctx.arc(cx, cy, 96, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = INK;
    playIcon(ctx, cx, cy, 84);
  } else {
    // A warning sign: a rounded triangle outline with an exclamation mark.
    ctx.lineWidth = 12;
    ctx.lineJoin = 'round';
    ctx.beginPath();
    ctx.moveTo(cx, cy - 86);
    ctx.lineTo(cx + 96, cy + 80);
    ctx.lineTo(cx - 96, cy + 80);
    ctx.closePath();
    ctx.stroke();
    ctx.fillRect(cx - 6, cy - 34, 12, 64);
    ctx.fillRect(cx - 6, cy + 44, 12, 12);
  }
  const words = card === 'idle' ? l.pressToPlay : l.unavailable;
  ctx.direction = DIRECTION[lang];
  ctx.textAlign = 'center';
  ctx.textBaseline = 'alphabetic';
  fitFont(ctx, words, lang, 52, 40, width - 96);
  ctx.fillText(words, cx, height * 0.78, width - 64);
  ctx.restore();
}
