/**
 * Checks an SVG offered as an image: one that draws, and does nothing else. In an `<img>` a browser
 * runs no script and fetches nothing for an SVG, but the same file opened by itself (a new tab, a
 * shared link) is a document of the visit's origin: there a `<script>`, an `on…` handler, a
 * `javascript:` link or a `<foreignObject>` would run, and an external `href`, `url(…)`, `@import`
 * or style sheet would fetch from another site. Entity declarations are refused too (they expand,
 * "billion laughs"). A scan of the markup, stricter than a parser: anything that looks like one of
 * these is refused. Pure: text in, issues out.
 */

/** One issue: the line (from 1), where (`<script>`, `<rect>.onload`), what. */
export interface SvgIssue {
  line: number;
  path: string;
  message: string;
}

/** Elements that run script, hold HTML or embed a document. */
const ACTIVE = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener', 'audio', 'video']);

/** An attribute value with its character references read, as a browser sees it. */
function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Math.min(Number(d), 0x10ffff)))
    .replace(/&(amp|quot|apos|lt|gt);/g, (_, n: string) => ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' })[n]!);
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;
/** `url(` that points anywhere but into the document (`url(#id)`). */
const EXTERNAL_URL = /url\(\s*(?!['"]?\s*#)/i;

export function checkSvg(source: string): SvgIssue[] {
  const out: SvgIssue[] = [];
  const text = source.replace(/^\uFEFF/, '');
  const add = (offset: number, path: string, message: string) => out.push({ line: lineAt(text, offset), path, message });
  // The first element is the root; what comes before may be a declaration, comments, a doctype.
  const root = /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<([\w:.-]+)/i.exec(text);
  if (!root || root[1]!.replace(/^.*:/, '').toLowerCase() !== 'svg')
    add(0, '(root)', 'not an SVG document: its first element is not <svg>');
  for (const m of text.matchAll(/<!ENTITY/gi))
    add(m.index, '(doctype)', 'an entity declaration: an image of the visit declares none');
  for (const m of text.matchAll(/<\?xml-stylesheet/gi)) add(m.index, '(stylesheet)', 'a style sheet linked from the file');
  for (const m of text.matchAll(/@import/gi)) add(m.index, '<style>', '@import fetches a style sheet');
  // Element by element: comments and CDATA are skipped by the tag pattern (they do not start with a name).
  for (const tag of text.matchAll(/<([A-Za-z_][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
    const name = tag[1]!.replace(/^.*:/, '').toLowerCase();
    const el = `<${tag[1]}>`;
    if (ACTIVE.has(name))
      add(tag.index, el, `${el} runs script or embeds a document when the file is opened by itself: an image only draws`);
    for (const a of tag[2]!.matchAll(/([^\s=/"']+)\s*=\s*("([^"]*)"|'([^']*)'|[^\s"'>]+)/g)) {
      const attr = a[1]!;
      const local = attr.replace(/^.*:/, '').toLowerCase();
      const raw = a[3] ?? a[4] ?? a[2]!;
      const value = decode(raw);
      // Browsers ignore tabs, line breaks and leading controls in a URL: so does this check.
      const compact = [...value]
        .filter((c) => c.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      const at = `${el}.${attr}`;
      const offset = tag.index + tag[0].indexOf(a[0]);
      if (local.startsWith('on')) add(offset, at, 'an event handler runs script when the file is opened by itself');
      else if (local === 'href' && !compact.startsWith('#'))
        add(offset, at, `a reference to "${value.slice(0, 40)}": an image of the visit carries everything it draws (only #id)`);
      else if (local === 'attributename' && /^(?:xlink:)?href$/i.test(value.trim()))
        add(offset, at, 'an animation of a link target');
      else if (compact.includes('javascript:')) add(offset, at, 'a javascript: URL');
      else if (EXTERNAL_URL.test(value)) add(offset, at, 'url(…) fetches a file: only url(#id) is allowed');
    }
  }
  // url(…) in a <style> element's text (the attributes were checked above).
  for (const style of text.matchAll(/<style[^>]*>([\s\S]*?)<\/style\s*>/gi)) {
    const inner = style[1]!;
    const m = EXTERNAL_URL.exec(inner);
    if (m) add(style.index + style[0].indexOf(inner) + m.index, '<style>', 'url(…) fetches a file: only url(#id) is allowed');
  }
  return out;
}
