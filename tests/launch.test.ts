/** One launch: the URL and the browser's languages read once into a typed description (src/launch). */
import { describe, expect, it } from 'vitest';
import { chooseLang, parseLink, parseQuality, readLaunch } from '../src/launch/launch.ts';
import { MODES, modeOf, modeParam } from '../src/launch/modes.ts';

const EDITIONS = { ids: ['jpo-2024-agadir', 'jpo-2025-test'], fallback: 'jpo-2024-agadir' };

describe('parseQuality', () => {
  it('pins a pixel ratio, and the cheaper tier when asked; anything else adapts', () => {
    expect(parseQuality('1')).toEqual({ pixelRatio: 1, tier: 'full' });
    expect(parseQuality('0.75,full')).toEqual({ pixelRatio: 0.75, tier: 'full' });
    expect(parseQuality('0.5,lite')).toEqual({ pixelRatio: 0.5, tier: 'lite' });
    for (const bad of [null, '', 'auto', 'high', '0.1', '4', '1,ultra', '-1', '1,']) expect(parseQuality(bad)).toBeNull();
  });
});

describe('readLaunch', () => {
  it('defaults: the default edition, the browser language, the air, the 3D visit', () => {
    expect(readLaunch('', ['en-GB', 'fr'], EDITIONS)).toEqual({
      edition: 'jpo-2024-agadir',
      editionInUrl: false,
      lang: 'en',
      view: 'aerial',
      mode: 'visit',
      capture: false,
      debug: false,
      link: { stand: null, hotspot: null },
      tour: null,
      kiosk: null,
      quality: null,
      at: null,
      session: null,
    });
  });
  it('reads every parameter', () => {
    const l = readLaunch(
      '?edition=jpo-2025-test&lang=ar&view=ground&mode=2d&capture=1&debug=1&stand=dna&hotspot=intro&tour=science&stop=3&kiosk=gate&quality=0.5,lite&at=2024-05-18T15:00&session=seminar-al-haouz',
      ['fr'],
      EDITIONS,
    );
    expect(l).toEqual({
      edition: 'jpo-2025-test',
      editionInUrl: true,
      lang: 'ar',
      view: 'ground',
      mode: 'twin',
      capture: true,
      debug: true,
      link: { stand: 'dna', hotspot: 'intro' },
      tour: { id: 'science', stop: 3 },
      kiosk: 'gate',
      quality: { pixelRatio: 0.5, tier: 'lite' },
      at: '2024-05-18T15:00',
      session: 'seminar-al-haouz',
    });
  });
  it('an unknown edition, language, view or mode falls back to the defaults', () => {
    const l = readLaunch('?edition=nowhere&lang=de&view=sky&mode=kiosk-2099&debug=yes', ['de-DE'], EDITIONS);
    expect(l.edition).toBe('jpo-2024-agadir');
    expect(l.editionInUrl).toBe(false);
    expect(l.lang).toBe('fr');
    expect(l.view).toBe('aerial');
    expect(l.mode).toBe('visit');
    expect(l.debug).toBe(false);
  });
});

describe('languages and links', () => {
  it('?lang= first, then the browser, then French', () => {
    expect(chooseLang('en', ['ar'])).toBe('en');
    expect(chooseLang(null, ['de', 'ar-MA'])).toBe('ar');
    expect(chooseLang(null, [])).toBe('fr');
  });
  it('a tour without a usable stop starts at its first', () => {
    expect(readLaunch('?tour=families', [], EDITIONS).tour).toEqual({ id: 'families', stop: 1 });
    expect(readLaunch('?tour=families&stop=0', [], EDITIONS).tour).toEqual({ id: 'families', stop: 1 });
    expect(readLaunch('?tour=families&stop=2.5', [], EDITIONS).tour).toEqual({ id: 'families', stop: 1 });
    expect(readLaunch('?tour=&kiosk=', [], EDITIONS)).toMatchObject({ tour: null, kiosk: null });
  });
  it('empty stand or hotspot parameters are no link', () => {
    expect(parseLink('?stand=&hotspot=')).toEqual({ stand: null, hotspot: null });
  });
});

describe('modes', () => {
  it('each mode has one parameter, and the parameter gives the mode back', () => {
    for (const mode of Object.keys(MODES) as Array<keyof typeof MODES>) {
      expect(modeOf(modeParam(mode))).toBe(mode);
    }
    expect(modeParam('twin')).toBe('2d');
  });
});
