/**
 * The safe subset of Markdown of the texts of stands and hotspots, parsed to a small tree: the one set
 * of rules that both the HTML panel (src/dom/markdown.tsx, React elements) and the headset's painted
 * panel (src/canvas/xr/panel, canvas 2D) draw from. Paragraphs (a blank line), line breaks, **bold**,
 * *italic*, `- ` lists and [text](url) links when the URL is http(s) or a same-site path (`/…`, not
 * `//…`). Anything else (HTML markup, `javascript:` or other links) stays the literal text it is.
 */

export interface MarkdownOptions {
  /** False when the deployment turns external links off (`VITE_EXTERNAL_LINKS=off`): the URL shows as text. */
  externalLinks?: boolean;
}

/** An inline piece of a line. */
export type MdInline =
  | { kind: 'text'; text: string }
  | { kind: 'strong'; children: MdInline[] }
  | { kind: 'em'; children: MdInline[] }
  | { kind: 'link'; href: string; external: boolean; children: MdInline[] }
  /** An external link while external links are off: its text, then its URL in brackets, left to right. */
  | { kind: 'url'; url: string; children: MdInline[] };

/** A block: a paragraph's lines (a line break between each), or a list's items. */
export type MdBlock = { kind: 'paragraph'; lines: MdInline[][] } | { kind: 'list'; items: MdInline[][] };

/** Nesting deeper than this (bold in italic in a link…) is left as text. */
const MAX_DEPTH = 4;

const HTTP_URL = /^https?:\/\/[^\s\\<>"'`]+$/i;
/** A path on this site: one slash, never two and never a backslash (browsers read `/\host` as `//host`). */
const SITE_PATH = /^\/(?![/\\])[^\s\\<>"'`]*$/;

/** Whether a link target may become a link: an http(s) URL or a same-site path. */
export function isSafeHref(url: string): boolean {
  return HTTP_URL.test(url) || SITE_PATH.test(url);
}

/** Whether a link target is another site's (http or https). */
export function isExternalHref(url: string): boolean {
  return HTTP_URL.test(url);
}

/** Emphasis opens before a non-space and closes after one, so "2 * 3 * 4" stays as it is. */
function findClose(src: string, marker: string, from: number): number {
  for (let j = src.indexOf(marker, from); j >= 0; j = src.indexOf(marker, j + 1)) {
    if (j === from) continue;
    if (/\s/.test(src[j - 1]!)) continue;
    // A single * must not be half of a **.
    if (marker === '*' && (src[j + 1] === '*' || src[j - 1] === '*')) continue;
    return j;
  }
  return -1;
}

function inline(src: string, externalLinks: boolean, depth: number): MdInline[] {
  const out: MdInline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '\\' && i + 1 < src.length && '\\*[]()-'.includes(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (depth < MAX_DEPTH && ch === '*' && src[i + 1] === '*' && src[i + 2] && !/\s/.test(src[i + 2]!)) {
      const end = findClose(src, '**', i + 2);
      if (end > i + 2) {
        flush();
        out.push({ kind: 'strong', children: inline(src.slice(i + 2, end), externalLinks, depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '*' && src[i + 1] !== '*' && src[i + 1] && !/\s/.test(src[i + 1]!)) {
      const end = findClose(src, '*', i + 1);
      if (end > i + 1) {
        flush();
        out.push({ kind: 'em', children: inline(src.slice(i + 1, end), externalLinks, depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const m = /^\[([^\]\n]+)\]\(([^()\s]*)\)/.exec(src.slice(i));
      if (m) {
        const [whole, label, url] = m as unknown as [string, string, string];
        if (!isSafeHref(url) || depth >= MAX_DEPTH) {
          // Not a link we make: the source, as text.
          text += whole;
        } else {
          flush();
          const children = inline(label, externalLinks, depth + 1);
          const external = isExternalHref(url);
          out.push(external && !externalLinks ? { kind: 'url', url, children } : { kind: 'link', href: url, external, children });
        }
        i += whole.length;
        continue;
      }
    }
    text += ch;
    i++;
  }
  flush();
  return out;
}

const LIST_ITEM = /^\s*-\s+/;

/** The text's blocks: paragraphs and lists; an empty text has none. */
export function parseMarkdown(source: string, options: MarkdownOptions = {}): MdBlock[] {
  const externalLinks = options.externalLinks ?? true;
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n+/);
  const out: MdBlock[] = [];
  for (const block of blocks) {
    let run: string[] = [];
    let list = false;
    const emit = () => {
      if (!run.length) return;
      if (list) out.push({ kind: 'list', items: run.map((line) => inline(line.replace(LIST_ITEM, ''), externalLinks, 0)) });
      else out.push({ kind: 'paragraph', lines: run.map((line) => inline(line.trim(), externalLinks, 0)) });
      run = [];
    };
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      const item = LIST_ITEM.test(line);
      if (item !== list) emit();
      list = item;
      run.push(line);
    }
    emit();
  }
  return out;
}
