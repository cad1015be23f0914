/**
 * A safe subset of Markdown for the texts of stands and hotspots, rendered to React elements (never
 * to an HTML string): paragraphs (a blank line), line breaks, **bold**, *italic*, `- ` lists and
 * [text](url) links when the URL is http(s) or a same-site path (`/…`, not `//…`). Anything else —
 * HTML markup, `javascript:` or other links — shows as the literal text it is: React escapes it.
 */
import { Fragment, type ReactNode } from 'react';

export interface MarkdownOptions {
  /** False when the deployment turns external links off (`VITE_EXTERNAL_LINKS=off`): the URL shows as text. */
  externalLinks?: boolean;
}

/** Nesting deeper than this (bold in italic in a link…) is left as text. */
const MAX_DEPTH = 4;

const HTTP_URL = /^https?:\/\/[^\s\\<>"'`]+$/i;
/** A path on this site: one slash, never two and never a backslash (browsers read `/\host` as `//host`). */
const SITE_PATH = /^\/(?![/\\])[^\s\\<>"'`]*$/;

/** Whether a link target may become a link: an http(s) URL or a same-site path. */
export function isSafeHref(url: string): boolean {
  return HTTP_URL.test(url) || SITE_PATH.test(url);
}

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

function inline(src: string, options: Required<MarkdownOptions>, depth: number, key: string): ReactNode[] {
  const out: ReactNode[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(text);
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
        out.push(<strong key={`${key}-${i}`}>{inline(src.slice(i + 2, end), options, depth + 1, `${key}-${i}`)}</strong>);
        i = end + 2;
        continue;
      }
    }
    if (depth < MAX_DEPTH && ch === '*' && src[i + 1] !== '*' && src[i + 1] && !/\s/.test(src[i + 1]!)) {
      const end = findClose(src, '*', i + 1);
      if (end > i + 1) {
        flush();
        out.push(<em key={`${key}-${i}`}>{inline(src.slice(i + 1, end), options, depth + 1, `${key}-${i}`)}</em>);
        i = end + 1;
        continue;
      }
    }
    if (ch === '[') {
      const m = /^\[([^\]\n]+)\]\(([^()\s]*)\)/.exec(src.slice(i));
      if (m) {
        const [whole, label, url] = m as unknown as [string, string, string];
        const k = `${key}-${i}`;
        if (!isSafeHref(url) || depth >= MAX_DEPTH) {
          // Not a link we make: the source, as text.
          text += whole;
        } else if (isExternalHref(url) && !options.externalLinks) {
          flush();
          out.push(
            <Fragment key={k}>
              {inline(label, options, depth + 1, k)}{' '}
              <span className="md-url" dir="ltr">
                ({url})
              </span>
            </Fragment>,
          );
        } else {
          flush();
          out.push(
            <a key={k} href={url} target="_blank" rel="noopener noreferrer">
              {inline(label, options, depth + 1, k)}
            </a>,
          );
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

/** The text as React nodes: paragraphs and lists. */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): ReactNode[] {
  const opts: Required<MarkdownOptions> = { externalLinks: options.externalLinks ?? true };
  const blocks = source
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n+/);
  const out: ReactNode[] = [];
  blocks.forEach((block, b) => {
    const lines = block.split('\n');
    let run: string[] = [];
    let list = false;
    const emit = () => {
      if (!run.length) return;
      const key = `b${b}-${out.length}`;
      if (list) {
        out.push(
          <ul key={key}>
            {run.map((line, n) => (
              <li key={n}>{inline(line.replace(LIST_ITEM, ''), opts, 0, `${key}-${n}`)}</li>
            ))}
          </ul>,
        );
      } else {
        out.push(
          <p key={key}>
            {run.map((line, n) => (
              <Fragment key={n}>
                {n > 0 && <br />}
                {inline(line.trim(), opts, 0, `${key}-${n}`)}
              </Fragment>
            ))}
          </p>,
        );
      }
      run = [];
    };
    for (const line of lines) {
      if (!line.trim()) continue;
      const item = LIST_ITEM.test(line);
      if (item !== list) emit();
      list = item;
      run.push(line);
    }
    emit();
  });
  return out;
}

/** A text of the edition, rendered with the safe subset. */
export function Markdown({ text, externalLinks }: { text: string; externalLinks?: boolean }) {
  return <>{renderMarkdown(text, { externalLinks })}</>;
}
