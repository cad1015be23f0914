/**
 * programme.json and edition.json's timeZone: the default edition's programme passes, is read into
 * `extras`, and each rule catches its own broken copy, as `file: path: message`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, readEdition, ROOT } from '../tools/edition/read.ts';

const EDITION = path.join(ROOT, 'scenes', 'jpo-2024-agadir');
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jpo-programme-'));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A copy of the edition folder with `file` changed by `edit`. */
function brokenCopy(file: 'programme.json' | 'edition.json', edit: (j: Json) => void): string {
  const dir = fs.mkdtempSync(path.join(tmpRoot, 'ed-'));
  fs.cpSync(EDITION, dir, { recursive: true });
  const full = path.join(dir, file);
  const json = JSON.parse(fs.readFileSync(full, 'utf8')) as Json;
  edit(json);
  fs.writeFileSync(full, JSON.stringify(json, null, 2));
  return dir;
}

function expectProblem(dir: string, file: string, field: string, message: RegExp) {
  const result = readEdition(dir);
  expect(result.data).toBeUndefined();
  const lines = result.problems.map(formatProblem);
  const hit = lines.find((l) => l.includes(`${file}: ${field}: `) && message.test(l));
  expect(hit, `expected "${file}: ${field}: ${message}" among:\n${lines.join('\n')}`).toBeDefined();
}

/** How many sessions the real programme has: a session pushed onto it is `sessions[N]`. */
const N = (JSON.parse(fs.readFileSync(path.join(EDITION, 'programme.json'), 'utf8')) as Json).sessions.length as number;

/** A session of one's own, so the cases do not depend on the real programme's times. */
const session = (id: string, place: string, start: string, end: string) => ({
  id,
  place,
  start,
  end,
  kind: 'workshop',
  title: { fr: 'Atelier', ar: 'ورشة', en: 'Workshop' },
  description: { fr: 'Un atelier.', ar: 'ورشة.', en: 'A workshop.' },
});

describe('the default programme', () => {
  const { problems, extras } = readEdition(EDITION);
  it('has no problem and is read with the edition', () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(extras?.programme?.indicative).toBe(true);
    expect(extras?.programme?.sessions.length).toBeGreaterThan(50);
  });
  it('covers the five days, the three arenas several times a day, the four seminars and the opening', () => {
    const sessions = extras!.programme!.sessions;
    for (const day of ['2024-05-17', '2024-05-18', '2024-05-19', '2024-05-20', '2024-05-21']) {
      const today = sessions.filter((s) => s.start.startsWith(day));
      for (const arena of ['mounted-arena', 'dog-arena', 'special-forces-arena'])
        expect(today.filter((s) => s.place === arena && s.kind === 'demonstration').length, `${day} ${arena}`).toBeGreaterThan(1);
      expect(
        today.some((s) => s.place === 'children-pavilion' && s.kind === 'children'),
        day,
      ).toBe(true);
      expect(
        today.some((s) => s.place === 'blood-donation' && s.kind === 'blood-donation'),
        day,
      ).toBe(true);
    }
    const seminars = sessions.filter((s) => s.kind === 'seminar');
    expect(seminars.map((s) => s.place)).toEqual(Array(4).fill('seminar-hall'));
    expect(new Set(seminars.map((s) => s.start.slice(0, 10))).size).toBe(4);
    const opening = sessions.filter((s) => s.kind === 'ceremony');
    expect(opening.map((s) => s.start)).toEqual(['2024-05-17T10:00']);
  });
  it('says the times are indicative, in each language', () => {
    const note = extras!.programme!.note;
    expect(note.fr).toMatch(/indicatives/);
    expect(note.en).toMatch(/indicative/);
    expect(note.ar).toMatch(/تقريبية/);
  });
  it('an edition without programme.json has none, and no problem', () => {
    const dir = brokenCopy('programme.json', () => {});
    fs.rmSync(path.join(dir, 'programme.json'));
    const result = readEdition(dir);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.extras?.programme).toBeUndefined();
  });
});

describe('programme rules, on a broken copy', () => {
  it('an unknown place', () => {
    expectProblem(
      brokenCopy('programme.json', (j) => (j.sessions[3].place = 'arena-x')),
      'programme.json',
      'sessions[3].place',
      /^[^ ]*programme\.json: sessions\[3\]\.place: no zone or stand "arena-x" in this edition$/,
    );
  });
  it('a stand is a place too', () => {
    const dir = brokenCopy('programme.json', (j) =>
      j.sessions.push(session('x', 'dna-profiling', '2024-05-18T10:00', '2024-05-18T10:30')),
    );
    expect(readEdition(dir).problems.map(formatProblem)).toEqual([]);
  });
  it('two sessions at once in one place, but not back to back or in two places', () => {
    expectProblem(
      brokenCopy('programme.json', (j) =>
        j.sessions.push(
          session('a', 'dna-profiling', '2024-05-18T10:00', '2024-05-18T11:00'),
          session('b', 'dna-profiling', '2024-05-18T10:59', '2024-05-18T11:30'),
        ),
      ),
      'programme.json',
      `sessions[${N + 1}].start`,
      new RegExp(`overlaps session "a" \\(sessions\\[${N}\\], until 2024-05-18T11:00\\) at "dna-profiling"`),
    );
    const fine = brokenCopy('programme.json', (j) =>
      j.sessions.push(
        session('a', 'dna-profiling', '2024-05-18T10:00', '2024-05-18T11:00'),
        session('b', 'dna-profiling', '2024-05-18T11:00', '2024-05-18T11:30'),
        session('c', 'fingerprints', '2024-05-18T10:00', '2024-05-18T11:00'),
      ),
    );
    expect(readEdition(fine).problems.map(formatProblem)).toEqual([]);
  });
  it('a session outside the event days, in the event zone', () => {
    expectProblem(
      brokenCopy('programme.json', (j) => j.sessions.push(session('early', 'careers', '2024-05-16T23:00', '2024-05-16T23:30'))),
      'programme.json',
      `sessions[${N}].start`,
      /starts at 2024-05-16T23:00, outside the event's days \(2024-05-17 to 2024-05-21, Africa\/Casablanca\)/,
    );
    expectProblem(
      brokenCopy('programme.json', (j) => j.sessions.push(session('late', 'careers', '2024-05-21T23:30', '2024-05-22T00:30'))),
      'programme.json',
      `sessions[${N}].end`,
      /ends at 2024-05-22T00:30, after the event's days/,
    );
    // Until midnight after the last day is still within it; across midnight inside the days too.
    const night = brokenCopy('programme.json', (j) =>
      j.sessions.push(
        session('night', 'careers', '2024-05-18T23:30', '2024-05-19T00:30'),
        session('last', 'careers', '2024-05-21T23:30', '2024-05-22T00:00'),
      ),
    );
    expect(readEdition(night).problems.map(formatProblem)).toEqual([]);
  });
  it('an end before or at its start', () => {
    for (const end of ['2024-05-18T09:00', '2024-05-18T10:00'])
      expectProblem(
        brokenCopy('programme.json', (j) => j.sessions.push(session('x', 'careers', '2024-05-18T10:00', end))),
        'programme.json',
        `sessions[${N}].end`,
        new RegExp(`ends at ${end}, which is not after its start 2024-05-18T10:00`),
      );
  });
  it('a missing translation names its language', () => {
    const dir = brokenCopy('programme.json', (j) => {
      delete j.sessions[0].title.ar;
      j.sessions[1].description.en = ' ';
      delete j.note.fr;
    });
    expectProblem(dir, 'programme.json', 'sessions[0].title.ar', /missing Arabic translation/);
    expectProblem(dir, 'programme.json', 'sessions[1].description.en', /missing English translation/);
    expectProblem(dir, 'programme.json', 'note.fr', /missing French translation/);
  });
  it('malformed times, kinds, ids and recordings', () => {
    const dir = brokenCopy('programme.json', (j) => {
      j.sessions[0].start = '2024-05-18 15:00';
      j.sessions[1].end = '2024-05-18T15:00+01:00';
      j.sessions[2].start = '2024-02-30T10:00';
      j.sessions[3].kind = 'concert';
      j.sessions[4].id = 'Not A Slug';
      j.sessions[5].recording = 'javascript:alert(1)';
      j.sessions[6].speakers = [''];
    });
    expectProblem(dir, 'programme.json', 'sessions[0].start', /like 2024-05-18T15:00/);
    expectProblem(dir, 'programme.json', 'sessions[1].end', /no offset/);
    expectProblem(dir, 'programme.json', 'sessions[2].start', /no such date: 2024-02-30/);
    expectProblem(dir, 'programme.json', 'sessions[3].kind', /expected one of/);
    expectProblem(dir, 'programme.json', 'sessions[4].id', /must be a slug/);
    expectProblem(dir, 'programme.json', 'sessions[5].recording', /http\(s\) URL/);
    expectProblem(dir, 'programme.json', 'sessions[6].speakers[0]', /an empty speaker/);
  });
  it('a duplicate session id', () => {
    expectProblem(
      brokenCopy('programme.json', (j) => (j.sessions[4].id = j.sessions[0].id)),
      'programme.json',
      'sessions[4].id',
      /duplicate session id "[a-z0-9-]+" \(first at sessions\[0\]\)/,
    );
  });
});

describe('edition.json timeZone', () => {
  it('an unknown zone, or an offset instead of a zone', () => {
    for (const zone of ['Africa/Agadir', '+01:00', 'UTC+1'])
      expectProblem(
        brokenCopy('edition.json', (j) => (j.timeZone = zone)),
        'edition.json',
        'timeZone',
        new RegExp(`unknown time zone "${zone.replace('+', '\\+')}": must be an IANA name such as Africa/Casablanca`),
      );
  });
  it('is required', () => {
    expectProblem(
      brokenCopy('edition.json', (j) => delete j.timeZone),
      'edition.json',
      'timeZone',
      /expected string/,
    );
  });
});
