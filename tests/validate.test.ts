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

type EditionFile = 'edition.json' | 'site.json' | 'stands.json' | 'tours.json' | 'kiosks.json';

/**
 * A copy of the edition folder with one file changed by `edit` (or replaced by raw text); `dir`
 * changes one more file of a copy already made.
 */
function brokenCopy(file: EditionFile, edit: ((j: Json) => void) | string, dir = freshCopy()): string {
  const full = path.join(dir, file);
  if (typeof edit === 'string') fs.writeFileSync(full, edit);
  else {
    const json = JSON.parse(fs.readFileSync(full, 'utf8')) as Json;
    edit(json);
    fs.writeFileSync(full, JSON.stringify(json, null, 2));
  }
  return dir;
}

function freshCopy(): string {
  const dir = fs.mkdtempSync(path.join(tmpRoot, 'ed-'));
  fs.cpSync(EDITION, dir, { recursive: true });
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
  it('has guided tours and kiosks, read with it', () => {
    const { extras } = readEdition(EDITION);
    expect(extras?.tours.length).toBeGreaterThanOrEqual(2);
    expect(extras?.kiosks.length).toBeGreaterThanOrEqual(3);
  });
  it('without tours.json, kiosks.json and programme.json has none, and no problem', () => {
    const dir = freshCopy();
    fs.rmSync(path.join(dir, 'tours.json'));
    fs.rmSync(path.join(dir, 'kiosks.json'));
    fs.rmSync(path.join(dir, 'programme.json'));
    const result = readEdition(dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.extras).toEqual({ tours: [], kiosks: [] });
  });
});

/** A stop of one's own, so the cases do not depend on what the tours say. */
const stop = (target: string, hotspot?: string) => ({
  target,
  ...(hotspot ? { hotspot } : {}),
  text: { fr: 'Arrêt', ar: 'محطة', en: 'Stop' },
  dwell: 10,
});

describe('tours and kiosks, on a broken copy', () => {
  it('a stop at an unknown stand, with the closest id', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[0].stops[1] = stop('dna-profilng'))),
      'tours.json',
      'tours[0].stops[1].target',
      /unknown stand or place "dna-profilng" \(did you mean "dna-profiling"\?\)/,
    );
  });
  it("a stop at an unknown hotspot, with the target's own", () => {
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[1].stops[3] = stop('dna-profiling', 'x'))),
      'tours.json',
      'tours[1].stops[3].hotspot',
      /^[^ ]*tours\.json: tours\[1\]\.stops\[3\]\.hotspot: no hotspot "x" on stand "dna-profiling" \(it has: sampling-kit, dna-sequencer, video-tour\)$/,
    );
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[0].stops[0] = stop('pavilion-a', 'dna-sequencer'))),
      'tours.json',
      'tours[0].stops[0].hotspot',
      /no hotspot "dna-sequencer" on place "pavilion-a" \(it has: forensic-science, technology-ai\)/,
    );
  });
  it('a stop at an unknown place, or at a place without hotspots', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[0].stops[2] = stop('pavilion-z'))),
      'tours.json',
      'tours[0].stops[2].target',
      /unknown stand or place "pavilion-z" \(did you mean "pavilion-\w"\?\)/,
    );
    const bare = brokenCopy('site.json', (j) => delete j.zones.find((z: Json) => z.id === 'seminar-hall').hotspots);
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[0].stops[2] = stop('seminar-hall')), bare),
      'tours.json',
      'tours[0].stops[2].target',
      /place "seminar-hall" has no hotspots, so a tour cannot stop there/,
    );
  });
  it('a missing Arabic title or stop text', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => delete j.tours[1].title.ar),
      'tours.json',
      'tours[1].title.ar',
      /missing Arabic translation/,
    );
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[0].stops[4].text.en = ' ')),
      'tours.json',
      'tours[0].stops[4].text.en',
      /missing English translation/,
    );
  });
  it('an empty tour', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[1].stops = [])),
      'tours.json',
      'tours[1].stops',
      /an empty tour: a tour needs at least one stop/,
    );
  });
  it('a duplicate tour id', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[1].id = j.tours[0].id)),
      'tours.json',
      'tours[1].id',
      /duplicate tour id "[a-z-]+" \(first at tours\[0\]\)/,
    );
  });
  it('the same stop twice in a row, but not two hotspots of one stand', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => j.tours[0].stops.splice(1, 2, stop('fingerprints'), stop('fingerprints'))),
      'tours.json',
      'tours[0].stops[2].target',
      /the same stop twice in a row \("fingerprints", as stops\[1\]\)/,
    );
    const hops = brokenCopy('tours.json', (j) =>
      j.tours[0].stops.splice(1, 2, stop('dna-profiling', 'sampling-kit'), stop('dna-profiling', 'dna-sequencer')),
    );
    expect(readEdition(hops).problems.map(formatProblem)).toEqual([]);
  });
  it('a dwell out of range', () => {
    expectProblem(
      brokenCopy('tours.json', (j) => (j.tours[0].stops[0].dwell = 1)),
      'tours.json',
      'tours[0].stops[0].dwell',
      /at least 3 seconds/,
    );
  });
  it('a kiosk with an unknown tour, or no tours.json at all', () => {
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[0].tour = 'familes')),
      'kiosks.json',
      'kiosks[0].tour',
      /unknown tour "familes" \(did you mean "families"\?\)/,
    );
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[0].tour = 'night-walk')),
      'kiosks.json',
      'kiosks[0].tour',
      /unknown tour "night-walk" \(tours\.json has: [a-z-]+(, [a-z-]+)+\)/,
    );
    const dir = freshCopy();
    fs.rmSync(path.join(dir, 'tours.json'));
    expectProblem(dir, 'kiosks.json', 'kiosks[1].tour', /needs a tours\.json, which this edition does not have/);
  });
  it('a duplicate kiosk id', () => {
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[2].id = j.kiosks[0].id)),
      'kiosks.json',
      'kiosks[2].id',
      /duplicate kiosk id "entrance" \(first at kiosks\[0\]\)/,
    );
  });
  it('a kiosk outside the site', () => {
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[0].position = [150, 0])),
      'kiosks.json',
      'kiosks[0].position',
      /kiosk "entrance" lies outside the site boundary/,
    );
  });
  it('a kiosk inside a stand, in a pavilion wall or on a demonstration field', () => {
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[1].position = [-70.5, -76])),
      'kiosks.json',
      'kiosks[1].position',
      /kiosk "pavilion-a" stands inside stand "dna-profiling"/,
    );
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[1].position = [-45, -30.3])),
      'kiosks.json',
      'kiosks[1].position',
      /stands in the wall or a doorway of "pavilion-a"/,
    );
    expectProblem(
      brokenCopy('kiosks.json', (j) => (j.kiosks[2].position = [-112, -30])),
      'kiosks.json',
      'kiosks[2].position',
      /stands on the demonstration field of "mounted-arena"/,
    );
  });
  it('a kiosk with idle time, language or orientation out of bounds', () => {
    const dir = brokenCopy('kiosks.json', (j) => {
      j.kiosks[0].idle = 5;
      j.kiosks[1].lang = 'es';
      j.kiosks[2].orientation = 'square';
      delete j.kiosks[2].name.ar;
    });
    expectProblem(dir, 'kiosks.json', 'kiosks[0].idle', /at least 20 seconds/);
    expectProblem(dir, 'kiosks.json', 'kiosks[1].lang', /expected one of/);
    expectProblem(dir, 'kiosks.json', 'kiosks[2].orientation', /expected one of/);
    expectProblem(dir, 'kiosks.json', 'kiosks[2].name.ar', /missing Arabic translation/);
  });
  it('invalid JSON in kiosks.json gives line and column', () => {
    const text = fs.readFileSync(path.join(EDITION, 'kiosks.json'), 'utf8').replace('"idle": 60,', '"idle": 60');
    const line = text.split('\n').findIndex((l) => l.includes('"idle": 60')) + 2;
    const lines = problemsOf(brokenCopy('kiosks.json', text));
    expect(
      lines.some((l) => new RegExp(`kiosks\\.json:${line}:\\d+: \\(syntax\\): invalid JSON: CommaExpected`).test(l)),
      lines.join('\n'),
    ).toBe(true);
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
  it('a replay moment outside the edition’s days, or not a moment', () => {
    expectProblem(
      brokenCopy('edition.json', (j) => (j.replayAt = '2024-05-25T15:00')),
      'edition.json',
      'replayAt',
      /is not one of the edition's days \(2024-05-17 to 2024-05-21\)/,
    );
    expectProblem(
      brokenCopy('edition.json', (j) => (j.replayAt = '2024-05-18 3pm')),
      'edition.json',
      'replayAt',
      /./,
    );
  });
  it('duplicate figure ids', () => {
    expectProblem(
      brokenCopy('edition.json', (j) => (j.figures.items[2].id = j.figures.items[0].id)),
      'edition.json',
      'figures.items[2].id',
      /duplicate figure id "visitors" \(first at items\[0\]\)/,
    );
  });
  it('a figure without its Arabic label, with an unknown unit or a negative value', () => {
    expectProblem(
      brokenCopy('edition.json', (j) => delete j.figures.items[1].label.ar),
      'edition.json',
      'figures.items[1].label.ar',
      /missing Arabic translation/,
    );
    expectProblem(
      brokenCopy('edition.json', (j) => (j.figures.items[7].unit = 'ha')),
      'edition.json',
      'figures.items[7].unit',
      /m2/,
    );
    expectProblem(
      brokenCopy('edition.json', (j) => (j.figures.items[0].value = -1)),
      'edition.json',
      'figures.items[0].value',
      /zero or more/,
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
  it('reports tours.json and kiosks.json problems the same way', () => {
    const broken = brokenCopy('kiosks.json', (j) => (j.kiosks[0].tour = 'nowhere'));
    brokenCopy('tours.json', (j) => delete j.tours[0].title.ar, broken);
    const { code, out } = run([broken]);
    expect(code).not.toBe(0);
    expect(out).toMatch(/tours\.json: tours\[0\]\.title\.ar: missing Arabic translation/);
    // The rules run once the schema passes: fix the tour and the kiosk's own problem shows.
    brokenCopy('tours.json', fs.readFileSync(path.join(EDITION, 'tours.json'), 'utf8'), broken);
    const again = run([broken]);
    expect(again.code).not.toBe(0);
    expect(again.out).toMatch(/kiosks\.json: kiosks\[0\]\.tour: unknown tour "nowhere"/);
  });
});
