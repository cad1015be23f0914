/**
 * The headset video's captions (src/canvas/xr/video/captions.ts, paintCaptions.ts): the active cues
 * broken into at most three lines that fit the canvas, at 40 px or more, in the visit language's
 * type; Arabic painted right to left; no cue, nothing visible.
 */
import { describe, expect, it } from 'vitest';
import {
  CAPTION_SIZES,
  CAPTION_TEXT_WIDTH,
  CAPTIONS_HEIGHT,
  CAPTIONS_WIDTH,
  MAX_CAPTION_LINES,
  captionFont,
  cueText,
  layoutCaptions,
  wrapLines,
} from '../src/canvas/xr/video/captions.ts';
import { paintCaptions } from '../src/canvas/xr/video/paintCaptions.ts';
import { Fake2D, fakeWidth } from './xr-video-fake2d.ts';

const ARABIC = 'أُقيم هذا الرواق بشراكة مع المجلس الوطني لحقوق الإنسان، أحد الشركاء المؤسساتيين للمديرية العامة للأمن الوطني.';
/** About 270 characters: more than two lines at every size. */
const LONG = 'Les brigades cynophiles de la Sûreté nationale forment leurs chiens pendant plusieurs mois '.repeat(3);

describe('wrapping a cue', () => {
  it('keeps each line within the width, whole words, in order', () => {
    const font = captionFont('fr', 40);
    const lines = wrapLines(LONG, CAPTION_TEXT_WIDTH, font, fakeWidth);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(fakeWidth(l, font)).toBeLessThanOrEqual(CAPTION_TEXT_WIDTH);
    expect(lines.join(' ')).toBe(LONG.trim());
  });
  it('keeps the cue’s own line breaks', () => {
    expect(wrapLines('Bonjour\nà tous', 900, captionFont('fr', 40), fakeWidth)).toEqual(['Bonjour', 'à tous']);
  });
  it('removes WebVTT markup and reads its entities', () => {
    expect(cueText('<v Agent>Bonjour <i>à tous</i> &amp; bienvenue</v>')).toBe('Bonjour à tous & bienvenue');
  });
});

describe('laying out the captions', () => {
  it('uses the largest size for a short cue, in one line at the bottom of the canvas', () => {
    const layout = layoutCaptions(['Bienvenue au stand 12'], 'fr', fakeWidth);
    expect(layout.font).toBe(captionFont('fr', CAPTION_SIZES[0]));
    expect(layout.lines).toHaveLength(1);
    expect(layout.box!.y + layout.box!.h).toBeLessThanOrEqual(CAPTIONS_HEIGHT);
    expect(layout.box!.y + layout.box!.h).toBeGreaterThan(CAPTIONS_HEIGHT - 10);
  });
  it('fits a long cue into at most three lines, never under 40 px, inside the canvas', () => {
    for (const lang of ['fr', 'en', 'ar'] as const) {
      const layout = layoutCaptions([lang === 'ar' ? `${ARABIC} ${ARABIC}` : LONG], lang, fakeWidth);
      expect(layout.lines.length).toBeGreaterThan(1);
      expect(layout.lines.length).toBeLessThanOrEqual(MAX_CAPTION_LINES);
      expect(Number(/(\d+)px/.exec(layout.font)![1])).toBeGreaterThanOrEqual(40);
      const box = layout.box!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(CAPTIONS_WIDTH);
      for (const l of layout.lines) expect(fakeWidth(l.text, layout.font)).toBeLessThanOrEqual(CAPTION_TEXT_WIDTH);
    }
  });
  it('ends a cue too long even for three lines with an ellipsis', () => {
    const layout = layoutCaptions([LONG.repeat(2)], 'fr', fakeWidth);
    expect(layout.lines).toHaveLength(3);
    expect(layout.lines[2]!.text.endsWith('…')).toBe(true);
  });
  it('stacks two cues shown at once', () => {
    const layout = layoutCaptions(['Premier', 'Second'], 'fr', fakeWidth);
    expect(layout.lines.map((l) => l.text)).toEqual(['Premier', 'Second']);
    expect(layout.lines[1]!.y).toBeGreaterThan(layout.lines[0]!.y);
  });
  it('sets Arabic in IBM Plex Sans Arabic and French in Inter', () => {
    expect(layoutCaptions([ARABIC], 'ar', fakeWidth).font).toMatch(/^600 \d+px "IBM Plex Sans Arabic"/);
    expect(layoutCaptions(['Bonjour'], 'fr', fakeWidth).font).toMatch(/^600 \d+px "Inter"/);
  });
});

describe('painting the captions', () => {
  it('paints Arabic right to left, centred, white on a translucent black box', () => {
    const fake = new Fake2D();
    const layout = layoutCaptions([ARABIC], 'ar', fakeWidth);
    paintCaptions(fake.ctx, layout);
    expect(fake.texts).toHaveLength(layout.lines.length);
    for (const t of fake.texts) {
      expect(t.direction).toBe('rtl');
      expect(t.textAlign).toBe('center');
      expect(t.x).toBe(CAPTIONS_WIDTH / 2);
      expect(t.fillStyle).toBe('#ffffff');
    }
    // Whole runs of words, never letter by letter: the browser shapes them.
    expect(fake.texts.map((t) => t.text).join(' ')).toBe(ARABIC);
    expect(fake.marks[0]).toBe('fill');
  });
  it('paints French left to right', () => {
    const fake = new Fake2D();
    paintCaptions(fake.ctx, layoutCaptions(['Bonjour'], 'fr', fakeWidth));
    expect(fake.texts[0]!.direction).toBe('ltr');
  });
  it('leaves the canvas clear and paints nothing for an empty cue', () => {
    for (const cues of [[], [''], ['  <i> </i> ']]) {
      const fake = new Fake2D();
      const layout = layoutCaptions(cues, 'ar', fakeWidth);
      expect(layout.box).toBeNull();
      paintCaptions(fake.ctx, layout);
      expect(fake.clears).toBe(1);
      expect(fake.marks).toEqual([]);
    }
  });
  it('clears what the previous cue left', () => {
    const fake = new Fake2D();
    paintCaptions(fake.ctx, layoutCaptions(['Bonjour'], 'fr', fakeWidth));
    paintCaptions(fake.ctx, layoutCaptions([], 'fr', fakeWidth));
    expect(fake.clears).toBe(2);
  });
});
