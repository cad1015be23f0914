/**
 * Lays a stand's panel out for the headset, where it is painted with canvas 2D (./paintPanel.ts) on a
 * 1024 × 896 texture (src/xr/placement.ts says why that size and 44 px body text). Pure: the text is
 * measured by the `measure` passed in (the canvas's measureText in the app, a fake in tests).
 *
 * The texts go through the same Markdown rules as the HTML panel (src/edition/markdown.ts). Words wrap
 * on spaces, runs of one style (bold, italic, link, a URL) keep their logical order; in Arabic the
 * lines are right-aligned and run from the right, each run drawn with direction 'rtl' so the canvas
 * does its bidi and shaping. What does not fit the body goes on further pages; a page with a picture
 * keeps a box for it above its text.
 */
import { parseMarkdown, type MdBlock } from '../../../edition/markdown.ts';
import { DIRECTION, type Lang } from '../../../i18n/lang.ts';
import { flatten, PLAIN, toRuns, wrap, type Measure, type Style, type TextRun } from './wrap.ts';

export type { Measure, TextRun } from './wrap.ts';

export interface PanelImage {
  /** Width over height. */
  aspect: number;
}

/** What one panel shows: a stand's (or place's) header and description, and the hotspot it was opened at. */
export interface PanelContent {
  lang: Lang;
  /** The stand's number as shown in its badge. */
  number: string;
  themeLabel: string;
  /** The badge's colour, sRGB hex. */
  themeColor: string;
  title: string;
  /** Safe Markdown. */
  description: string;
  hotspot?: { title: string; body?: string };
  /** The pictures, in order: one per page from the first. */
  images: readonly PanelImage[];
  /** Which hotspot buttons the footer has (none when absent). */
  hotspotNav?: { previous: boolean; next: boolean };
  /** External links as links (true) or as their text and URL (false, the default: a headset cannot follow them). */
  externalLinks?: boolean;
}

export const PANEL_W = 1024;
export const PANEL_H = 896;
/** Margin round the card's content. */
export const PAD = 32;
/** Buttons and the badge: 88 px, about 7 cm on the panel, a comfortable target for a ray or a poke. */
export const BUTTON = 88;
export const HEADER_H = 184;
export const FOOTER_H = 120;
export const BODY_TOP = HEADER_H + 28;
export const BODY_BOTTOM = PANEL_H - FOOTER_H - 16;
export const BODY_LEFT = 40;
export const BODY_RIGHT = PANEL_W - 40;
export const BODY_SIZE = 44;
export const TITLE_SIZE = 40;
export const SMALL_SIZE = 30;
const TITLE_LINE = 50;
const TITLE_LINES = 2;
/** Lines of text are this much of their font size apart; Arabic's taller letters need more. */
const LINE_HEIGHT: Record<'ltr' | 'rtl', number> = { ltr: 1.4, rtl: 1.6 };
const PARAGRAPH_GAP = 22;
const SECTION_GAP = 40;
const LIST_INDENT = 44;
const IMAGE_GAP = 20;
/** The most a picture takes of a page that has text too. */
const IMAGE_SHARE = 0.5;
export const DEFAULT_MAX_LINES = 12;

const FAMILY: Record<'ltr' | 'rtl', string> = {
  ltr: "Inter, 'IBM Plex Sans Arabic', system-ui, sans-serif",
  rtl: "'IBM Plex Sans Arabic', system-ui, sans-serif",
};

/** A canvas `font` in the app's families for `lang` (Inter for French and English, IBM Plex Sans Arabic for Arabic). */
export function panelFont(lang: Lang, size: number, weight = 400, italic = false): string {
  return `${italic ? 'italic ' : ''}${weight} ${size}px ${FAMILY[DIRECTION[lang]]}`;
}

export interface PanelLine {
  /** The line's vertical middle (the painter draws with textBaseline 'middle'). */
  y: number;
  runs: TextRun[];
  /** A list item's first line: the bullet's inline-start edge. */
  bullet: number | null;
  /** The hotspot's heading: a rule is drawn above it. */
  heading: boolean;
}

export interface ImageBox {
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PanelPage {
  lines: PanelLine[];
  image: ImageBox | null;
}

export interface PanelLayout {
  dir: 'ltr' | 'rtl';
  title: PanelLine[];
  pages: PanelPage[];
  /** The page the hotspot's heading is on (where a panel opened at a hotspot starts); null without one. */
  hotspotPage: number | null;
}

/** A line before pages: its height and the gap above it (dropped at the top of a page). */
interface Slot {
  runs: TextRun[];
  bullet: number | null;
  heading: boolean;
  height: number;
  gap: number;
  /** A heading stays on the page of the line after it. */
  keepWithNext: boolean;
}

function blockSlots(blocks: readonly MdBlock[], lang: Lang, measure: Measure, heading: boolean, out: Slot[], firstGap: number) {
  const dir = DIRECTION[lang];
  const rtl = dir === 'rtl';
  const size = BODY_SIZE;
  const height = Math.round(size * LINE_HEIGHT[dir]);
  const font = (s: Style) => panelFont(lang, size, s.bold || heading ? 700 : 400, s.italic);
  let gap = firstGap;
  for (const block of blocks) {
    const list = block.kind === 'list';
    const rows = list ? block.items : block.lines;
    const indent = list ? LIST_INDENT : 0;
    const width = BODY_RIGHT - BODY_LEFT - indent;
    const start = rtl ? BODY_RIGHT - indent : BODY_LEFT + indent;
    for (const row of rows) {
      const lines = wrap(flatten(row, PLAIN, []), width, font, measure);
      lines.forEach((parts, i) => {
        out.push({
          runs: toRuns(parts, start, rtl, font, measure),
          bullet: list && i === 0 ? (rtl ? BODY_RIGHT - 4 : BODY_LEFT + 4) : null,
          heading: heading && i === 0,
          height,
          gap: i === 0 ? gap : 0,
          keepWithNext: heading,
        });
        gap = 0;
      });
      if (list) gap = 6;
    }
    gap = PARAGRAPH_GAP;
  }
}

/** The title's lines in the header, at most two, the last cut with an ellipsis when it runs over. */
function titleLines(content: PanelContent, measure: Measure): PanelLine[] {
  const rtl = DIRECTION[content.lang] === 'rtl';
  const font = () => panelFont(content.lang, TITLE_SIZE, 700);
  const width = TITLE_RIGHT - TITLE_LEFT;
  const lines = wrap([{ text: content.title, style: PLAIN }], width, font, measure);
  if (lines.length > TITLE_LINES) {
    const last = lines[TITLE_LINES - 1]!;
    let text = last.map((p) => p.text).join('');
    while (text && measure(`${text}…`, font()) > width) text = Array.from(text).slice(0, -1).join('');
    lines.length = TITLE_LINES;
    lines[TITLE_LINES - 1] = [{ text: `${text.trimEnd()}…`, style: PLAIN }];
  }
  return lines.map((parts, i) => ({
    y: TITLE_TOP + TITLE_LINE * (i + 0.5),
    runs: toRuns(parts, rtl ? TITLE_RIGHT : TITLE_LEFT, rtl, font, measure),
    bullet: null,
    heading: false,
  }));
}

/** The titles' column, between the badge and the close button. */
export const TITLE_LEFT = PAD + BUTTON + 24;
export const TITLE_RIGHT = PANEL_W - PAD - BUTTON - 24;
/** Top of the kicker (theme) line, then of the title's first line. */
export const KICKER_Y = 28;
const TITLE_TOP = KICKER_Y + 44;

function imageBox(index: number, aspect: number, top: number, maxH: number): ImageBox {
  const maxW = BODY_RIGHT - BODY_LEFT;
  const a = aspect > 0 && Number.isFinite(aspect) ? aspect : 4 / 3;
  const h = Math.round(Math.min(maxH, maxW / a));
  const w = Math.round(h * a);
  return { index, x: Math.round((PANEL_W - w) / 2), y: top, w, h };
}

/** The panel's header lines and its body in pages; `maxLines` caps the lines of one page. */
export function layoutPanel(content: PanelContent, measure: Measure, maxLines = DEFAULT_MAX_LINES): PanelLayout {
  const dir = DIRECTION[content.lang];
  const options = { externalLinks: content.externalLinks ?? false };
  const slots: Slot[] = [];
  blockSlots(parseMarkdown(content.description, options), content.lang, measure, false, slots, 0);
  const hotspotFrom = content.hotspot ? slots.length : -1;
  if (content.hotspot) {
    const heading: MdBlock = { kind: 'paragraph', lines: [[{ kind: 'text', text: content.hotspot.title }]] };
    blockSlots([heading], content.lang, measure, true, slots, SECTION_GAP);
    if (content.hotspot.body)
      blockSlots(parseMarkdown(content.hotspot.body, options), content.lang, measure, false, slots, PARAGRAPH_GAP);
  }

  const pages: PanelPage[] = [];
  let hotspotPage: number | null = null;
  let i = 0;
  while (i < slots.length || pages.length < content.images.length) {
    const n = pages.length;
    const img = content.images[n];
    const textLeft = i < slots.length;
    const bodyH = BODY_BOTTOM - BODY_TOP;
    const image = img ? imageBox(n, img.aspect, BODY_TOP, textLeft ? bodyH * IMAGE_SHARE : bodyH) : null;
    let top = image ? image.y + image.h + IMAGE_GAP : BODY_TOP;
    const lines: PanelLine[] = [];
    while (i < slots.length && lines.length < maxLines) {
      const s = slots[i]!;
      const gap = lines.length ? s.gap : 0;
      let need = gap + s.height;
      if (s.keepWithNext && slots[i + 1] && !slots[i + 1]!.keepWithNext) need += slots[i + 1]!.height;
      const fits = top + need <= BODY_BOTTOM && (!s.keepWithNext || lines.length + 2 <= maxLines);
      // A page always takes one line, however tall, so paging ends.
      if (!fits && (lines.length || image)) break;
      top += gap;
      lines.push({ y: top + s.height / 2, runs: s.runs, bullet: s.bullet, heading: s.heading });
      if (i === hotspotFrom) hotspotPage = n;
      top += s.height;
      i++;
    }
    pages.push({ lines, image });
  }
  if (!pages.length) pages.push({ lines: [], image: null });
  return { dir, title: titleLines(content, measure), pages, hotspotPage };
}
