/** The offline manifest (tools/vite/offlineManifest.ts) and the precache bytes the bench reports, on a small made-up build. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import offlineManifest, { buildOfflineManifest, firstFrameFiles, type BundleItem } from '../tools/vite/offlineManifest.ts';
import { precacheBytes } from '../tools/bench/measure/precache.ts';
import { brotli } from '../tools/vite/precompress.ts';

const ED = 'jpo-test';
const css = [
  '@font-face{src:url(/assets/plex-latin-400-normal-AAAAAAAA.woff2) format("woff2"),url(/assets/plex-latin-400-normal-BBBBBBBB.woff) format("woff")}',
  '@font-face{src:url(/assets/plex-latin-ext-400-normal-CCCCCCCC.woff2) format("woff2")}',
  '@font-face{src:url(/assets/plex-arabic-600-normal-DDDDDDDD.woff2) format("woff2")}',
  '@font-face{src:url(/assets/plex-arabic-400-normal-EEEEEEEE.woff2) format("woff2")}',
].join('');

const chunk = (fileName: string, imports: string[] = [], importedCss: string[] = [], isEntry = false): BundleItem => ({
  type: 'chunk',
  fileName,
  isEntry,
  imports,
  viteMetadata: { importedCss: new Set(importedCss) },
});
const asset = (fileName: string, originalFileNames: string[] = [], source: string = 'x'): BundleItem => ({
  type: 'asset',
  fileName,
  originalFileNames,
  source,
});

const bundle: Record<string, BundleItem> = Object.fromEntries(
  [
    chunk(
      'assets/index-11111111.js',
      ['assets/engine-22222222.js', 'assets/runtime-33333333.js'],
      ['assets/index-44444444.css'],
      true,
    ),
    chunk('assets/engine-22222222.js', ['assets/runtime-33333333.js']),
    chunk('assets/runtime-33333333.js'),
    // Loaded on demand: not the first frame's.
    chunk('assets/StandPanel-55555555.js', ['assets/engine-22222222.js'], ['assets/panel-66666666.css']),
    asset('assets/panel-66666666.css'),
    asset('assets/index-44444444.css', [], css),
    ...[
      'plex-latin-400-normal-AAAAAAAA.woff2',
      'plex-latin-400-normal-BBBBBBBB.woff',
      'plex-latin-ext-400-normal-CCCCCCCC.woff2',
      'plex-arabic-600-normal-DDDDDDDD.woff2',
      'plex-arabic-400-normal-EEEEEEEE.woff2',
    ].map((f) => asset(`assets/${f}`, [`node_modules/@fontsource/x/files/${f}`])),
    asset('assets/site-77777777.json', [`scenes/${ED}/site.json`]),
    asset('assets/stands-88888888.json', [`scenes/${ED}/stands.json`]),
    asset('assets/tours-99999999.json', [`scenes/${ED}/tours.json`]),
    asset('assets/site-00000000.json', ['scenes/other-edition/site.json']),
  ].map((i) => [i.fileName, i]),
);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-manifest-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes the bundle's files, the public folder's and the extras a build holds into a folder. */
function writeBuild(dir: string, skip: string[] = []): void {
  const files = [
    ...Object.keys(bundle),
    'index.html',
    'favicon.svg',
    'sw.js',
    'offline-manifest.json',
    `models/${ED}/manifest.json`,
    `models/${ED}/site.glb`,
    `models/${ED}/stands.glb`,
    `models/${ED}/collision.glb`,
    `models/${ED}/detail-hall.glb`,
    `models/other-edition/site.glb`,
    `scenes/${ED}/media/stand/tour.webm`,
    `scenes/${ED}/media/stand/tour.fr.vtt`,
    `scenes/other-edition/media/stand/tour.webm`,
  ];
  for (const f of files) {
    if (skip.includes(f)) continue;
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), `${f} `.repeat(50));
  }
  fs.writeFileSync(path.join(dir, 'assets/index-11111111.js.br'), 'encoded');
  fs.writeFileSync(path.join(dir, 'index.html.gz'), 'encoded');
}

const originals = new Map(
  Object.values(bundle).flatMap((i) => (i.type === 'asset' ? [[i.fileName, i.originalFileNames ?? []]] : [])),
);

describe('the first frame’s files', () => {
  const first = firstFrameFiles(bundle, ED);

  it('are the entry, its static imports and CSS, the first paint’s fonts, the scene data and the critical models', () => {
    expect([...first].sort()).toEqual(
      [
        'index.html',
        'favicon.svg',
        'assets/index-11111111.js',
        'assets/engine-22222222.js',
        'assets/runtime-33333333.js',
        'assets/index-44444444.css',
        'assets/plex-latin-400-normal-AAAAAAAA.woff2',
        'assets/plex-arabic-600-normal-DDDDDDDD.woff2',
        'assets/site-77777777.json',
        'assets/stands-88888888.json',
        `models/${ED}/manifest.json`,
        `models/${ED}/site.glb`,
        `models/${ED}/stands.glb`,
        `models/${ED}/collision.glb`,
      ].sort(),
    );
  });

  it('leave out lazy chunks, .woff fallbacks, other subsets, optional scene files and other editions', () => {
    for (const f of [
      'assets/StandPanel-55555555.js',
      'assets/panel-66666666.css',
      'assets/plex-latin-400-normal-BBBBBBBB.woff',
      'assets/plex-latin-ext-400-normal-CCCCCCCC.woff2',
      'assets/plex-arabic-400-normal-EEEEEEEE.woff2',
      'assets/tours-99999999.json',
      'assets/site-00000000.json',
    ])
      expect(first.has(f), f).toBe(false);
  });
});

describe('the offline manifest of a build', () => {
  const dir = path.join(tmp, 'build');
  writeBuild(dir);
  const first = firstFrameFiles(bundle, ED);
  const m = buildOfflineManifest(dir, ED, first, originals);
  const urls = m.files.map((f) => f.url);

  it('lists every file of the edition once, with its size and the hash of its content', () => {
    for (const f of ['assets/StandPanel-55555555.js', `models/${ED}/detail-hall.glb`, `scenes/${ED}/media/stand/tour.webm`])
      expect(urls).toContain(f);
    const webm = m.files.find((f) => f.url === `scenes/${ED}/media/stand/tour.webm`)!;
    const bytes = fs.readFileSync(path.join(dir, webm.url));
    expect(webm.bytes).toBe(bytes.byteLength);
    expect(webm.revision).toBe(crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16));
    expect(m.bytes).toBe(m.files.reduce((s, f) => s + f.bytes, 0));
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('leaves out encoded copies, the worker, itself and other editions', () => {
    for (const f of urls) expect(f).not.toMatch(/\.(br|gz)$|^sw\.js$|^offline-manifest\.json$|other-edition/);
    expect(urls).not.toContain('assets/site-00000000.json');
  });

  it('marks exactly the first frame’s files', () => {
    expect(
      m.files
        .filter((f) => f.firstFrame)
        .map((f) => f.url)
        .sort(),
    ).toEqual([...first].sort());
  });

  it('changes its build hash when any file changes', () => {
    fs.appendFileSync(path.join(dir, `models/${ED}/detail-hall.glb`), '!');
    expect(buildOfflineManifest(dir, ED, first, originals).build).not.toBe(m.build);
  });

  it('fails the build when a first-frame file is missing', () => {
    const broken = path.join(tmp, 'broken');
    writeBuild(broken, [`models/${ED}/collision.glb`]);
    expect(() => buildOfflineManifest(broken, ED, first, originals)).toThrow(/collision\.glb/);
  });
});

describe('the worker’s precache list', () => {
  it('keeps only the first frame’s files of what workbox globbed, and fails when one is missing', async () => {
    const { plugin, onlyFirstFrame } = offlineManifest(ED);
    const generate = plugin.generateBundle as unknown as (o: unknown, b: unknown) => void;
    generate.call({}, {}, bundle);
    const entry = (url: string) => ({ url, revision: null, size: 1 });
    const globbed = [...firstFrameFiles(bundle, ED), 'assets/StandPanel-55555555.js', `models/${ED}/detail-hall.glb`].map(entry);
    const { manifest } = await onlyFirstFrame(globbed);
    expect(manifest.map((e) => e.url).sort()).toEqual([...firstFrameFiles(bundle, ED)].sort());
    await expect(async () => onlyFirstFrame(globbed.filter((e) => e.url !== 'index.html'))).rejects.toThrow(/index\.html/);
  });
});

describe('the bytes each profile precaches', () => {
  it('counts brotli for compressible files and raw bytes for video', () => {
    const dir = path.join(tmp, 'bytes');
    writeBuild(dir);
    const m = buildOfflineManifest(dir, ED, firstFrameFiles(bundle, ED), originals);
    const p = precacheBytes(dir, m);
    const first = m.files.filter((f) => f.firstFrame);
    expect(p.public.files).toBe(first.length);
    expect(p.public.raw).toBe(first.reduce((s, f) => s + f.bytes, 0));
    expect(p.kiosk.files).toBe(m.files.length);
    expect(p.kiosk.raw).toBe(m.bytes);
    const webm = m.files.find((f) => f.url.endsWith('.webm'))!;
    const compressible = m.files.filter((f) => !f.url.endsWith('.webm'));
    const expected = webm.bytes + compressible.reduce((s, f) => s + brotli(fs.readFileSync(path.join(dir, f.url))).byteLength, 0);
    expect(p.kiosk.transferred).toBe(expected);
    expect(p.public.transferred).toBeLessThan(p.public.raw);
  });
});
