/** The event's figures, derived from the data by code, match what the organiser announced (within 1%). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveFigures } from '../src/edition/figures.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

// The figures of EVENT.md (the organiser's communiqué), written here independently of edition.json.
const EVENT = { siteArea: 58_000, coveredArea: 10_000, stands: 37, childrenPavilionArea: 750 };

describe('Agadir 2024 figures', () => {
  const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
  const figures = deriveFigures(data!);
  for (const [key, expected] of Object.entries(EVENT) as [keyof typeof EVENT, number][]) {
    it(`${key} is ${expected} within 1%`, () => {
      expect(Math.abs(figures[key] - expected) / expected).toBeLessThanOrEqual(0.01);
    });
  }
  it('has a seminar hall, a blood-donation space and the three demonstration areas', () => {
    const zones = data!.site.zones;
    expect(zones.some((z) => z.kind === 'seminar')).toBe(true);
    expect(zones.some((z) => z.kind === 'blood-donation')).toBe(true);
    expect(
      zones
        .filter((z) => z.kind === 'demonstration')
        .map((z) => z.discipline)
        .sort(),
    ).toEqual(['dog-brigade', 'mounted-police', 'special-forces']);
    expect(
      data!.stands
        .filter((s) => s.partner)
        .map((s) => s.partner)
        .sort(),
    ).toEqual(['CNDH', 'NARSA']);
  });
});
