/**
 * Reads an edition folder from disk: JSON with line and column on syntax errors, the zod schema
 * with `file: path: message` errors, then the edition rules. Node only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { EDITION_FILES, type EditionData } from '../../src/edition/schema.ts';
import { checkEdition, type Problem } from '../../src/edition/rules.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SCENES = path.join(ROOT, 'scenes');
export const PUBLIC_MODELS = path.join(ROOT, 'public', 'models');

export interface ReadResult {
  /** The edition, when it has no problem at all. */
  data?: EditionData;
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

/** Reads and checks one edition folder. */
export function readEdition(folder: string, modelsDir = PUBLIC_MODELS): ReadResult {
  const problems: Problem[] = [];
  const rel = path.relative(process.cwd(), folder) || folder;
  const parsed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(EDITION_FILES) as [string, z.ZodType][]) {
    const file = path.join(rel, name);
    const full = path.join(folder, name);
    if (!fs.existsSync(full)) {
      problems.push({ file, path: '(file)', message: 'file not found' });
      continue;
    }
    const json = parseJson(fs.readFileSync(full, 'utf8'), file);
    problems.push(...json.problems);
    if (json.problems.length) continue;
    const result = schema.safeParse(json.value);
    if (result.success) parsed[name] = result.data;
    else for (const issue of result.error.issues) problems.push({ file, path: formatPath(issue.path), message: issue.message });
  }
  if (problems.length) return { problems, folder: rel };
  const data: EditionData = {
    edition: parsed['edition.json'] as EditionData['edition'],
    site: parsed['site.json'] as EditionData['site'],
    stands: (parsed['stands.json'] as { stands: EditionData['stands'] }).stands,
  };
  const inside = (base: string, p: string) => {
    const full = path.resolve(base, p);
    return full.startsWith(base + path.sep) && fs.existsSync(full) && fs.statSync(full).isFile();
  };
  const rules = checkEdition(data, { edition: (p) => inside(folder, p), models: (p) => inside(modelsDir, p) });
  problems.push(...rules.map((p) => ({ ...p, file: path.join(rel, p.file) })));
  return problems.length ? { problems, folder: rel } : { data, problems, folder: rel };
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}
