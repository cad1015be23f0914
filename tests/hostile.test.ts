/**
 * Hostile scene content (tests/fixtures/hostile/cases.json): each case is applied to a copy of the
 * default edition. What is invalid (reordering and invisible characters, control characters,
 * overlong texts, javascript:/data: links, media paths out of the folder, SVGs that script or
 * fetch, broken or scripted captions, models with external URIs, a link out of the folder) is
 * reported with its exact file and field; what is hostile but valid (markup as literal text, a long
 * title within its limit, Arabic with its joiners, escaped markup in captions) passes.
 * tests/browser/hostile.test.ts shows the valid ones render inert.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, readEdition, ROOT } from '../tools/edition/read.ts';
import { textIssues } from '../src/edition/textChars.ts';

const EDITION = path.join(ROOT, 'scenes', 'jpo-2024-agadir');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'hostile');
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jpo-hostile-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Edit {
  file: string;
  set: string;
  value: unknown;
}
interface Expected {
  file: string;
  path: string;
  message: string;
}
interface Case {
  case: string;
  edits?: Edit[];
  copy?: Array<{ from: string; to: string }>;
  model?: { from: string; to: string };
  symlink?: { at: string };
  expect: Expected[] | 'valid';
}

const cases = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'cases.json'), 'utf8')) as { invalid: Case[]; valid: Case[] };

/** `stands[0].keywords.fr[1]` → ['stands', 0, 'keywords', 'fr', 1]. */
function keysOf(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

/** A value of the corpus: `{ "$repeat": s, "times": n }` is s repeated n times. */
function valueOf(v: unknown): unknown {
  const r = v as { $repeat?: string; times?: number };
  return typeof r === 'object' && r && typeof r.$repeat === 'string' ? r.$repeat.repeat(r.times!) : v;
}

function setField(json: Json, field: string, value: unknown) {
  const keys = keysOf(field);
  let at = json;
  for (const k of keys.slice(0, -1)) {
    expect(at[k], `${field}: no ${String(k)} in the edition`).toBeDefined();
    at = at[k];
  }
  at[keys.at(-1)!] = valueOf(value);
}

/** A GLB of a glTF JSON: the header and one JSON chunk, padded to 4 bytes with spaces. */
function glb(gltf: unknown): Buffer {
  let json = Buffer.from(JSON.stringify(gltf), 'utf8');
  json = Buffer.concat([json, Buffer.alloc((4 - (json.length % 4)) % 4, 0x20)]);
  const header = Buffer.alloc(20);
  header.writeUInt32LE(0x46546c67, 0);
  header.writeUInt32LE(2, 4);
  header.writeUInt32LE(20 + json.length, 8);
  header.writeUInt32LE(json.length, 12);
  header.writeUInt32LE(0x4e4f534a, 16);
  return Buffer.concat([header, json]);
}

/** The copy of the edition with the case applied, and its own models folder. */
function applyCase(c: Case): { dir: string; models: string } {
  const base = fs.mkdtempSync(path.join(tmpRoot, 'case-'));
  const dir = path.join(base, 'edition');
  const models = path.join(base, 'models');
  fs.cpSync(EDITION, dir, { recursive: true });
  fs.mkdirSync(models);
  for (const { from, to } of c.copy ?? []) {
    fs.mkdirSync(path.dirname(path.join(dir, to)), { recursive: true });
    fs.copyFileSync(path.join(FIXTURES, from), path.join(dir, to));
  }
  if (c.model) {
    const to = path.join(models, c.model.to);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, glb(JSON.parse(fs.readFileSync(path.join(FIXTURES, c.model.from), 'utf8'))));
  }
  if (c.symlink) {
    // A real JPEG's first bytes, outside the edition folder.
    const outside = path.join(base, 'outside.jpg');
    fs.writeFileSync(outside, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    fs.mkdirSync(path.dirname(path.join(dir, c.symlink.at)), { recursive: true });
    fs.symlinkSync(outside, path.join(dir, c.symlink.at));
  }
  const byFile = new Map<string, Edit[]>();
  for (const e of c.edits ?? []) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, edits] of byFile) {
    const full = path.join(dir, file);
    const json = JSON.parse(fs.readFileSync(full, 'utf8')) as Json;
    for (const e of edits) setField(json, e.set, e.value);
    fs.writeFileSync(full, JSON.stringify(json, null, 2));
  }
  return { dir, models };
}

/** The expected file as validate names it: relative to the working directory, like every problem. */
function expectedFile(file: string, dir: string, models: string): string {
  const full = file.startsWith('models/') ? path.join(models, file.slice('models/'.length)) : path.join(dir, file);
  return path.relative(process.cwd(), full);
}

describe('hostile content that validate refuses, with its file and field', () => {
  it.each(cases.invalid.map((c) => [c.case, c] as const))('%s', (_, c) => {
    const { dir, models } = applyCase(c);
    const result = readEdition(dir, models);
    const lines = result.problems.map(formatProblem);
    expect(result.data, lines.join('\n')).toBeUndefined();
    for (const e of c.expect as Expected[]) {
      const file = expectedFile(e.file, dir, models);
      const hit = result.problems.find((p) => p.file === file && p.path === e.path && new RegExp(e.message).test(p.message));
      expect(hit, `expected "${file}: ${e.path}: /${e.message}/" among:\n${lines.join('\n')}`).toBeDefined();
    }
  });
});

describe('hostile content that is valid (it renders as text)', () => {
  it.each(cases.valid.map((c) => [c.case, c] as const))('%s', (_, c) => {
    const { dir, models } = applyCase(c);
    const result = readEdition(dir, models);
    expect(result.problems.map(formatProblem)).toEqual([]);
    // The hostile text came through as it was written: validation keeps it, the renderer escapes it.
    for (const e of c.edits ?? []) {
      if (e.file !== 'stands.json') continue;
      let at: Json = { stands: result.data!.stands };
      for (const k of keysOf(e.set)) at = at[k];
      const value = valueOf(e.value);
      // The schema trims a text's ends; nothing else of it changes.
      expect(at).toEqual(typeof value === 'string' ? value.trim() : value);
    }
  });
});

describe('the text rules, character by character', () => {
  it('every kind refuses an override, and only paragraphs take a line break', () => {
    for (const kind of ['id', 'label', 'paragraph', 'markdown', 'keyword', 'url', 'path'] as const)
      expect(textIssues('a\u202eb', kind), kind).toHaveLength(1);
    expect(textIssues('a\nb', 'markdown')).toEqual([]);
    expect(textIssues('a\nb', 'label')).toEqual(['U+000A LINE FEED at character 2: a line break in a one-line field']);
  });
  it('a joiner beside an Arabic letter or inside an emoji passes, elsewhere not', () => {
    expect(textIssues('مختبر\u200cالشرطة', 'label')).toEqual([]);
    expect(textIssues('❤\ufe0f\u200d🔥', 'label')).toEqual([]);
    expect(textIssues('a\u200db', 'label')).toHaveLength(1);
    expect(textIssues('مختبر\u200cالشرطة', 'keyword')).toHaveLength(1);
  });
  it('a mark pile over the limit is refused, Arabic with shadda and a vowel is not', () => {
    expect(textIssues('مُحَمَّدٌ', 'label')).toEqual([]);
    expect(textIssues('e\u0301\u0302\u0303\u0304\u0305', 'label')).toHaveLength(1);
  });
});
