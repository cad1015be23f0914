/**
 * The headset video's control bar (src/canvas/xr/video/controls.ts, paintControls.ts): a press along
 * the seek bar seeks to where it landed, the buttons are large enough and in the same left-to-right
 * order in every language, and their words follow the video's state in the visit's language.
 */
import { describe, expect, it } from 'vitest';
import { hitAt } from '../src/canvas/xr/hits.ts';
import {
  CONTROLS_HEIGHT,
  CONTROLS_HITS,
  CONTROLS_LAYOUT,
  CONTROLS_WIDTH,
  SEEK_TRACK_INSET,
  VIDEO_LABELS,
  clock,
  controlsText,
  progress,
  seekFraction,
  type ControlsState,
} from '../src/canvas/xr/video/controls.ts';
import { paintControls, paintScreenCard } from '../src/canvas/xr/video/paintControls.ts';
import { Fake2D } from './xr-video-fake2d.ts';

const { seek } = CONTROLS_LAYOUT;
/** u of a canvas x on the bar. */
const u = (x: number) => x / CONTROLS_WIDTH;
const press = (x: number, y = CONTROLS_HEIGHT / 2) =>
  hitAt(CONTROLS_HITS, u(x), 1 - y / CONTROLS_HEIGHT, CONTROLS_WIDTH, CONTROLS_HEIGHT);
const paused: ControlsState = { playing: false, muted: true, current: 12, duration: 95 };

describe('the seek bar', () => {
  const start = seek.x + SEEK_TRACK_INSET;
  const length = seek.w - 2 * SEEK_TRACK_INSET;
  it('answers a press anywhere along it, and the fraction is where along the track it landed', () => {
    for (const f of [0, 0.25, 0.5, 0.9, 1]) {
      const x = start + f * length;
      expect(press(x)).toEqual({ kind: 'seek-bar' });
      expect(seekFraction(u(x))).toBeCloseTo(f, 6);
    }
  });
  it('clamps a press past either end (the slop) to the start and the end', () => {
    expect(press(seek.x - 4)).toEqual({ kind: 'seek-bar' });
    expect(seekFraction(u(seek.x - 4))).toBe(0);
    expect(press(seek.x + seek.w + 8)).toEqual({ kind: 'seek-bar' });
    expect(seekFraction(u(seek.x + seek.w + 8))).toBe(1);
    expect(seekFraction(Number.NaN)).toBe(0);
  });
  it('is a target over the whole bar height, not only the thin track', () => {
    expect(press(start + length / 3, CONTROLS_LAYOUT.seek.y + 4)).toEqual({ kind: 'seek-bar' });
  });
  it('shows how far the video has played', () => {
    expect(progress(30, 120)).toBe(0.25);
    expect(progress(5, Number.NaN)).toBe(0);
    expect(progress(500, 120)).toBe(1);
  });
});

describe('the buttons', () => {
  it('are at least 88 px tall, inside the canvas and apart', () => {
    for (const h of CONTROLS_HITS) {
      expect(h.h).toBeGreaterThanOrEqual(88);
      expect(h.x).toBeGreaterThanOrEqual(0);
      expect(h.x + h.w).toBeLessThanOrEqual(CONTROLS_WIDTH);
      expect(h.y + h.h).toBeLessThanOrEqual(CONTROLS_HEIGHT);
    }
    const sorted = [...CONTROLS_HITS].sort((a, b) => a.x - b.x);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x).toBeGreaterThan(sorted[i - 1]!.x + sorted[i - 1]!.w);
  });
  it('go play, seek, time, mute from left to right (media controls are not mirrored in Arabic)', () => {
    const { play, time, mute } = CONTROLS_LAYOUT;
    expect(play.x).toBeLessThan(seek.x);
    expect(seek.x + seek.w).toBeLessThanOrEqual(time.x);
    expect(time.x + time.w).toBeLessThanOrEqual(mute.x);
    expect(press(play.x + play.w / 2)).toEqual({ kind: 'toggle-play' });
    expect(press(mute.x + mute.w / 2)).toEqual({ kind: 'toggle-mute' });
  });
  it('leave the time as something read, not pressed', () => {
    const { time } = CONTROLS_LAYOUT;
    expect(press(time.x + time.w / 2)).toBeNull();
  });
});

describe('the words on the bar', () => {
  it('say Play while paused and Pause while playing, in the visit language', () => {
    expect(controlsText(paused, 'fr').play).toBe('Lire');
    expect(controlsText({ ...paused, playing: true }, 'fr').play).toBe('Pause');
    expect(controlsText(paused, 'ar').play).toBe(VIDEO_LABELS.ar.play);
    expect(controlsText({ ...paused, playing: true }, 'en').play).toBe('Pause');
  });
  it('offer sound while muted and muting while it plays aloud', () => {
    expect(controlsText(paused, 'en').mute).toBe('Sound on');
    expect(controlsText({ ...paused, muted: false }, 'en').mute).toBe('Mute');
  });
  it('write the time as elapsed / length with Western digits', () => {
    expect(controlsText(paused, 'ar').time).toBe('0:12 / 1:35');
    expect(clock(0)).toBe('0:00');
    expect(clock(65.9)).toBe('1:05');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(Number.NaN)).toBe('0:00');
  });
});

describe('painting the bar', () => {
  const labels = (state: ControlsState, lang: 'fr' | 'ar' | 'en') => {
    const fake = new Fake2D();
    paintControls(fake.ctx, state, lang);
    return fake;
  };
  it('changes the play button label when the video starts', () => {
    expect(labels(paused, 'fr').texts.map((t) => t.text)).toContain('Lire');
    const playing = labels({ ...paused, playing: true }, 'fr').texts.map((t) => t.text);
    expect(playing).toContain('Pause');
    expect(playing).not.toContain('Lire');
  });
  it('draws the labels inside their buttons and the time in its place', () => {
    const drawn = labels(paused, 'en').texts;
    const { play, time, mute } = CONTROLS_LAYOUT;
    const at = (text: string) => drawn.find((t) => t.text === text)!;
    expect(at('Play').x).toBe(play.x + play.w / 2);
    expect(at('Sound on').x).toBe(mute.x + mute.w / 2);
    expect(at('0:12 / 1:35').x).toBe(time.x + time.w / 2);
  });
  it('writes Arabic labels right to left in Arabic type, the time left to right', () => {
    const drawn = labels(paused, 'ar').texts;
    const play = drawn.find((t) => t.text === VIDEO_LABELS.ar.play)!;
    expect(play.direction).toBe('rtl');
    expect(play.font).toContain('IBM Plex Sans Arabic');
    expect(drawn.find((t) => t.text === '0:12 / 1:35')!.direction).toBe('ltr');
    expect(labels(paused, 'fr').texts[0]!.font).toMatch(/^600 \d+px "Inter"/);
  });
  it('puts a clear message on the screen when the file is broken', () => {
    const fake = new Fake2D();
    paintScreenCard(fake.ctx, 1024, 576, 'error', 'ar');
    expect(fake.texts.map((t) => t.text)).toEqual([VIDEO_LABELS.ar.unavailable]);
    expect(fake.texts[0]!.direction).toBe('rtl');
    expect(fake.marks).toContain('fillRect');
  });
});
