/**
 * Checks a WebVTT captions file as a browser and the headset's captions (src/canvas/xr/video/
 * captions.ts) read it: the `WEBVTT` header, each cue's timing line (`hh:mm:ss.ttt --> hh:mm:ss.ttt`,
 * minutes and seconds under 60, the end after the start, cues in time order, within the video),
 * and its text: only WebVTT's own tags (c, i, b, u, v, lang, ruby, rt: anything else, `<script>`
 * included, a browser drops and the headset strips), only the entities the headset reads, and the
 * characters textRules allows in a paragraph. No STYLE or REGION block: the visit styles captions
 * itself, and a style sheet from content could fetch from elsewhere. Pure: text in, issues out.
 */
import { textIssues } from '../../src/edition/textChars.ts';

/** One issue: the line (from 1), where in the file (`(header)`, `cues[2].end`), what. */
export interface VttIssue {
  line: number;
  path: string;
  message: string;
}

export interface VttOptions {
  /** The video's length, seconds: a cue that starts after it never shows. */
  duration?: number;
}

/** The tags of WebVTT cue text. */
const TAGS = new Set(['c', 'i', 'b', 'u', 'v', 'lang', 'ruby', 'rt']);
/** The entities src/canvas/xr/video/captions.ts reads (any other would show as written in the headset). */
const ENTITIES = new Set(['amp', 'lt', 'gt', 'nbsp', 'lrm', 'rlm']);
const SETTINGS = new Set(['vertical', 'line', 'position', 'size', 'align', 'region']);
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
/** A video may end a little before its last cue does (rounding of the encoder). */
const END_SLACK = 0.5;

/** Seconds of a WebVTT timestamp, or undefined when it is not one. */
export function vttSeconds(t: string): number | undefined {
  const m = TIMESTAMP.exec(t);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** The issues of one cue's text lines (tags, entities, characters); `line` is the first line's number. */
function cueTextIssues(lines: string[], line: number, at: string, out: VttIssue[]) {
  lines.forEach((text, k) => {
    const add = (message: string) => out.push({ line: line + k, path: `${at}.text`, message });
    if (text.includes('-->')) add('"-->" in a cue\'s text: a browser reads the line as a new timing');
    const rest = text.replace(/<([^<>]*)>/g, (_, inner: string) => {
      if (vttSeconds(inner) !== undefined) return '';
      const name = /^\/?([A-Za-z][\w-]*)/.exec(inner)?.[1]?.toLowerCase();
      if (!name || !TAGS.has(name))
        add(`the tag <${inner.slice(0, 30)}> is not WebVTT's (c, i, b, u, v, lang, ruby, rt): captions are text, never HTML`);
      return '';
    });
    if (/[<>]/.test(rest)) add('a "<" or ">" that is not part of a tag: write &lt; or &gt;');
    for (const m of rest.matchAll(/&([^;\s&]*);/g))
      if (!ENTITIES.has(m[1]!))
        add(
          `the entity &${m[1]!.slice(0, 12)}; is not one captions read (&amp; &lt; &gt; &nbsp; &lrm; &rlm;): write the character`,
        );
    for (const message of textIssues(rest, 'paragraph')) add(message);
  });
}

export function checkVtt(source: string, options: VttOptions = {}): VttIssue[] {
  const out: VttIssue[] = [];
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let i = 0;
  if (/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    // The header block runs to the first blank line.
    while (i < lines.length && lines[i]!.trim() !== '') i++;
  } else {
    out.push({
      line: 1,
      path: '(header)',
      message: 'the file does not start with "WEBVTT": a browser shows none of its captions',
    });
  }
  let cue = 0;
  let previousStart = -Infinity;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const first = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
    const head = block[0]!;
    if (/^NOTE(?:$|[ \t])/.test(head)) continue;
    if (/^(?:STYLE|REGION)(?:$|[ \t])/.test(head)) {
      out.push({
        line: first + 1,
        path: '(blocks)',
        message: `a ${head.trim()} block: the visit styles and places captions itself`,
      });
      continue;
    }
    const at = `cues[${cue++}]`;
    const t = head.includes('-->') ? 0 : block[1]?.includes('-->') ? 1 : -1;
    if (t < 0) {
      out.push({
        line: first + 1,
        path: at,
        message: 'a block without a timing line ("00:00:01.000 --> 00:00:04.000"): a browser drops it',
      });
      continue;
    }
    const timingLine = first + t + 1;
    const timing = /^(\S*?)[ \t]*-->[ \t]*(\S*)(.*)$/.exec(block[t]!.trim());
    const startText = timing?.[1] ?? '';
    const endText = timing?.[2] ?? '';
    const start = vttSeconds(startText);
    const end = vttSeconds(endText);
    const bad = (field: string, text: string) =>
      out.push({
        line: timingLine,
        path: `${at}.${field}`,
        message: `"${text.slice(0, 20)}" is not a timestamp: write hh:mm:ss.ttt or mm:ss.ttt (minutes and seconds under 60)`,
      });
    if (start === undefined) bad('start', startText);
    if (end === undefined) bad('end', endText);
    for (const setting of (timing?.[3] ?? '')
      .trim()
      .split(/[ \t]+/)
      .filter(Boolean)) {
      const name = setting.split(':')[0]!;
      if (!SETTINGS.has(name) || !setting.includes(':'))
        out.push({ line: timingLine, path: `${at}.settings`, message: `"${setting.slice(0, 20)}" is not a cue setting` });
    }
    if (start !== undefined && end !== undefined && end <= start)
      out.push({
        line: timingLine,
        path: `${at}.end`,
        message: `the cue ends (${endText}) ${end === start ? 'when' : 'before'} it starts (${startText})`,
      });
    if (start !== undefined) {
      if (start < previousStart)
        out.push({
          line: timingLine,
          path: `${at}.start`,
          message: `starts (${startText}) before the cue before it: cues go in time order`,
        });
      previousStart = Math.max(previousStart, start);
      if (options.duration !== undefined && start >= options.duration)
        out.push({
          line: timingLine,
          path: `${at}.start`,
          message: `starts after the video ends (${options.duration} s): it never shows`,
        });
    }
    if (end !== undefined && options.duration !== undefined && end > options.duration + END_SLACK)
      out.push({ line: timingLine, path: `${at}.end`, message: `ends after the video (${options.duration} s)` });
    const text = block.slice(t + 1);
    if (!text.length) out.push({ line: timingLine, path: `${at}.text`, message: 'a cue without text' });
    cueTextIssues(text, timingLine + 1, at, out);
  }
  if (cue === 0) out.push({ line: 1, path: '(file)', message: 'no cues: these captions show nothing' });
  return out;
}
