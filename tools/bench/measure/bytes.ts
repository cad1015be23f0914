/**
 * Byte accounting of the production build, shared by `npm run bench` and the budget tests: sizes
 * raw, gzip (level 9) and brotli (quality 11) of the files in dist/, computed in memory with the
 * same settings as the build's precompression, and what the page received before it was ready.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { brotli, gzip, listFiles, type Precompressed } from '../../vite/precompress.ts';
import { KB } from '../budgets.ts';
import { SHARE_FILES } from '../../vite/sharePages.ts';

export const VIDEO = /\.(webm|mp4|vtt)$/i;
/** Precompressed copies written by the build beside the originals: not files of their own. */
const ENCODED_COPY = /\.(br|gz)$/i;

/** Sizes of one file, its path relative to dist/ with `/`: what the build's precompression reports. */
export type FileSizes = Precompressed;

const cache = new Map<string, FileSizes>();

/** Raw, gzip and brotli sizes of one file of dist/ (cached by path, size and modification time). */
export function fileSizes(dist: string, file: string): FileSizes {
  const full = path.join(dist, file);
  const stat = fs.statSync(full);
  const key = `${full}:${stat.size}:${stat.mtimeMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const bytes = fs.readFileSync(full);
  const sizes = { file, raw: bytes.byteLength, gzip: gzip(bytes).byteLength, brotli: brotli(bytes).byteLength };
  cache.set(key, sizes);
  return sizes;
}

/** The files of dist/ a browser may ask for (not the .br/.gz copies), sorted. */
export function distFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => !ENCODED_COPY.test(f));
}

export type Kind = 'html' | 'js' | 'css' | 'font' | 'model' | 'scene data' | 'video' | 'image' | 'other';

export function kindOf(file: string): Kind {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (['.woff', '.woff2', '.ttf', '.otf'].includes(ext)) return 'font';
  if (ext === '.glb' || ext === '.gltf' || /^models\/.*manifest\.json$/.test(file)) return 'model';
  if (ext === '.json') return 'scene data';
  if (VIDEO.test(file)) return 'video';
  if (['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg', '.ico', '.gif'].includes(ext)) return 'image';
  return 'other';
}

export interface Totals {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

export function total(list: FileSizes[]): Totals {
  return list.reduce((t, f) => ({ files: t.files + 1, raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), {
    files: 0,
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
}

/** Every file of dist/ with its sizes and kind. */
export function distInventory(dist: string): Array<FileSizes & { kind: Kind }> {
  return distFiles(dist).map((f) => ({ ...fileSizes(dist, f), kind: kindOf(f) }));
}

/**
 * The whole visit without video: every file of dist/ but .webm, .mp4 and .vtt, and the pages to
 * share with the sitemap (a visitor lands from one of them at most; crawlers read the rest).
 */
export function wholeVisitWithoutVideo(dist: string): Totals {
  return total(
    distFiles(dist)
      .filter((f) => !VIDEO.test(f) && !SHARE_FILES.test(f))
      .map((f) => fileSizes(dist, f)),
  );
}

/** The file of dist/ a same-origin URL is served from, or null when there is none. */
export function distFileForUrl(dist: string, url: string): string | null {
  const u = new URL(url);
  let rel = decodeURIComponent(u.pathname).replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  if (rel.split('/').includes('..')) return null;
  const full = path.join(dist, rel);
  if (fs.existsSync(full) && fs.statSync(full).isFile()) return rel;
  // vite preview falls back to index.html for unknown paths without an extension (SPA).
  if (!path.extname(rel) && fs.existsSync(path.join(dist, 'index.html'))) return 'index.html';
  return null;
}

export interface LoadedResource {
  url: string;
  /** Milliseconds since navigation start. */
  start: number;
  end: number;
  /** Body bytes as transferred (after HTTP compression) and as decoded; 0 when the browser hides them. */
  encoded: number;
  decoded: number;
  initiatorType: string;
}

/** The document and every resource the page loaded so far, from Navigation and Resource Timing. */
export async function loadedResources(page: Page): Promise<LoadedResource[]> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return [...nav, ...res].map((e) => ({
      url: e.name,
      start: e.startTime,
      end: e.responseEnd,
      encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
      initiatorType: e.initiatorType,
    }));
  });
}

export interface CriticalFile extends FileSizes, Omit<LoadedResource, 'initiatorType'> {
  kind: Kind;
}

export interface CriticalPath {
  readyAt: number;
  /** Responses completed before ready, matched to their file in dist/. */
  files: CriticalFile[];
  /** Same-origin responses before ready that are not a file of dist/ (should be none). */
  unmatched: string[];
  totals: Totals;
  /** JavaScript requested (started) before ready. */
  js: Totals;
}

/** What the first walkable frame needed: every response completed before ready, sized from dist/. */
export function criticalPath(dist: string, resources: LoadedResource[], readyAt: number, origin: string): CriticalPath {
  const files: CriticalFile[] = [];
  const unmatched: string[] = [];
  const jsFiles: FileSizes[] = [];
  for (const r of resources) {
    if (!r.url.startsWith(origin)) continue;
    const file = distFileForUrl(dist, r.url);
    if (r.start <= readyAt && file && kindOf(file) === 'js' && !jsFiles.some((f) => f.file === file))
      jsFiles.push(fileSizes(dist, file));
    if (r.end > readyAt) continue;
    if (!file) {
      unmatched.push(r.url);
      continue;
    }
    files.push({
      ...fileSizes(dist, file),
      url: r.url,
      kind: kindOf(file),
      start: r.start,
      end: r.end,
      encoded: r.encoded,
      decoded: r.decoded,
    });
  }
  files.sort((a, b) => a.start - b.start || a.file.localeCompare(b.file));
  return { readyAt, files, unmatched, totals: total(files), js: total(jsFiles) };
}

/** "1,234.5 kB" style, 1 kB = 1000 B. */
export function kB(bytes: number): string {
  return `${(bytes / KB).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kB`;
}
