/** The build's precompression: a `.br` and a `.gz` beside every listed type, that decode to the original bytes. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles, precompressDir } from '../tools/vite/precompress.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jpo-precompress-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(rel: string, bytes: Uint8Array | string) {
  fs.mkdirSync(path.dirname(path.join(tmp, rel)), { recursive: true });
  fs.writeFileSync(path.join(tmp, rel), bytes);
}

/** Pseudo-random bytes from a fixed seed: incompressible, like a font or a model. */
function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

const FILES: Record<string, Uint8Array | string> = {
  'index.html': '<!doctype html><title>x</title>',
  'assets/app.js': 'export const answer = 42;\n'.repeat(500),
  'assets/app.css': 'body{margin:0}\n'.repeat(100),
  'assets/font.woff2': noise(3000),
  'assets/font.woff': noise(2000, 3),
  'assets/font.ttf': noise(10),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'models/e/manifest.json': '{"files":[]}',
  'models/e/site.glb': noise(50_000, 11),
  'scenes/e/media/intro.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\nBonjour\n',
  'empty.js': '',
  // Not compressed: video and images are already compressed, and other types are not listed.
  'scenes/e/media/intro.webm': noise(500),
  'scenes/e/media/photo.jpg': noise(500),
  'notes.txt': 'hello',
};

describe('precompressDir', () => {
  for (const [rel, bytes] of Object.entries(FILES)) write(rel, bytes);
  const done = precompressDir(tmp);
  const listed = Object.keys(FILES).filter((f) => !/\.(webm|jpg|txt)$/.test(f));

  it('writes a .br and a .gz beside every listed type, small files included, and nothing else', () => {
    expect(done.map((d) => d.file).sort()).toEqual([...listed].sort());
    const expected = [...Object.keys(FILES), ...listed.flatMap((f) => [`${f}.br`, `${f}.gz`])].sort();
    expect(listFiles(tmp)).toEqual(expected);
  });

  it('decompresses to the original bytes', () => {
    for (const rel of listed) {
      const original = fs.readFileSync(path.join(tmp, rel));
      expect(zlib.brotliDecompressSync(fs.readFileSync(path.join(tmp, `${rel}.br`))).equals(original), `${rel}.br`).toBe(true);
      expect(zlib.gunzipSync(fs.readFileSync(path.join(tmp, `${rel}.gz`))).equals(original), `${rel}.gz`).toBe(true);
    }
  });

  it('reports the sizes it wrote, and compresses text', () => {
    for (const d of done) {
      expect(d.brotli, d.file).toBe(fs.statSync(path.join(tmp, `${d.file}.br`)).size);
      expect(d.gzip, d.file).toBe(fs.statSync(path.join(tmp, `${d.file}.gz`)).size);
    }
    const js = done.find((d) => d.file === 'assets/app.js')!;
    expect(js.brotli).toBeLessThan(js.raw / 20);
    expect(js.gzip).toBeLessThan(js.raw / 10);
  });

  it('is deterministic: a second run writes the same bytes', () => {
    const first = new Map(listed.flatMap((f) => [`${f}.br`, `${f}.gz`]).map((f) => [f, fs.readFileSync(path.join(tmp, f))]));
    precompressDir(tmp);
    for (const [f, bytes] of first) expect(fs.readFileSync(path.join(tmp, f)).equals(bytes), f).toBe(true);
    // The second run did not compress its own outputs.
    expect(listFiles(tmp).some((f) => f.endsWith('.br.br') || f.endsWith('.gz.gz') || f.endsWith('.br.gz'))).toBe(false);
  });
});
