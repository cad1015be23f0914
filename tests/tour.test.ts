/** The guided tour's store: start, next, previous, pause and the dwell, the loop, the end; and the Agadir tours' data. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Tours, type Tour } from '../src/edition/schema.ts';
import { dwellLeft, resetTour, tourSummary, useTour } from '../src/modes/tour/tourState.ts';
import { tourUrl } from '../src/modes/tour/tourUrl.ts';
import { tourMinutes } from '../src/modes/tour/duration.ts';
import { targetById } from '../src/edition/targets.ts';
import type { EditionData } from '../src/edition/schema.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/jpo-2024-agadir', f), 'utf8'));

const text = (s: string) => ({ fr: s, ar: s, en: s });
const stop = (target: string, dwell: number) => ({ target, text: text(target), dwell });
const TOURS: Tour[] = [
  { id: 'three', title: text('Three'), summary: text('Three stops'), stops: [stop('a', 10), stop('b', 8), stop('c', 12)] },
  { id: 'one', title: text('One'), summary: text('One stop'), stops: [stop('a', 5)] },
];

/** What the runner does on arrival: report it for the leg it travelled for. */
const arrive = () => useTour.getState().arrived(useTour.getState().leg);

describe('the tour store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useTour.setState({ tours: TOURS });
    resetTour();
  });
  afterEach(() => {
    resetTour();
    vi.useRealTimers();
  });

  it('starts travelling to the asked stop, clamped, and dwells only once arrived', () => {
    useTour.getState().start('three', 1);
    expect(tourSummary()).toEqual({
      id: 'three',
      stop: 2,
      of: 3,
      paused: false,
      phase: 'travelling',
      finished: false,
      loop: false,
    });
    vi.advanceTimersByTime(60_000);
    expect(useTour.getState().index).toBe(1);
    arrive();
    expect(useTour.getState().phase).toBe('dwelling');
    useTour.getState().start('three', 99);
    expect(useTour.getState().index).toBe(2);
    useTour.getState().start('three', -4);
    expect(useTour.getState().index).toBe(0);
  });

  it('moves on by itself when the dwell runs out, and a late arrival of an older leg changes nothing', () => {
    useTour.getState().start('three');
    const first = useTour.getState().leg;
    arrive();
    vi.advanceTimersByTime(9_999);
    expect(useTour.getState().index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(useTour.getState()).toMatchObject({ index: 1, phase: 'travelling' });
    useTour.getState().arrived(first);
    expect(useTour.getState().phase).toBe('travelling');
  });

  it('pause holds the dwell where it was, resume finishes the rest', () => {
    useTour.getState().start('three');
    arrive();
    vi.advanceTimersByTime(4_000);
    useTour.getState().pause();
    vi.advanceTimersByTime(120_000);
    expect(useTour.getState()).toMatchObject({ index: 0, paused: true });
    expect(dwellLeft()).toBe(6_000);
    useTour.getState().resume();
    vi.advanceTimersByTime(5_999);
    expect(useTour.getState().index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(useTour.getState().index).toBe(1);
  });

  it('paused while travelling, the dwell waits for resume after arrival', () => {
    useTour.getState().start('three');
    useTour.getState().pause();
    arrive();
    vi.advanceTimersByTime(60_000);
    expect(useTour.getState()).toMatchObject({ index: 0, phase: 'dwelling', paused: true });
    useTour.getState().resume();
    vi.advanceTimersByTime(10_000);
    expect(useTour.getState().index).toBe(1);
  });

  it('next and previous move one stop, a paused tour staying paused, and previous stays at the first stop', () => {
    useTour.getState().start('three');
    useTour.getState().previous();
    expect(useTour.getState().index).toBe(0);
    useTour.getState().pause();
    useTour.getState().next();
    expect(useTour.getState()).toMatchObject({ index: 1, paused: true, phase: 'travelling' });
    arrive();
    vi.advanceTimersByTime(60_000);
    expect(useTour.getState()).toMatchObject({ index: 1, paused: true, phase: 'dwelling' });
    useTour.getState().next();
    useTour.getState().previous();
    expect(useTour.getState().index).toBe(1);
    useTour.getState().resume();
    arrive();
    vi.advanceTimersByTime(8_000);
    expect(useTour.getState().index).toBe(2);
  });

  it('without loop, the end of the last stop finishes the tour; restart and stop from there', () => {
    useTour.getState().start('three', 2);
    arrive();
    vi.advanceTimersByTime(12_000);
    expect(useTour.getState()).toMatchObject({ id: 'three', index: 2, finished: true });
    expect(tourSummary()?.finished).toBe(true);
    useTour.getState().next();
    expect(useTour.getState()).toMatchObject({ index: 2, finished: true });
    useTour.getState().start('three', 0);
    expect(useTour.getState()).toMatchObject({ index: 0, finished: false });
    useTour.getState().stop();
    expect(tourSummary()).toBeNull();
    expect(useTour.getState().id).toBeNull();
  });

  it('with loop (the attract loop), the last stop goes back to the first, round and round', () => {
    useTour.getState().start('three', 0, { loop: true });
    const seen: number[] = [];
    for (let i = 0; i < 7; i++) {
      seen.push(useTour.getState().index);
      arrive();
      vi.advanceTimersByTime(12_000);
    }
    expect(seen).toEqual([0, 1, 2, 0, 1, 2, 0]);
    expect(useTour.getState().finished).toBe(false);
    useTour.getState().start('three', 0, { loop: true });
    useTour.getState().previous();
    expect(useTour.getState().index).toBe(2);
  });

  it('resetTour stops it and its timer; an unknown tour warns and changes nothing', () => {
    useTour.getState().start('three');
    arrive();
    resetTour();
    vi.advanceTimersByTime(60_000);
    expect(useTour.getState()).toMatchObject({ id: null, index: 0, paused: false, loop: false, finished: false });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    useTour.getState().start('nope');
    expect(warn).toHaveBeenCalledOnce();
    expect(useTour.getState().id).toBeNull();
    warn.mockRestore();
  });

  it('retravel goes to the current stop again, the dwell starting afresh on arrival', () => {
    useTour.getState().start('three');
    arrive();
    vi.advanceTimersByTime(8_000);
    const leg = useTour.getState().leg;
    useTour.getState().retravel();
    expect(useTour.getState()).toMatchObject({ index: 0, phase: 'travelling', leg: leg + 1 });
    arrive();
    expect(dwellLeft()).toBe(10_000);
  });
});

describe('the tour in the URL', () => {
  it('sets and removes tour and stop, keeping the other parameters', () => {
    expect(tourUrl('https://x.test/?lang=ar&stand=a', 'families', 3)).toBe(
      'https://x.test/?lang=ar&stand=a&tour=families&stop=3',
    );
    expect(tourUrl('https://x.test/?tour=families&stop=3&lang=ar', null)).toBe('https://x.test/?lang=ar');
  });
});

describe('the Agadir tours', () => {
  const tours = Tours.parse(read('tours.json')).tours;
  const data = { edition: read('edition.json'), site: read('site.json'), stands: read('stands.json').stands } as EditionData;

  it('has the science and families tours, at least six stops each, every stop at a real target and hotspot', () => {
    const ids = tours.map((t) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['science-and-technology', 'families']));
    for (const id of ['science-and-technology', 'families'])
      expect(tours.find((t) => t.id === id)!.stops.length).toBeGreaterThanOrEqual(6);
    for (const tour of tours)
      for (const s of tour.stops) {
        const target = targetById(data, s.target);
        expect(target, `${tour.id}: ${s.target}`).toBeDefined();
        if (s.hotspot)
          expect(
            target!.hotspots.map((h) => h.id),
            `${tour.id}: ${s.target}`,
          ).toContain(s.hotspot);
      }
  });

  it('keeps stops short: 8 to 15 s, one to three sentences in each language', () => {
    for (const tour of tours)
      for (const s of tour.stops) {
        expect(s.dwell).toBeGreaterThanOrEqual(8);
        expect(s.dwell).toBeLessThanOrEqual(15);
        for (const lang of ['fr', 'ar', 'en'] as const) {
          const sentences = s.text[lang].split(/[.!?؟]\s|[.!?؟]$/).filter((x) => x.trim()).length;
          expect(sentences, `${tour.id}/${s.target}/${lang}`).toBeGreaterThanOrEqual(1);
          expect(sentences, `${tour.id}/${s.target}/${lang}`).toBeLessThanOrEqual(3);
        }
      }
  });

  it('says about how long a tour takes, in whole minutes', () => {
    expect(tourMinutes(TOURS[1]!)).toBe(1);
    const families = tours.find((t) => t.id === 'families')!;
    expect(tourMinutes(families)).toBe(Math.round(families.stops.reduce((n, s) => n + s.dwell + 2.5, 0) / 60));
  });
});
