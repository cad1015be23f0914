/**
 * Writes `.br` (brotli, quality 11) and `.gz` (gzip, level 9) beside every compressible file of the
 * build output, so a static host or a kiosk CDN can serve them as they are. All listed types are
 * compressed, whatever their size. Deterministic: the same input gives the same bytes (gzip headers
 * carry no time stamp, files are visited in sorted order).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** The file types that get a `.br` and a `.gz` beside them. */
export const PRECOMPRESSED_EXTENSIONS = [
  '.js',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.woff',
  '.woff2',
  '.ttf',
  '.glb',
  '.vtt',
] as const;

export function brotli(bytes: Uint8Array): Buffer {
  return zlib.brotliCompressSync(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
    },
  });
}

export function gzip(bytes: Uint8Array): Buffer {
  return zlib.gzipSync(bytes, { level: 9 });
}

export function isPrecompressed(file: string): boolean {
  return (PRECOMPRESSED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** Every file under `dir`, relative, sorted, with `/` separators. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk('');
  return out.sort();
}

export interface Precompressed {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Compresses every listed type under `dir` in place; returns what it wrote. */
export function precompressDir(dir: string): Precompressed[] {
  const done: Precompressed[] = [];
  for (const file of listFiles(dir).filter(isPrecompressed)) {
    const full = path.join(dir, file);
    const bytes = fs.readFileSync(full);
    const br = brotli(bytes);
    const gz = gzip(bytes);
    fs.writeFileSync(`${full}.br`, br);
    fs.writeFileSync(`${full}.gz`, gz);
    done.push({ file, raw: bytes.byteLength, gzip: gz.byteLength, brotli: br.byteLength });
  }
  return done;
}

export default function precompress(): Plugin {
  return {
    name: 'jpo:precompress',
    apply: 'build',
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options) {
        // Public files are copied before the bundle is written, so the whole output is here.
        if (!options.dir) return;
        const done = precompressDir(options.dir);
        const raw = done.reduce((s, f) => s + f.raw, 0);
        const br = done.reduce((s, f) => s + f.brotli, 0);
        this.info(`precompressed ${done.length} files: ${raw} B → ${br} B brotli (.br and .gz written beside each)`);
      },
    },
  };
}
