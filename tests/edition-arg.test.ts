/**
 * One way to name an edition on every command (tools/edition/resolve.ts): a name under scenes/ or a
 * folder anywhere. Run as a content editor would: a broken copy of the edition outside scenes/, of
 * the same name, is that copy for validate, models and qr; models fails on it, says which folder,
 * and leaves public/models/ as it was; a valid copy builds into its own folder.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditionArgError, requireInScenes, resolveEdition } from '../tools/edition/resolve.ts';
import { PUBLIC_MODELS, ROOT, SCENES } from '../tools/edition/read.ts';

const ID = 'jpo-2024-agadir';
let tmp = '';
let broken = '';
let valid = '';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'tools', script), ...args], {
    cwd: tmp,
    encoding: 'utf8',
  });

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'visit-edition-arg-'));
  for (const [name, where] of [
    ['broken', 'broken'],
    ['valid', 'valid'],
  ] as const) {
    const dest = path.join(tmp, where, ID);
    fs.cpSync(path.join(SCENES, ID), dest, { recursive: true });
    if (name === 'broken') broken = dest;
    else valid = dest;
  }
  const stands = JSON.parse(fs.readFileSync(path.join(broken, 'stands.json'), 'utf8'));
  stands.stands[2].number = 'three';
  fs.writeFileSync(path.join(broken, 'stands.json'), JSON.stringify(stands, null, 2));
  const good = JSON.parse(fs.readFileSync(path.join(valid, 'stands.json'), 'utf8'));
  good.stands[0].name.fr = 'Un titre de brouillon';
  fs.writeFileSync(path.join(valid, 'stands.json'), JSON.stringify(good, null, 2));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The real edition's manifest as it is on disk (time and bytes), to see that a run left it alone. */
const realManifest = () => {
  const file = path.join(PUBLIC_MODELS, ID, 'manifest.json');
  return fs.existsSync(file) ? { mtime: fs.statSync(file).mtimeMs, bytes: fs.readFileSync(file, 'utf8') } : null;
};

describe('naming an edition', () => {
  it('a name is under scenes/; a path, relative or absolute, is that folder', () => {
    expect(resolveEdition(ID)).toEqual({ id: ID, folder: path.join(SCENES, ID), inScenes: true });
    expect(resolveEdition(`scenes/${ID}`, ROOT)).toEqual({ id: ID, folder: path.join(SCENES, ID), inScenes: true });
    expect(resolveEdition(broken)).toEqual({ id: ID, folder: broken, inScenes: false });
    expect(resolveEdition(`./broken/${ID}`, tmp)).toEqual({ id: ID, folder: broken, inScenes: false });
    // A bare name that is a folder where the command runs is that folder.
    expect(resolveEdition(ID, path.join(tmp, 'broken')).folder).toBe(broken);
  });

  it('an unknown name, a missing folder or one without edition.json is an error that says so', () => {
    expect(() => resolveEdition('jpo-1999-nowhere')).toThrow(
      /"jpo-1999-nowhere" is not an edition under scenes\/ \(scenes\/ has: .*jpo-2024-agadir/,
    );
    expect(() => resolveEdition('./nope', tmp)).toThrow(EditionArgError);
    expect(() => resolveEdition('./nope', tmp)).toThrow(/"\.\/nope" is not a folder .*scenes\/ has: .*jpo-2024-agadir/);
    expect(() => resolveEdition(tmp)).toThrow(/holds no edition.json/);
    expect(() => requireInScenes(resolveEdition(broken), 'media')).toThrow(/media runs the built visit/);
  });
});

describe('the commands, on a copy of the edition outside scenes/', () => {
  it('validate names the copy and its broken field', () => {
    const r = run('validate.ts', broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`validate: edition folder ${broken}`);
    expect(r.stderr).toMatch(/stands\.json: stands\[2\]\.number: /);
  });

  it('models refuses the broken copy, says which folder, and leaves public/models/ as it was', () => {
    const before = realManifest();
    const r = run('models.ts', broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`models: edition folder ${broken} → ${path.join(broken, '.build', 'models')}`);
    expect(r.stderr).toMatch(/stands\.json: stands\[2\]\.number: /);
    expect(r.stderr).toContain('nothing written');
    expect(fs.existsSync(path.join(broken, '.build'))).toBe(false);
    expect(realManifest()).toEqual(before);
  });

  it('models builds a valid copy into the folder given with --out, not public/models/', () => {
    const before = realManifest();
    const out = path.join(tmp, 'out');
    const r = run('models.ts', valid, '--out', out);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`models: edition folder ${valid} → ${out}`);
    const built = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { edition: string; files: unknown[] };
    expect(built.edition).toBe(ID);
    expect(built.files.length).toBeGreaterThan(2);
    expect(fs.existsSync(path.join(out, 'site.glb'))).toBe(true);
    expect(fs.existsSync(path.join(valid, '.build'))).toBe(false);
    expect(realManifest()).toEqual(before);
  }, 60_000);

  it('models will not replace a folder that is not an earlier build', () => {
    const other = path.join(tmp, 'other');
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, 'notes.txt'), 'keep me');
    const r = run('models.ts', valid, '--out', other);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`--out ${other} holds files and no manifest.json`);
    expect(fs.readdirSync(other)).toEqual(['notes.txt']);
  });

  it('qr reads the copy it is given', () => {
    const out = path.join(tmp, 'sheet.svg');
    const r = run('qr.ts', '--edition', valid, '--out', out, '--base', 'https://visite.example.ma/');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`qr: edition folder ${valid}`);
    expect(fs.readFileSync(out, 'utf8')).toContain('Un titre de brouillon');
    const bad = run('qr.ts', '--edition', 'jpo-1999-nowhere');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('qr: "jpo-1999-nowhere" is not an edition under scenes/');
  });
});
