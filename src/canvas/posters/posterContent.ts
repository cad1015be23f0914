/**
 * What a stand's poster says, in one language, from the stand's own data: its number, its title,
 * its theme's name and colour, the pictogram of its subject, and a key fact or two from the start of
 * its description (the Markdown's plain text, cut cleanly at a word). Pure, so the words each poster
 * carries are tested without a canvas; ./paintPoster.ts lays them out.
 */
import type { Lang } from '../../edition/constants.ts';
import { parseMarkdown, type MdInline } from '../../edition/markdown.ts';
import type { Stand } from '../../edition/schema.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { THEME_LABELS } from '../../i18n/themes.ts';
import { pictogramFor, type Pictogram } from './pictograms.ts';

export interface PosterContent {
  number: number;
  title: string;
  /** The theme's name, in the poster's language. */
  theme: string;
  /** The theme's colour, sRGB hex. */
  color: string;
  pictogram: Pictogram;
  /** The first sentence or two of the description, plain text. */
  facts: string;
  rtl: boolean;
}

/** The facts are at most this many characters: two short sentences, or one cut at a word. */
export const FACTS_MAX = 220;

function inlineText(parts: readonly MdInline[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : inlineText(p.children))).join('');
}

/** The plain text of a Markdown description: its words without marks, blocks and lines joined by spaces. */
export function plainText(markdown: string): string {
  return parseMarkdown(markdown, { externalLinks: false })
    .flatMap((b) => (b.kind === 'paragraph' ? b.lines : b.items))
    .map(inlineText)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cuts `text` at the last word boundary before `max` characters, with an ellipsis; whole when it fits. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const space = head.lastIndexOf(' ');
  // A first word longer than the whole room: cut inside it rather than show nothing.
  const kept = space > 0 ? head.slice(0, space) : head.slice(0, max - 1);
  return `${kept.replace(/[\s,;:،؛–—-]+$/u, '')}…`;
}

/** The first sentence, and the second when both fit in `max` characters; else the first cut at a word. */
export function keyFacts(text: string, max = FACTS_MAX): string {
  const sentences = text.split(/(?<=[.!?؟])\s+/u).filter(Boolean);
  const [first = '', second] = sentences;
  if (second && first.length + 1 + second.length <= max) return `${first} ${second}`;
  return cutAtWord(first, max);
}

/** The poster of `stand` in `lang`. */
export function posterContent(stand: Stand, lang: Lang): PosterContent {
  return {
    number: stand.number,
    title: stand.name[lang],
    theme: THEME_LABELS[lang][stand.theme],
    color: THEME_COLORS[stand.theme],
    pictogram: pictogramFor(stand),
    facts: keyFacts(plainText(stand.description[lang])),
    rtl: lang === 'ar',
  };
}
