/**
 * The build served by Debian's nginx with the repository's configuration (deploy/nginx/, included as
 * it is), started on loopback by the test: precompressed brotli and gzip, content types, the cache
 * rule of deploy/headers.ts for every kind of file, ranges for video, the security headers on every
 * response (304s and 404s included), a real 404 for a missing model or media file, share pages, and
 * the sub-path build under /jpo/ (jpo-subpath.conf beside a site's own root, and jpo.conf alone).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, CONTENT_TYPES, cacheControl, securityHeaders } from '../deploy/headers.ts';
import { ROOT } from '../tools/browser/server.ts';
import { buildFiles, get, startNginx, type Nginx, type Reply } from './nginx-server.ts';

const DIST = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');
const DIST_SUB = path.resolve(ROOT, process.env.VISIT_DIST_SUB || 'dist-jpo');
const HAS_SUB = fs.existsSync(path.join(DIST_SUB, 'index.html'));
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;
const APP = '<div id="root">';

if (!HAS_SUB) console.warn(`deploy-nginx: ${DIST_SUB} not built (npm run build:subpath): the sub-path checks are skipped`);

const expectSecurity = (r: Reply, what: string) => {
  for (const [name, value] of Object.entries(securityHeaders()))
    expect([what, name, r.headers[name.toLowerCase()]]).toEqual([what, name, value]);
};

const find = (files: string[], test: RegExp) => {
  const found = files.find((f) => test.test(f));
  expect([test.source, found]).not.toEqual([test.source, undefined]);
  return found!;
};

let nginx: Nginx | undefined;
let files: string[] = [];
let port = 0;
/** The sub-path build: through jpo-subpath.conf beside a site's own root, and through jpo.conf. */
let aliasPort = 0;
let rootPort = 0;

beforeAll(async () => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: run \`npm run build\``);
  files = buildFiles(DIST);
  nginx = await startNginx((dir) => {
    fs.mkdirSync(path.join(dir, 'site'));
    fs.writeFileSync(path.join(dir, 'site/index.html'), '<p>the site</p>');
    fs.mkdirSync(path.join(dir, 'sub'));
    if (HAS_SUB) fs.symlinkSync(DIST_SUB, path.join(dir, 'sub/jpo'));
    return [
      `root ${DIST}; include jpo/jpo.conf;`,
      // As jpo-subpath.conf's header says to write it, in a site that has its own root.
      `root ${dir}/site; location = /jpo { return 301 /jpo/; } location /jpo/ { alias ${DIST_SUB}/; include jpo/jpo-subpath.conf; }`,
      `root ${dir}/sub; include jpo/jpo.conf;`,
    ];
  });
  [port, aliasPort, rootPort] = nginx.ports as [number, number, number];
});

afterAll(async () => {
  await nginx?.stop();
});

describe('the build served by nginx with deploy/nginx', () => {
  it('serves index.html at /, revalidated, with the security headers and no server version', async () => {
    const r = await get(port, '/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe(CACHE_REVALIDATE);
    expect(r.body.toString()).toContain(APP);
    expect(r.headers.server).toBe('nginx');
    expectSecurity(r, 'index.html');
  });

  it('serves the precompressed copies: brotli, then gzip, then the file itself, varying on Accept-Encoding', async () => {
    const js = find(files, /^assets\/index-[\w-]+\.js$/);
    for (const file of [js, `models/${edition}/site.glb`, 'index.html']) {
      const raw = fs.readFileSync(path.join(DIST, file));
      const br = await get(port, `/${file}`, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect([file, br.status, br.headers['content-encoding'], br.headers.vary]).toEqual([file, 200, 'br', 'Accept-Encoding']);
      expect(br.body.equals(fs.readFileSync(path.join(DIST, `${file}.br`)))).toBe(true);
      const gz = await get(port, `/${file}`, { 'Accept-Encoding': 'gzip' });
      expect([file, gz.headers['content-encoding'], gz.headers.vary]).toEqual([file, 'gzip', 'Accept-Encoding']);
      expect(gz.body.equals(fs.readFileSync(path.join(DIST, `${file}.gz`)))).toBe(true);
      const plain = await get(port, `/${file}`);
      expect([file, plain.headers['content-encoding'], plain.headers.vary]).toEqual([file, undefined, 'Accept-Encoding']);
      expect(plain.body.equals(raw)).toBe(true);
    }
  });

  it("gives every kind of file (folder and extension) its type and deploy/headers.ts's cache rule", async () => {
    const kinds = new Map<string, string>();
    for (const f of files) {
      const kind = `${f.includes('/') ? f.split('/')[0] : ''} ${path.extname(f)}`;
      if (!kinds.has(kind)) kinds.set(kind, f);
    }
    expect(kinds.size).toBeGreaterThan(10);
    for (const file of kinds.values()) {
      const r = await get(port, `/${file}`, { 'Accept-Encoding': 'br' });
      const type = CONTENT_TYPES[path.extname(file).slice(1)];
      const hasBr = fs.existsSync(path.join(DIST, `${file}.br`));
      expect([file, r.status, r.headers['cache-control'], r.headers['content-encoding']]).toEqual([
        file,
        200,
        cacheControl(file),
        hasBr ? 'br' : undefined,
      ]);
      if (type) expect([file, r.headers['content-type']?.split(';')[0]]).toEqual([file, type]);
      expectSecurity(r, file);
    }
    // The kinds the visit depends on are among them.
    for (const [pattern, type, cache] of [
      [/^assets\/index-[\w-]+\.js$/, 'application/javascript', CACHE_IMMUTABLE],
      [/^assets\/index-[\w-]+\.css$/, 'text/css', CACHE_IMMUTABLE],
      [/\.woff2$/, 'font/woff2', CACHE_IMMUTABLE],
      [/\.glb$/, 'model/gltf-binary', CACHE_REVALIDATE],
      [/\.vtt$/, 'text/vtt', CACHE_REVALIDATE],
      [/\.webm$/, 'video/webm', CACHE_REVALIDATE],
      [/\.jpg$/, 'image/jpeg', CACHE_REVALIDATE],
      [/^sw\.js$/, 'application/javascript', CACHE_REVALIDATE],
      [/^offline-manifest\.json$/, 'application/json', CACHE_REVALIDATE],
    ] as const) {
      const file = find(files, pattern);
      const r = await get(port, `/${file}`);
      expect([file, r.headers['content-type']?.split(';')[0], r.headers['cache-control']]).toEqual([file, type, cache]);
    }
    // The meshopt decoder's WebAssembly is embedded in the script: no .wasm file to type, checked here
    // so that one appearing gets its type tested.
    const wasm = files.find((f) => f.endsWith('.wasm'));
    if (wasm) expect((await get(port, `/${wasm}`)).headers['content-type']).toBe('application/wasm');
  });

  it('answers a range of a video with 206 and exactly those bytes, never a compressed copy', async () => {
    const video = find(files, /\.webm$/);
    const r = await get(port, `/${video}`, { Range: 'bytes=0-99', 'Accept-Encoding': 'br, gzip' });
    expect(r.status).toBe(206);
    expect(r.body.byteLength).toBe(100);
    expect(r.headers['content-range']).toBe(`bytes 0-99/${fs.statSync(path.join(DIST, video)).size}`);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(fs.readFileSync(path.join(DIST, video)).subarray(0, 100))).toBe(true);
    expectSecurity(r, '206');
  });

  it('revalidates: a 304 for an unchanged file (by ETag and by date), with the security headers', async () => {
    for (const file of [`/models/${edition}/site.glb`, '/index.html', `/${find(files, /^assets\/index-[\w-]+\.js$/)}`]) {
      const first = await get(port, file, { 'Accept-Encoding': 'br' });
      const byTag = await get(port, file, { 'Accept-Encoding': 'br', 'If-None-Match': String(first.headers.etag) });
      // The date of the copy that was sent (the .br's): nginx compares it exactly.
      const byDate = await get(port, file, {
        'Accept-Encoding': 'br',
        'If-Modified-Since': String(first.headers['last-modified']),
      });
      for (const r of [byTag, byDate]) {
        expect([file, r.status, r.body.byteLength, r.headers['cache-control']]).toEqual([
          file,
          304,
          0,
          cacheControl(file.slice(1)),
        ]);
        expectSecurity(r, `304 ${file}`);
      }
    }
  });

  it('a missing model, media, scene or asset file is a real 404, never the app, never kept a year', async () => {
    for (const file of [
      `/models/${edition}/missing.glb`,
      `/scenes/${edition}/media/x/missing.webm`,
      `/scenes/${edition}/missing.json`,
      '/assets/index-missing.js',
      '/fr/stands/missing/',
      '/nowhere',
    ]) {
      const r = await get(port, file, { 'Accept-Encoding': 'br, gzip' });
      expect([file, r.status, r.headers['content-type']]).toEqual([file, 404, 'text/html; charset=utf-8']);
      expect([file, r.body.toString().includes(APP)]).toEqual([file, false]);
      expect([file, r.headers['cache-control']]).not.toEqual([file, CACHE_IMMUTABLE]);
      expectSecurity(r, `404 ${file}`);
    }
  });

  it('serves a share page from its folder, and sends a request without the final slash there', async () => {
    const page = find(files, /^fr\/stands\/[^/]+\/index\.html$/);
    const folder = `/${page.replace(/index\.html$/, '')}`;
    const r = await get(port, folder);
    expect([r.status, r.headers['content-type'], r.headers['cache-control']]).toEqual([
      200,
      'text/html; charset=utf-8',
      CACHE_REVALIDATE,
    ]);
    expect(r.body.equals(fs.readFileSync(path.join(DIST, page)))).toBe(true);
    const bare = await get(port, folder.slice(0, -1));
    expect([bare.status, bare.headers.location]).toEqual([301, folder]);
    expectSecurity(bare, '301');
  });
});

describe.skipIf(!HAS_SUB)(`the sub-path build (${path.relative(ROOT, DIST_SUB)}) under /jpo/`, () => {
  const sub = buildFiles(HAS_SUB ? DIST_SUB : DIST);

  it.each([
    ['jpo-subpath.conf, beside a site', () => aliasPort],
    ['jpo.conf, the build as jpo/ under the root', () => rootPort],
  ])('%s', async (_, at) => {
    const p = at();
    const index = await get(p, '/jpo/', { 'Accept-Encoding': 'br' });
    expect([index.status, index.headers['content-encoding'], index.headers['cache-control']]).toEqual([
      200,
      'br',
      CACHE_REVALIDATE,
    ]);
    expect(fs.readFileSync(path.join(DIST_SUB, 'index.html'), 'utf8')).toContain('src="/jpo/assets/');
    const asset = find(sub, /^assets\/index-[\w-]+\.js$/);
    const a = await get(p, `/jpo/${asset}`, { 'Accept-Encoding': 'br' });
    expect([a.status, a.headers['content-encoding'], a.headers['cache-control']]).toEqual([200, 'br', CACHE_IMMUTABLE]);
    expectSecurity(a, 'sub-path asset');
    const m = await get(p, `/jpo/models/${edition}/site.glb`, { 'Accept-Encoding': 'gzip' });
    expect([m.status, m.headers['content-type'], m.headers['content-encoding'], m.headers['cache-control']]).toEqual([
      200,
      'model/gltf-binary',
      'gzip',
      CACHE_REVALIDATE,
    ]);
    const video = find(sub, /\.webm$/);
    const v = await get(p, `/jpo/${video}`, { Range: 'bytes=0-99', 'Accept-Encoding': 'br' });
    expect([v.status, v.body.byteLength, v.headers['content-encoding']]).toEqual([206, 100, undefined]);
    const page = find(sub, /^fr\/stands\/[^/]+\/index\.html$/);
    const share = await get(p, `/jpo/${page.replace(/index\.html$/, '')}`);
    expect([share.status, share.body.equals(fs.readFileSync(path.join(DIST_SUB, page)))]).toEqual([200, true]);
    for (const missing of [`/jpo/models/${edition}/missing.glb`, '/jpo/assets/index-missing.js']) {
      const r = await get(p, missing);
      expect([missing, r.status, r.body.toString().includes(APP)]).toEqual([missing, 404, false]);
      expect([missing, r.headers['cache-control']]).not.toEqual([missing, CACHE_IMMUTABLE]);
      expectSecurity(r, `404 ${missing}`);
    }
    // Outside /jpo/ nothing of the build (there, the site's own 404).
    expect((await get(p, `/models/${edition}/site.glb`)).status).toBe(404);
  });

  it("leaves the site's own paths to it, and sends /jpo to /jpo/", async () => {
    expect((await get(aliasPort, '/')).body.toString()).toBe('<p>the site</p>');
    const bare = await get(aliasPort, '/jpo');
    expect([bare.status, bare.headers.location?.replace(/^http:\/\/[^/]+/, '')]).toEqual([301, '/jpo/']);
  });
});
