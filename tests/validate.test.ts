/** `npm run validate`: the default edition passes, and each rule catches its own broken copy. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, readEdition, ROOT } from '../tools/edition/read.ts';

const EDITION = path.join(ROOT, 'scenes', 'jpo-2024-agadir');
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jpo-validate-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the edition folder with one file changed by `edit` (or replaced by raw text). */
function brokenCopy(file: 'edition.json' | 'site.json' | 'stands.json', edit: ((j: Json) => void) | string): string {
  const dir = fs.mkdtempSync(path.join(tmpRoot, 'ed-'));
  fs.cpSync(EDITION, dir, { recursive: true });
  const full = path.join(dir, file);
  if (typeof edit === 'string') fs.writeFileSync(full, edit);
  else {
    const json = JSON.parse(fs.readFileSync(full, 'utf8')) as Json;
    edit(json);
    fs.writeFileSync(full, JSON.stringify(json, null, 2));
  }
  return dir;
}

function problemsOf(dir: string): string[] {
  const result = readEdition(dir);
  expect(result.data).toBeUndefined();
  return result.problems.map(formatProblem);
}

function expectProblem(dir: string, file: string, field: string, message: RegExp) {
  const lines = problemsOf(dir);
  const hit = lines.find((l) => l.includes(`${file}: ${field}: `) && message.test(l));
  expect(hit, `expected "${file}: ${field}: ${message}" among:\n${lines.join('\n')}`).toBeDefined();
}

describe('the default edition', () => {
  it('has no problem', () => {
    const result = readEdition(EDITION);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.data?.stands).toHaveLength(37);
  });
});

describe('each rule, on a broken copy', () => {
  it('JSON syntax errors give file, line and column', () => {
    const text = fs.readFileSync(path.join(EDITION, 'edition.json'), 'utf8').replace('"year": 2024,', '"year": 2024,,');
    const lines = problemsOf(brokenCopy('edition.json', text));
    const line = text.split('\n').findIndex((l) => l.includes('"year": 2024,,')) + 1;
    expect(
      lines.some((l) => new RegExp(`edition\\.json:${line}:\\d+: \\(syntax\\): invalid JSON`).test(l)),
      lines.join('\n'),
    ).toBe(true);
  });
  it('duplicate stand ids', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[1].id = j.stands[0].id)),
      'stands.json',
      'stands[1].id',
      /duplicate id "dna-profiling"/,
    );
  });
  it('duplicate zone ids', () => {
    expectProblem(
      brokenCopy('site.json', (j) => (j.zones[2].id = j.zones[1].id)),
      'site.json',
      'zones[2].id',
      /duplicate id/,
    );
  });
  it('duplicate hotspot ids within a stand', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].hotspots[1].id = j.stands[0].hotspots[0].id)),
      'stands.json',
      'stands[0].hotspots[1].id',
      /duplicate hotspot id/,
    );
  });
  it('a missing translation', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => delete j.stands[3].name.ar),
      'stands.json',
      'stands[3].name.ar',
      /missing Arabic translation/,
    );
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[4].description.en = '  ')),
      'stands.json',
      'stands[4].description.en',
      /missing English/,
    );
  });
  it('a stand outside the site', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].position = [500, 0])),
      'stands.json',
      'stands[0].position',
      /outside the site boundary/,
    );
  });
  it('a stand outside its zone', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].zone = 'pavilion-b')),
      'stands.json',
      'stands[0].position',
      /outside its zone "pavilion-b"/,
    );
  });
  it('an unknown zone', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].zone = 'nowhere')),
      'stands.json',
      'stands[0].zone',
      /unknown zone "nowhere"/,
    );
  });
  it('stands overlapping each other', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[1].position = [j.stands[0].position[0] + 2, j.stands[0].position[1]])),
      'stands.json',
      'stands[1].position',
      /overlaps stand "dna-profiling"/,
    );
  });
  it('non-positive sizes', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[2].width = 0)),
      'stands.json',
      'stands[2].width',
      /greater than zero/,
    );
    expectProblem(
      brokenCopy('site.json', (j) => (j.zones[1].depth = -3)),
      'site.json',
      'zones[1].depth',
      /greater than zero/,
    );
  });
  it('unknown themes and booth kinds', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].theme = 'cooking')),
      'stands.json',
      'stands[0].theme',
      /expected one of/,
    );
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].booth = 'igloo')),
      'stands.json',
      'stands[0].booth',
      /expected one of/,
    );
  });
  it('media paths that do not exist', () => {
    expectProblem(
      brokenCopy(
        'stands.json',
        (j) => (j.stands[0].hotspots[0].image = { src: 'media/missing.jpg', alt: { fr: 'a', ar: 'ب', en: 'c' } }),
      ),
      'stands.json',
      'stands[0].hotspots[0].image.src',
      /file not found: media\/missing\.jpg/,
    );
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].model = 'custom/nothing.glb')),
      'stands.json',
      'stands[0].model',
      /file not found/,
    );
  });
  it('URLs that are not http(s) or same-site', () => {
    const link = (url: string) => (j: Json) =>
      (j.stands[0].hotspots[0] = { id: 'l', type: 'link', position: [0, 1.5, 0], title: { fr: 'a', ar: 'ب', en: 'c' }, url });
    for (const url of ['javascript:alert(1)', '//evil.example/x', 'ftp://x.org/', 'data:text/html,hi'])
      expectProblem(
        brokenCopy('stands.json', link(url)),
        'stands.json',
        'stands[0].hotspots[0].url',
        /http\(s\) URL or a same-site path/,
      );
  });
  it('a derived figure away from the announced one', () => {
    expectProblem(
      brokenCopy('site.json', (j) => (j.zones.find((z: Json) => z.kind === 'children').width = 40)),
      'edition.json',
      'announced.childrenPavilionArea',
      /more than 1% away/,
    );
  });
  it('unknown fields', () => {
    expectProblem(
      brokenCopy('stands.json', (j) => (j.stands[0].colour = 'red')),
      'stands.json',
      'stands[0]',
      /Unrecognized key/,
    );
  });
});

describe('the command', () => {
  const run = (args: string[]) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, ['--import', 'tsx', 'tools/validate.ts', ...args], {
          cwd: ROOT,
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (e) {
      const err = e as { status: number; stdout: string; stderr: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };
  it('exits 0 on the default edition and non-zero on a broken one, one line per problem', () => {
    expect(run(['scenes/jpo-2024-agadir']).code).toBe(0);
    const broken = brokenCopy('stands.json', (j) => {
      j.stands[0].width = -1;
      delete j.stands[5].name.fr;
    });
    const { code, out } = run([broken]);
    expect(code).not.toBe(0);
    expect(out).toMatch(/stands\.json: stands\[0\]\.width: must be greater than zero/);
    expect(out).toMatch(/stands\.json: stands\[5\]\.name\.fr: missing French translation/);
  });
});
