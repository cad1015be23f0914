/**
 * The web servers' files say what deploy/headers.ts says: nginx's security-headers.conf, the cache
 * rules of jpo.conf and jpo-subpath.conf, the types of types.conf, and the static hosts' `_headers`.
 * A change to the policy in one place fails here until the others follow.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, CONTENT_TYPES, cacheControl, securityHeaders } from '../deploy/headers.ts';
import { ROOT } from '../tools/browser/server.ts';

const read = (f: string) => fs.readFileSync(path.join(ROOT, 'deploy', f), 'utf8');
const noComments = (text: string) => text.replace(/^\s*#.*$/gm, '');

interface NginxHeader {
  value: string;
  always: boolean;
}

/** `add_header Name "value" [always];` lines of an nginx text, as name → value. */
function nginxHeaders(text: string): Record<string, NginxHeader> {
  const out: Record<string, NginxHeader> = {};
  for (const m of noComments(text).matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"(\s+always)?;/g))
    out[m[1]!] = { value: m[2]!, always: Boolean(m[3]) };
  return out;
}

/** The `location … { … }` blocks of an nginx file (none nested in them), and what is left outside. */
function locations(text: string): { blocks: Array<{ where: string; body: string }>; outside: string } {
  const clean = noComments(text);
  const blocks = [...clean.matchAll(/location\s+([^{]+)\{([^}]*)\}/g)].map((m) => ({ where: m[1]!.trim(), body: m[2]! }));
  return { blocks, outside: clean.replace(/location\s+[^{]+\{[^}]*\}/g, '') };
}

/** The path a location's pattern stands for, as cacheControl() reads it (no leading slash). */
const SAMPLE_OF: Record<string, string> = {
  '~ "/assets/[^/]+$"': 'assets/index-a1b2c3.js',
  '~ "^/jpo/assets/[^/]+$"': 'assets/index-a1b2c3.js',
  '~* "\\.(webm|mp4|jpe?g|png|webp|avif)$"': 'scenes/e/media/s/tour.webm',
  '~* "^/jpo/.+\\.(webm|mp4|jpe?g|png|webp|avif)$"': 'scenes/e/media/s/tour.webm',
  '/': 'models/e/site.glb',
};

/** The rules of a `_headers` file: path → headers. */
function hostHeaders(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | null = null;
  for (const line of noComments(text).split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) rules[line.trim()] = current = {};
    else {
      const at = line.indexOf(':');
      current![line.slice(0, at).trim()] = line.slice(at + 1).trim();
    }
  }
  return rules;
}

/** `type ext ext;` lines of nginx `types {}` blocks, as extension → type. */
function nginxTypes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const block of noComments(text).matchAll(/types\s*\{([^}]*)\}/g))
    for (const m of block[1]!.matchAll(/([\w.+-]+\/[\w.+-]+)\s+([^;]+);/g))
      for (const ext of m[2]!.trim().split(/\s+/)) out[ext] = m[1]!;
  return out;
}

/** What each location says: it includes the security headers, and its Cache-Control. */
function expectLocation(where: string, body: string, relPath: string) {
  expect([where, body.includes('include jpo/security-headers.conf;')]).toEqual([where, true]);
  const cache = nginxHeaders(body)['Cache-Control'];
  expect([where, cache?.value]).toEqual([where, cacheControl(relPath)]);
  // The year-long rule only on a file that is there (200, 206, 304: `add_header` without
  // `always`): a 404 for an asset of a release not yet deployed is not kept a year.
  expect([where, cache?.always]).toEqual([where, cache?.value !== CACHE_IMMUTABLE]);
}

describe('the servers carry the headers of deploy/headers.ts', () => {
  it("nginx's security-headers.conf: exactly the security headers, each `always`", () => {
    const text = read('nginx/security-headers.conf');
    const found = nginxHeaders(text);
    expect(Object.fromEntries(Object.entries(found).map(([k, h]) => [k, h.value]))).toEqual(securityHeaders());
    expect(Object.values(found).every((h) => h.always)).toBe(true);
    // Every add_header line was read (none malformed).
    expect(noComments(text).match(/add_header/g)).toHaveLength(Object.keys(securityHeaders()).length);
  });

  it("nginx's jpo.conf: every location repeats the security headers and sets the cache rule of its files", () => {
    const { blocks, outside } = locations(read('nginx/jpo.conf'));
    expect(blocks.map((b) => b.where).sort()).toEqual(
      ['/', '~ "/assets/[^/]+$"', '~* "\\.(webm|mp4|jpe?g|png|webp|avif)$"'].sort(),
    );
    for (const b of blocks) expectLocation(b.where, b.body, SAMPLE_OF[b.where]!);
    // Outside the locations an add_header would be dropped by all of them: none there.
    expect(outside).not.toMatch(/add_header|include jpo\/security/);
    expect(cacheControl('assets/index-a1b2c3.js')).toBe(CACHE_IMMUTABLE);
    expect(cacheControl('index.html')).toBe(CACHE_REVALIDATE);
  });

  it("nginx's jpo-subpath.conf: the same rules inside `location /jpo/`", () => {
    const { blocks, outside } = locations(read('nginx/jpo-subpath.conf'));
    expect(blocks.map((b) => b.where).sort()).toEqual(
      ['~ "^/jpo/assets/[^/]+$"', '~* "^/jpo/.+\\.(webm|mp4|jpe?g|png|webp|avif)$"'].sort(),
    );
    for (const b of blocks) expectLocation(b.where, b.body, SAMPLE_OF[b.where]!);
    // Its own body (the enclosing location's) is the rule for everything else.
    expectLocation('/jpo/', outside, 'index.html');
  });

  it('neither falls back to index.html: a missing file is a 404; both serve the precompressed copies', () => {
    for (const f of ['nginx/jpo.conf', 'nginx/jpo-subpath.conf']) {
      const text = noComments(read(f));
      expect([f, /try_files[^;]*index\.html/.test(text)]).toEqual([f, false]);
      for (const d of ['brotli_static on;', 'gzip_static on;', 'gzip_vary on;', 'gzip off;'])
        expect([f, d, text.includes(d)]).toEqual([f, d, true]);
      // Never a compressed copy of a video or a picture: a range of one would be a range of the copy.
      const media = locations(text).blocks.find((b) => b.where.includes('webm'))!;
      for (const d of ['brotli_static off;', 'gzip_static off;']) expect([f, d, media.body.includes(d)]).toEqual([f, d, true]);
    }
  });

  it("types.conf: the types deploy/headers.ts names, where Debian's mime.types lacks them", () => {
    const added = nginxTypes(read('nginx/types.conf'));
    expect(Object.keys(added).length).toBeGreaterThan(0);
    for (const [ext, type] of Object.entries(added)) expect([ext, type]).toEqual([ext, CONTENT_TYPES[ext]]);
    const debian = '/etc/nginx/mime.types';
    if (!fs.existsSync(debian)) return;
    const all = { ...nginxTypes(fs.readFileSync(debian, 'utf8')), ...added };
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) expect([ext, all[ext]]).toEqual([ext, type]);
  });

  it('_headers: the security headers on every path, the immutable cache on assets/', () => {
    const rules = hostHeaders(read('_headers'));
    expect(rules).toEqual({ '/*': securityHeaders(), '/assets/*': { 'Cache-Control': CACHE_IMMUTABLE } });
  });
});
