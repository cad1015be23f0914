/**
 * The headset's controller and hand models, from our own origin: @react-three/xr would fetch them
 * from a CDN. Serves them at /xr-profiles/ in dev and copies them into the build, from
 * @webxr-input-profiles/assets: only the profiles a Quest visitor needs (Touch Plus controllers of
 * Quest 3 and 3S, and the generic hand), with a profiles list that names only those, so a request
 * for another profile falls back to them (src/modes/xr/session.ts sets the fallback) instead of
 * asking for a file that is not there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The profiles shipped, and their files. */
export const XR_PROFILES: Record<string, string[]> = {
  'meta-quest-touch-plus': ['profile.json', 'left.glb', 'right.glb'],
  'generic-hand': ['profile.json', 'left.glb', 'right.glb'],
};

function profilesDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');
}

/** profilesList.json reduced to the shipped profiles. */
export function profilesList(dir = profilesDir()): string {
  const all = JSON.parse(fs.readFileSync(path.join(dir, 'profilesList.json'), 'utf8')) as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const id of Object.keys(XR_PROFILES)) {
    if (!all[id]) throw new Error(`@webxr-input-profiles/assets: profilesList.json: no profile "${id}"`);
    kept[id] = all[id];
  }
  return JSON.stringify(kept);
}

/** Every shipped file: its path under xr-profiles/ and its bytes. */
export function profileFiles(dir = profilesDir()): Array<{ name: string; source: Buffer | string }> {
  const out: Array<{ name: string; source: Buffer | string }> = [{ name: 'profilesList.json', source: profilesList(dir) }];
  for (const [id, files] of Object.entries(XR_PROFILES))
    for (const f of files) out.push({ name: `${id}/${f}`, source: fs.readFileSync(path.join(dir, id, f)) });
  return out;
}

export default function xrProfiles(): Plugin {
  let files: Map<string, Buffer | string> | null = null;
  const all = () => (files ??= new Map(profileFiles().map((f) => [f.name, f.source])));
  return {
    name: 'jpo-xr-profiles',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/xr-profiles\/(.+)$/.exec((req.url ?? '').split('?')[0] ?? '');
        const source = m ? all().get(m[1]!) : undefined;
        if (!source) return next();
        res.setHeader('Content-Type', m![1]!.endsWith('.glb') ? 'model/gltf-binary' : 'application/json');
        res.end(source);
      });
    },
    generateBundle() {
      for (const [name, source] of all()) this.emitFile({ type: 'asset', fileName: `xr-profiles/${name}`, source });
    },
  };
}
