/**
 * The entrance's figures banner: where it stands (ahead of the edition's start point, facing the
 * visitor who arrives there, its board above head height on two posts that are drawn only, see
 * ./bannerGeometry.ts) and what it says in a language (the edition's figures, written by
 * src/edition/figuresFormat.ts). Pure.
 */
import type { Lang } from '../../edition/constants.ts';
import type { Edition } from '../../edition/schema.ts';
import { figureParts } from '../../edition/figuresFormat.ts';
import { MAX_FIGURES, type BannerContent } from './paintFigures.ts';

/** Metres: the board's size (2:1, as its painted figures), its lower edge above the ground, how far ahead of the start point. */
export const BANNER = { width: 8, height: 4, bottom: 2.6, ahead: 12 } as const;

const DEG = Math.PI / 180;

export interface BannerPose {
  position: [number, number, number];
  /** three's rotation.y, radians: the plane's front (+z) towards the start point. */
  rotationY: number;
}

/**
 * `BANNER.ahead` metres in front of `spawn`, centred on its line of sight. `spawn.yaw` is a heading
 * in degrees counter-clockwise from north (−z), as docs/SCENE-FORMAT.md defines it: the visitor
 * looks along (−sin, −cos); the plane turned by the same yaw shows its front (+z) back to them.
 */
export function bannerPose(spawn: Edition['spawn']): BannerPose {
  const yaw = spawn.yaw * DEG;
  const [x, z] = spawn.position;
  return {
    position: [x - Math.sin(yaw) * BANNER.ahead, BANNER.bottom + BANNER.height / 2, z - Math.cos(yaw) * BANNER.ahead],
    rotationY: yaw,
  };
}

const WORDS: Record<Lang, { title: (city: string, year: number) => string; source: (text: string) => string }> = {
  fr: { title: (city, year) => `L’édition en chiffres · ${city} ${year}`, source: (text) => `Source\u202f: ${text}` },
  ar: { title: (city, year) => `الدورة بالأرقام · ${city} ${year}`, source: (text) => `المصدر: ${text}` },
  en: { title: (city, year) => `The edition in figures · ${city} ${year}`, source: (text) => `Source: ${text}` },
};

/** What the banner says in `lang`; null when the edition has no figures (no banner then). */
export function bannerContent(edition: Edition, lang: Lang): BannerContent | null {
  const figures = edition.figures;
  if (!figures) return null;
  const w = WORDS[lang];
  return {
    title: w.title(edition.city[lang], edition.year),
    figures: figures.items.slice(0, MAX_FIGURES).map((f) => ({ ...figureParts(f, lang), label: f.label[lang] })),
    source: w.source(figures.source[lang]),
    rtl: lang === 'ar',
  };
}
