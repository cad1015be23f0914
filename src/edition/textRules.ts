/**
 * Rules for every string of an edition's files, beyond their schema: the characters textChars.ts
 * allows in the field's kind, a line break only in paragraphs, Markdown links that are links, URLs
 * that say where they go, and a length the field's place on screen can hold. Pure, like rules.ts:
 * the reader walks each parsed file through `checkTexts`.
 *
 * The kind of a field is by its key (for a translation, the key of the text it translates; for a
 * list item, the list's): ids and references are slugs by the schema, ASCII only, so a length here;
 * names, titles, labels, alternative texts and speakers are one line; descriptions and bodies are
 * safe Markdown (src/edition/markdown.ts), stop texts, summaries and notes plain paragraphs;
 * keywords, URLs and file paths are matched or fetched, never read.
 */
import { isSafeHref } from './markdown.ts';
import type { Problem } from './rules.ts';
import { textIssues, type TextKind } from './textChars.ts';

export { textIssues, type TextKind };

export interface FieldRule {
  kind: TextKind;
  /** The longest it may be, in characters (code points). */
  max: number;
}

/** By field key. A key not named here is a one-line label of at most DEFAULT_RULE.max characters. */
export const FIELD_RULES: Record<string, FieldRule> = {
  description: { kind: 'markdown', max: 4000 },
  body: { kind: 'markdown', max: 4000 },
  text: { kind: 'paragraph', max: 1000 },
  summary: { kind: 'paragraph', max: 600 },
  note: { kind: 'paragraph', max: 1000 },
  name: { kind: 'label', max: 120 },
  title: { kind: 'label', max: 160 },
  alt: { kind: 'label', max: 300 },
  label: { kind: 'label', max: 80 },
  source: { kind: 'label', max: 300 },
  city: { kind: 'label', max: 80 },
  partner: { kind: 'label', max: 120 },
  speakers: { kind: 'label', max: 120 },
  keywords: { kind: 'keyword', max: 60 },
  url: { kind: 'url', max: 2000 },
  recording: { kind: 'url', max: 2000 },
  src: { kind: 'path', max: 200 },
  poster: { kind: 'path', max: 200 },
  captions: { kind: 'path', max: 200 },
  model: { kind: 'path', max: 200 },
  $schema: { kind: 'path', max: 200 },
  id: { kind: 'id', max: 64 },
  zone: { kind: 'id', max: 64 },
  target: { kind: 'id', max: 64 },
  hotspot: { kind: 'id', max: 64 },
  place: { kind: 'id', max: 64 },
  tour: { kind: 'id', max: 64 },
};
export const DEFAULT_RULE: FieldRule = { kind: 'label', max: 160 };

const LANG_KEYS = new Set(['fr', 'ar', 'en']);

/**
 * Why a link target may not be followed as it is written, or undefined: one that does not parse, or
 * names a user before its host (`https://www.police.ma@evil.example/` goes to evil.example).
 */
export function urlIssue(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `"${short(url)}" is not a URL a browser can open`;
  }
  if (u.username || u.password)
    return `"${short(url)}" names a user before its host: a visitor reads "${u.username}" as the site, the link goes to ${u.host}`;
  return undefined;
}

/** `[text](target` as markdown.ts reads a link, but looser: a target with parentheses (`javascript:f(1)`) is one too. */
const MD_LINK = /\[([^\]\n]+)\]\(([^)\s]*)\)?/g;

/** Markdown links whose target the safe subset does not make a link (they would show as their source), or that urlIssue refuses. */
export function markdownLinkIssues(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MD_LINK)) {
    if (m.index > 0 && text[m.index - 1] === '\\') continue;
    const url = m[2]!;
    if (!isSafeHref(url))
      out.push(
        `link "${short(m[0])}": only http(s) URLs and same-site paths (/…) become links; this one would show as its source text`,
      );
    else {
      const issue = urlIssue(url);
      if (issue) out.push(`link "${short(m[0])}": ${issue}`);
    }
  }
  return out;
}

function short(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** The rule of the string at `path`: a translation takes its text's key, a list item its list's. */
export function fieldRule(path: ReadonlyArray<string | number>): FieldRule {
  const keys = path.filter((k): k is string => typeof k === 'string');
  let key = keys.at(-1);
  if (key !== undefined && LANG_KEYS.has(key) && keys.length > 1) key = keys.at(-2);
  return (key !== undefined && Object.hasOwn(FIELD_RULES, key) ? FIELD_RULES[key] : undefined) ?? DEFAULT_RULE;
}

function formatPath(path: ReadonlyArray<string | number>): string {
  return path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '') || '(root)';
}

/** Every string of one parsed file against its field's rule; problems name `file` as given. */
export function checkTexts(file: string, value: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (v: unknown, path: Array<string | number>) => {
    if (typeof v === 'string') {
      const rule = fieldRule(path);
      const issues = textIssues(v, rule.kind, rule.max);
      if (rule.kind === 'markdown') issues.push(...markdownLinkIssues(v));
      if (rule.kind === 'url') {
        const issue = urlIssue(v);
        if (issue) issues.push(issue);
      }
      for (const message of issues) problems.push({ file, path: formatPath(path), message });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(value, []);
  return problems;
}
