/**
 * What the build ships for the headset, read from the built files (`npm run build` runs before the
 * unit tests in `npm test`; VISIT_DIST picks another build): no WebXR emulator in any file, the
 * headset's code in a chunk of its own that the first download does not import, and only the
 * controller and hand profiles a Quest visitor needs, from our origin.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { XR_PROFILES } from '../tools/vite/xrProfiles.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');
const ASSETS = path.join(DIST, 'assets');
const built = fs.existsSync(ASSETS);
const js = built ? fs.readdirSync(ASSETS).filter((f) => f.endsWith('.js')) : [];
const read = (f: string) => fs.readFileSync(path.join(ASSETS, f), 'utf8');

/**
 * Strings only the emulator has, that survive minifying (method names and literals): iwer's install
 * calls, its dev UI and its room scans' names. (The library's store names 'metaQuest3' as the default
 * of an option it never uses here: that string alone proves nothing.)
 */
const EMULATOR_MARKERS = ['installRuntime', 'installDevUI', 'installSEM', 'loadDefaultEnvironment', 'office_small', 'XRDevice'];
/** A string only @react-three/xr has. */
const XR_MARKER = 'XR features can only be used inside the <XR> component';

describe.skipIf(!built)('the headset in the build', () => {
  it('ships no WebXR emulator', () => {
    expect(js.length).toBeGreaterThan(3);
    const found = js.flatMap((f) => EMULATOR_MARKERS.filter((m) => read(f).includes(m)).map((m) => `${f}: ${m}`));
    expect(found).toEqual([]);
  });

  it('keeps @react-three/xr out of the first download', () => {
    const withXr = js.filter((f) => read(f).includes(XR_MARKER));
    expect(withXr).toHaveLength(1);
    const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
    // Neither the entry nor what it preloads is the headset's chunk.
    expect(html).not.toContain(withXr[0]);
    for (const m of html.matchAll(/assets\/([\w.-]+\.js)/g)) expect(read(m[1]!)).not.toContain(XR_MARKER);
  });

  it('ships only the profiles it names, with a list that names only them', () => {
    const dir = path.join(DIST, 'xr-profiles');
    const ids = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(ids).toEqual(Object.keys(XR_PROFILES).sort());
    const list = JSON.parse(fs.readFileSync(path.join(dir, 'profilesList.json'), 'utf8')) as Record<string, { path: string }>;
    expect(Object.keys(list).sort()).toEqual(ids);
    for (const [id, files] of Object.entries(XR_PROFILES))
      for (const f of files) expect(fs.existsSync(path.join(dir, id, f))).toBe(true);
  });
});
