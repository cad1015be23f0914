/**
 * The media files an edition names, checked on disk: each a plain file inside its folder (no link
 * that reaches elsewhere), its content the type its name says (a .jpg that is HTML is refused), its
 * captions sound WebVTT (./vttCheck.ts), its SVGs only drawings (./svgCheck.ts), its hand-made
 * models self-contained (./glbCheck.ts). Problems name the media file (with the line, for text
 * files), the place in it, and the field of stands.json or site.json that uses it. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { mediaPathIssue, mediaRefs, pathShapeIssue } from '../../src/edition/mediaRules.ts';
import type { Problem } from '../../src/edition/rules.ts';
import type { EditionData } from '../../src/edition/schema.ts';
import { checkGlb } from './glbCheck.ts';
import { checkSvg } from './svgCheck.ts';
import { checkVtt } from './vttCheck.ts';

/** What a file of each extension starts with. */
const SIGNATURES: Record<string, { what: string; test: (b: Buffer) => boolean }> = {
  '.jpg': { what: 'a JPEG image', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  '.png': {
    what: 'a PNG image',
    test: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  '.webp': { what: 'a WebP image', test: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP' },
  '.avif': {
    what: 'an AVIF image',
    test: (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12)),
  },
  '.webm': { what: 'a WebM video', test: (b) => b.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) },
  '.mp4': { what: 'an MP4 video', test: (b) => b.toString('latin1', 4, 8) === 'ftyp' },
};
SIGNATURES['.jpeg'] = SIGNATURES['.jpg']!;

/** What the first bytes look like, for a message: HTML, a script, text, or unknown. */
function looksLike(b: Buffer): string {
  const head = b.toString('utf8', 0, 64).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<script')) return 'HTML';
  if (head.startsWith('<')) return 'markup';
  return 'something else';
}

/** Whether `full` is a plain file whose real path lies inside `base` (no symbolic link out). */
function plainFileInside(base: string, full: string): 'missing' | 'link' | 'ok' {
  if (!fs.existsSync(full) || !fs.statSync(full).isFile()) return 'missing';
  const real = fs.realpathSync(full);
  if (fs.lstatSync(full).isSymbolicLink() || !real.startsWith(fs.realpathSync(base) + path.sep)) return 'link';
  return 'ok';
}

function readHead(full: string, n = 64): Buffer {
  const fd = fs.openSync(full, 'r');
  try {
    const b = Buffer.alloc(n);
    return b.subarray(0, fs.readSync(fd, b, 0, n, 0));
  } finally {
    fs.closeSync(fd);
  }
}

/** UTF-8 text of a file, or undefined when it is not UTF-8. */
function readText(full: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(full));
  } catch {
    return undefined;
  }
}

/**
 * Checks every media file of `data` found in `folder` and every hand-made model found in
 * `modelsDir`; a file that is missing or whose path is malformed is the rules' to report, not these.
 */
export function checkMediaFiles(folder: string, data: EditionData, modelsDir: string): Problem[] {
  const problems: Problem[] = [];
  const rel = (full: string) => path.relative(process.cwd(), full) || full;
  const seen = new Set<string>();
  for (const ref of mediaRefs(data)) {
    if (seen.has(ref.src) || mediaPathIssue(ref)) continue;
    seen.add(ref.src);
    const full = path.join(folder, ref.src);
    const used = ` (${ref.file} ${ref.path})`;
    const add = (file: string, at: string, message: string) => problems.push({ file, path: at, message: message + used });
    const state = plainFileInside(folder, full);
    if (state === 'missing') continue;
    if (state === 'link') {
      add(rel(full), '(file)', 'a symbolic link: media are plain files of the edition folder');
      continue;
    }
    const ext = path.extname(full).toLowerCase();
    const signature = SIGNATURES[ext];
    if (signature) {
      const head = readHead(full);
      if (!signature.test(head)) add(rel(full), '(content)', `not ${signature.what}: it starts like ${looksLike(head)}`);
      continue;
    }
    const text = readText(full);
    if (text === undefined) {
      add(rel(full), '(content)', 'not UTF-8 text');
      continue;
    }
    if (ext === '.vtt')
      for (const issue of checkVtt(text, { duration: ref.duration }))
        add(`${rel(full)}:${issue.line}`, issue.path, issue.message);
    if (ext === '.svg') for (const issue of checkSvg(text)) add(`${rel(full)}:${issue.line}`, issue.path, issue.message);
  }
  data.stands.forEach((s, i) => {
    if (!s.model || pathShapeIssue(s.model)) return;
    const full = path.join(modelsDir, s.model);
    const used = ` (stands.json stands[${i}].model)`;
    const state = plainFileInside(modelsDir, full);
    if (state === 'link')
      problems.push({
        file: rel(full),
        path: '(file)',
        message: `a symbolic link: a model is a plain file of public/models${used}`,
      });
    if (state !== 'ok') return;
    for (const issue of checkGlb(fs.readFileSync(full)))
      problems.push({ file: rel(full), path: issue.path, message: issue.message + used });
  });
  return problems;
}
