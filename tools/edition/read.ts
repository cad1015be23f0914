/**
 * Reads an edition folder from disk: JSON with line and column on syntax errors, the zod schema
 * with `file: path: message` errors, then the edition rules (the texts' too), then the media files
 * it names (./mediaChecks.ts). Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { EDITION_FILES, OPTIONAL_EDITION_FILES, type EditionData, type Kiosk, type Tour } from '../../src/edition/schema.ts';
import { checkEdition, type Problem } from '../../src/edition/rules.ts';
import { checkExtras } from '../../src/edition/tourRules.ts';
import { PROGRAMME_FILES, type Programme } from '../../src/edition/programme.ts';
import { checkProgramme } from '../../src/edition/programmeRules.ts';
import { checkTexts } from '../../src/edition/textRules.ts';
import { checkMediaPaths } from '../../src/edition/mediaRules.ts';
import { checkMediaFiles } from './mediaChecks.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCENES = path.join(ROOT, 'scenes');
export const PUBLIC_MODELS = path.join(ROOT, 'public', 'models');

export interface ReadResult {
  /** The edition, when it has no problem at all. */
  data?: EditionData;
  /** The optional files, with `data`: an empty list where the edition has no such file (no programme: undefined). */
  extras?: { tours: Tour[]; kiosks: Kiosk[]; programme?: Programme };
  problems: Problem[];
  /** The folder read, for messages. */
  folder: string;
}

/** `a.b[2].c` from a zod issue path. */
export function formatPath(p: ReadonlyArray<PropertyKey>): string {
  return (
    p.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${String(k)}` : String(k)), '') ||
    '(root)'
  );
}

function lineColumn(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset).split('\n');
  return [before.length, before[before.length - 1]!.length + 1];
}

/** Parses JSON strictly (no comments, no trailing commas), reporting line and column. */
export function parseJson(text: string, file: string): { value?: unknown; problems: Problem[] } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const problems = errors.map((e) => {
    const [line, col] = lineColumn(text, e.offset);
    return { file: `${file}:${line}:${col}`, path: '(syntax)', message: `invalid JSON: ${printParseErrorCode(e.error)}` };
  });
  return problems.length ? { problems } : { value, problems };
}

/** Every edition folder under scenes/ (a folder with an edition.json). */
export function listEditions(scenes = SCENES): string[] {
  return fs
    .readdirSync(scenes, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(scenes, d.name, 'edition.json')))
    .map((d) => d.name)
    .sort();
}

/**
 * Reads one file of the folder into `parsed`: syntax errors with line and column, schema errors with
 * their field. A missing file is a problem unless it is optional.
 */
function readFile(
  folder: string,
  rel: string,
  name: string,
  schema: z.ZodType,
  optional: boolean,
  parsed: Record<string, unknown>,
  problems: Problem[],
) {
  const file = path.join(rel, name);
  const full = path.join(folder, name);
  if (!fs.existsSync(full)) {
    if (!optional) problems.push({ file, path: '(file)', message: 'file not found' });
    return;
  }
  const json = parseJson(fs.readFileSync(full, 'utf8'), file);
  problems.push(...json.problems);
  if (json.problems.length) return;
  const result = schema.safeParse(json.value);
  if (result.success) parsed[name] = result.data;
  else for (const issue of result.error.issues) problems.push({ file, path: formatPath(issue.path), message: issue.message });
}

/** Reads and checks one edition folder, its optional files (tours, kiosks, programme) included. */
export function readEdition(folder: string, modelsDir = PUBLIC_MODELS): ReadResult {
  const problems: Problem[] = [];
  const rel = path.relative(process.cwd(), folder) || folder;
  const parsed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(EDITION_FILES) as [string, z.ZodType][])
    readFile(folder, rel, name, schema, false, parsed, problems);
  for (const [name, schema] of Object.entries({ ...OPTIONAL_EDITION_FILES, ...PROGRAMME_FILES }) as [string, z.ZodType][])
    readFile(folder, rel, name, schema, true, parsed, problems);
  if (problems.length) return { problems, folder: rel };
  const data: EditionData = {
    edition: parsed['edition.json'] as EditionData['edition'],
    site: parsed['site.json'] as EditionData['site'],
    stands: (parsed['stands.json'] as { stands: EditionData['stands'] }).stands,
  };
  const tours = (parsed['tours.json'] as { tours: Tour[] } | undefined)?.tours;
  const kiosks = (parsed['kiosks.json'] as { kiosks: Kiosk[] } | undefined)?.kiosks;
  const programme = parsed['programme.json'] as Programme | undefined;
  const inside = (base: string, p: string) => {
    const full = path.resolve(base, p);
    return full.startsWith(base + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile();
  };
  const rules = [
    ...Object.entries(parsed).flatMap(([name, value]) => checkTexts(name, value)),
    ...checkEdition(data, { edition: (p) => inside(folder, p), models: (p) => inside(modelsDir, p) }),
    ...checkMediaPaths(data),
    ...checkExtras(data, { tours, kiosks }),
    ...(programme ? checkProgramme(data, programme.sessions) : []),
  ];
  problems.push(...rules.map((p) => ({ ...p, file: path.join(rel, p.file) })));
  // The media files' content; their problems name the media file itself (already relative).
  problems.push(...checkMediaFiles(folder, data, modelsDir));
  if (problems.length) return { problems, folder: rel };
  return {
    data,
    extras: { tours: tours ?? [], kiosks: kiosks ?? [], ...(programme ? { programme } : {}) },
    problems,
    folder: rel,
  };
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}
