/**
 * The build served by Debian's nginx with the repository's configuration (deploy/nginx/, included as
 * it is), started on loopback by the test: precompressed brotli and gzip, content types, cache rules,
 * ranges for video, the security headers on every response (304s and 404s included), a real 404 for
 * a missing model or media file, and the sub-path build under /jpo/. Raw HTTP (node:http), so
 * nothing decompresses or follows anything behind the test's back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, securityHeaders } from '../deploy/headers.ts';
import { freePort, ROOT } from '../tools/browser/server.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
const MODULES = '/etc/nginx/modules-enabled';
const DIST = path.resolve(ROOT, process.env.VISIT_DIST || 'dist');
const DIST_SUB = path.resolve(ROOT, process.env.VISIT_DIST_SUB || 'dist-jpo');
const edition = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/editions.json'), 'utf8')).default as string;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

/** One file of the build whose name matches, relative to it. */
function findFile(dir: string, test: RegExp, rel = ''): string | null {
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const p = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      const found = findFile(dir, test, p);
      if (found) return found;
    } else if (test.test(p)) return p;
  }
  return null;
}

const expectSecurity = (r: Reply, what: string) => {
  for (const [name, value] of Object.entries(securityHeaders()))
    expect([what, name, r.headers[name.toLowerCase()]]).toEqual([what, name, value]);
};

let nginx: ChildProcess | undefined;
let tmp = '';
let port = 0;
let subPort = 0;
let log = '';

beforeAll(async () => {
  if (!NGINX || !fs.existsSync(path.join(MODULES, '50-mod-http-brotli-static.conf')))
    throw new Error('nginx with its brotli module is missing: apt-get install nginx libnginx-mod-http-brotli-static');
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`${DIST}/index.html not found: run \`npm run build\``);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'visit-nginx-'));
  fs.chmodSync(tmp, 0o755);
  // The repository's files as a deployer installs them (/etc/nginx/jpo/): linked, not copied.
  fs.symlinkSync(path.join(ROOT, 'deploy/nginx'), path.join(tmp, 'jpo'));
  // Debian's module files name `modules/…` relative to the prefix, /usr/share/nginx there.
  fs.symlinkSync('/usr/lib/nginx/modules', path.join(tmp, 'modules'));
  // The sub-path build sits under /jpo/ of its server's root.
  fs.mkdirSync(path.join(tmp, 'sub'));
  if (fs.existsSync(DIST_SUB)) fs.symlinkSync(DIST_SUB, path.join(tmp, 'sub', 'jpo'));
  [port, subPort] = [await freePort(), await freePort()];
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${tmp}/${t};`).join(' ');
  fs.writeFileSync(
    path.join(tmp, 'nginx.conf'),
    [
      // Workers as root when the test is (CI): nobody could not read the checkout.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${tmp}/nginx.pid;`,
      `error_log ${tmp}/error.log warn;`,
      `include ${MODULES}/*.conf;`,
      'worker_processes 1;',
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  include jpo/types.conf;',
      `  access_log off; ${temp}`,
      `  server { listen 127.0.0.1:${port}; root ${DIST}; include jpo/jpo.conf; }`,
      `  server { listen 127.0.0.1:${subPort}; root ${tmp}/sub; include jpo/jpo.conf; }`,
      '}',
    ].join('\n'),
  );
  nginx = spawn(NGINX, ['-p', tmp, '-c', path.join(tmp, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  nginx.stderr!.on('data', (d) => (log += String(d)));
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await get(port, '/');
      break;
    } catch {
      if (nginx.exitCode !== null || Date.now() > deadline) {
        const errors = path.join(tmp, 'error.log');
        throw new Error(`nginx did not start:\n${log}\n${fs.existsSync(errors) ? fs.readFileSync(errors, 'utf8') : ''}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r));
    nginx.kill('SIGQUIT');
    setTimeout(() => nginx?.kill('SIGKILL'), 3000).unref();
    await exited;
  }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the build served by nginx with deploy/nginx', () => {
  it('serves index.html at /, revalidated, with the security headers and no server version', async () => {
    const r = await get(port, '/');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.headers['cache-control']).toBe(CACHE_REVALIDATE);
    expect(r.body.toString()).toContain('<div id="root">');
    expect(r.headers.server).toBe('nginx');
    expectSecurity(r, 'index.html');
    console.log(
      `GET / (nginx):\n${Object.entries(r.headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\n')}`,
    );
  });

  it('serves the precompressed copies: brotli, then gzip, then the file itself, varying on Accept-Encoding', async () => {
    const js = findFile(DIST, /^assets\/index-[\w-]+\.js$/)!;
    const glb = `models/${edition}/site.glb`;
    for (const file of [js, glb]) {
      const raw = fs.readFileSync(path.join(DIST, file));
      const br = await get(port, `/${file}`, { 'Accept-Encoding': 'br, gzip' });
      expect([file, br.status, br.headers['content-encoding']]).toEqual([file, 200, 'br']);
      expect(br.body.equals(fs.readFileSync(path.join(DIST, `${file}.br`)))).toBe(true);
      expect(br.headers.vary).toBe('Accept-Encoding');
      const gz = await get(port, `/${file}`, { 'Accept-Encoding': 'gzip' });
      expect([file, gz.headers['content-encoding']]).toEqual([file, 'gzip']);
      expect(gz.body.equals(fs.readFileSync(path.join(DIST, `${file}.gz`)))).toBe(true);
      const plain = await get(port, `/${file}`);
      expect([file, plain.headers['content-encoding']]).toEqual([file, undefined]);
      expect(plain.body.equals(raw)).toBe(true);
    }
  });

  it('gives each kind of file its type and cache rule', async () => {
    const cases: Array<[RegExp, string, string]> = [
      [/^assets\/index-[\w-]+\.js$/, 'application/javascript', CACHE_IMMUTABLE],
      [/^assets\/index-[\w-]+\.css$/, 'text/css', CACHE_IMMUTABLE],
      [/\.woff2$/, 'font/woff2', CACHE_IMMUTABLE],
      [/\.glb$/, 'model/gltf-binary', CACHE_REVALIDATE],
      [/\.vtt$/, 'text/vtt', CACHE_REVALIDATE],
      [/\.webm$/, 'video/webm', CACHE_REVALIDATE],
      [/\.jpg$/, 'image/jpeg', CACHE_REVALIDATE],
      [/^sw\.js$/, 'application/javascript', CACHE_REVALIDATE],
      [/^offline-manifest\.json$/, 'application/json', CACHE_REVALIDATE],
    ];
    for (const [pattern, type, cache] of cases) {
      const file = findFile(DIST, pattern);
      expect([pattern.source, file]).not.toEqual([pattern.source, null]);
      const r = await get(port, `/${file}`);
      expect([file, r.status, r.headers['content-type']?.split(';')[0], r.headers['cache-control']]).toEqual([
        file,
        200,
        type,
        cache,
      ]);
      expectSecurity(r, file!);
    }
    // The meshopt decoder's WebAssembly is embedded in the script: no .wasm file to type, checked here
    // so that one appearing gets its type tested.
    const wasm = findFile(DIST, /\.wasm$/);
    if (wasm) expect((await get(port, `/${wasm}`)).headers['content-type']).toBe('application/wasm');
  });

  it('answers a range of a video with 206 and exactly those bytes', async () => {
    const video = findFile(DIST, /\.webm$/)!;
    const r = await get(port, `/${video}`, { Range: 'bytes=0-99', 'Accept-Encoding': 'br, gzip' });
    expect(r.status).toBe(206);
    expect(r.body.byteLength).toBe(100);
    expect(r.headers['content-range']).toBe(`bytes 0-99/${fs.statSync(path.join(DIST, video)).size}`);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.equals(fs.readFileSync(path.join(DIST, video)).subarray(0, 100))).toBe(true);
  });

  it('revalidates: a 304 for an unchanged file, with the security headers', async () => {
    const file = `/models/${edition}/site.glb`;
    const first = await get(port, file);
    const r = await get(port, file, { 'If-None-Match': String(first.headers.etag) });
    expect(r.status).toBe(304);
    expectSecurity(r, '304');
  });

  it('a missing model, media or scene file is a real 404, never the app', async () => {
    for (const file of [
      `/models/${edition}/missing.glb`,
      `/scenes/${edition}/media/x/missing.webm`,
      '/assets/missing.js',
      '/nowhere',
    ]) {
      const r = await get(port, file);
      expect([file, r.status]).toEqual([file, 404]);
      expect(r.body.toString()).not.toContain('<div id="root">');
      expectSecurity(r, `404 ${file}`);
    }
  });

  it('serves the sub-path build under /jpo/ with the same file', async () => {
    if (!fs.existsSync(path.join(DIST_SUB, 'index.html')))
      throw new Error(`${DIST_SUB} not found: run \`npm run build:subpath\``);
    const index = await get(subPort, '/jpo/');
    expect(index.status).toBe(200);
    expect(index.body.toString()).toContain('src="/jpo/assets/');
    const asset = findFile(DIST_SUB, /^assets\/index-[\w-]+\.js$/)!;
    const a = await get(subPort, `/jpo/${asset}`, { 'Accept-Encoding': 'br' });
    expect([a.status, a.headers['content-encoding'], a.headers['cache-control']]).toEqual([200, 'br', CACHE_IMMUTABLE]);
    const m = await get(subPort, `/jpo/models/${edition}/site.glb`);
    expect([m.status, m.headers['content-type']]).toEqual([200, 'model/gltf-binary']);
    expect((await get(subPort, `/models/${edition}/site.glb`)).status).toBe(404);
    expectSecurity(m, 'sub-path');
  });
});
