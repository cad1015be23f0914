/**
 * This launch of the visit: the URL and the browser's languages, read once, into one typed
 * description. Every other part reads `launch` (or the store built from it), never `location.search`:
 * a new parameter or mode is one field here. (Later changes of the URL — Back and Forward on a stand
 * panel — are history, handled by `state/deepLink.ts` with the same `parseLink`.)
 */
import { isLang, type Lang } from '../i18n/lang.ts';
import { DEFAULT_EDITION, EDITION_IDS } from './editions.ts';
import { modeOf, type Mode } from './modes.ts';
import type { View } from '../state/store.ts';

/** A deep link to a stand's panel, at one of its hotspots. */
export interface StandLink {
  stand: string | null;
  hotspot: string | null;
}

export interface Launch {
  /** The edition folder under scenes/ (`?edition=`, else the default). */
  edition: string;
  /** Whether the URL named the edition (shared links keep it then). */
  editionInUrl: boolean;
  /** The interface language (`?lang=`, else the browser's, else French). */
  lang: Lang;
  /** Where the visitor starts: from the air (default), or on foot with `?view=ground`. */
  view: View;
  /** `?mode=` (see modes.ts). */
  mode: Mode;
  /** `?capture=1`: the world filmed without its interface, for the media the team renders. */
  capture: boolean;
  /** `?debug=1`: the automation interface `window.__visit`. */
  debug: boolean;
  /** `?stand=&hotspot=`: the panel to open at start. */
  link: StandLink;
  /** `?tour=<id>&stop=<n>`: a guided tour to start at one of its stops (n counts from 1), or null. */
  tour: { id: string; stop: number } | null;
  /** `?kiosk=<id>`: the kiosk of kiosks.json this screen is (not yet checked against the edition), or null. */
  kiosk: string | null;
  /**
   * `?quality=<pixel ratio>` or `?quality=<pixel ratio>,lite`: a rendering level pinned from the start
   * instead of adapting (a kiosk whose hardware is known; tests and the bench, whose counts must not
   * depend on how fast the machine was that minute). Null: adaptive.
   */
  quality: PinnedQuality | null;
  /**
   * `?at=2024-05-18T15:00`: a moment of the edition to replay, in the event's local time (checked
   * against the edition's time zone once it is loaded: src/state/clock.ts), or null for the live clock.
   */
  at: string | null;
  /** `?session=<id>`: a session of the programme to open at start, or null. */
  session: string | null;
}

export interface PinnedQuality {
  pixelRatio: number;
  tier: 'full' | 'lite';
}

/** `?quality=1`, `?quality=0.5,lite`; anything else (or a ratio outside 0.25–3) adapts. */
export function parseQuality(value: string | null): PinnedQuality | null {
  const m = /^(\d+(?:\.\d+)?)(?:,(full|lite))?$/.exec(value ?? '');
  if (!m) return null;
  const pixelRatio = Number(m[1]);
  if (!(pixelRatio >= 0.25 && pixelRatio <= 3)) return null;
  return { pixelRatio, tier: m[2] === 'lite' ? 'lite' : 'full' };
}

/** The stand and hotspot a query string names (not yet checked against the edition). */
export function parseLink(search: string): StandLink {
  const p = new URLSearchParams(search);
  return { stand: p.get('stand') || null, hotspot: p.get('hotspot') || null };
}

/** `?tour=<id>&stop=<n>`: the stop counts from 1 as people count; a missing or bad stop is the first. */
export function parseTour(p: URLSearchParams): Launch['tour'] {
  const id = p.get('tour');
  if (!id) return null;
  const n = Number(p.get('stop'));
  return { id, stop: Number.isInteger(n) && n >= 1 ? n : 1 };
}

/** `?lang=` first, then the browser's languages, then French. */
export function chooseLang(fromUrl: string | null, browser: readonly string[]): Lang {
  if (isLang(fromUrl)) return fromUrl;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'fr';
}

/** Reads a launch from a query string, the browser's languages and the editions the bundle has. */
export function readLaunch(
  search: string,
  browserLangs: readonly string[],
  editions: { ids: readonly string[]; fallback: string } = { ids: EDITION_IDS, fallback: DEFAULT_EDITION },
): Launch {
  const p = new URLSearchParams(search);
  const asked = p.get('edition');
  const known = !!asked && editions.ids.includes(asked);
  return {
    edition: known ? asked : editions.fallback,
    editionInUrl: known,
    lang: chooseLang(p.get('lang'), browserLangs),
    view: p.get('view') === 'ground' ? 'ground' : 'aerial',
    mode: modeOf(p.get('mode')),
    capture: p.get('capture') === '1',
    debug: p.get('debug') === '1',
    link: parseLink(search),
    tour: parseTour(p),
    kiosk: p.get('kiosk') || null,
    quality: parseQuality(p.get('quality')),
    at: p.get('at') || null,
    session: p.get('session') || null,
  };
}

/** This page's launch. */
export const launch: Launch = readLaunch(
  typeof location === 'undefined' ? '' : location.search,
  typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
);
