/**
 * What each offline profile stores (src/sw/sw.ts, tools/vite/offlineManifest.ts): the files every
 * visitor's service worker precaches (the first frame's) and the kiosk's whole list, raw and as
 * transferred: brotli q11 where the build writes a .br beside the file, raw otherwise (video, images).
 */
import fs from 'node:fs';
import path from 'node:path';
import { OFFLINE_MANIFEST, type OfflineFile, type OfflineManifest } from '../../../src/sw/contract.ts';
import { isPrecompressed } from '../../vite/precompress.ts';
import { overMark, table } from '../report/format.ts';
import { fileSizes, kB } from './bytes.ts';

export interface ProfileBytes {
  files: number;
  raw: number;
  /** Brotli where a .br exists, raw otherwise. */
  transferred: number;
}

export interface PrecacheBytes {
  public: ProfileBytes;
  kiosk: ProfileBytes;
}

export function readOfflineManifest(dist: string): OfflineManifest {
  return JSON.parse(fs.readFileSync(path.join(dist, OFFLINE_MANIFEST), 'utf8')) as OfflineManifest;
}

function sum(dist: string, files: OfflineFile[]): ProfileBytes {
  let transferred = 0;
  for (const f of files) transferred += isPrecompressed(f.url) ? fileSizes(dist, f.url).brotli : f.bytes;
  return { files: files.length, raw: files.reduce((s, f) => s + f.bytes, 0), transferred };
}

/** Bytes each profile precaches, from the build's offline manifest. */
export function precacheBytes(dist: string, manifest = readOfflineManifest(dist)): PrecacheBytes {
  return {
    public: sum(
      dist,
      manifest.files.filter((f) => f.firstFrame),
    ),
    kiosk: sum(dist, manifest.files),
  };
}

/** The report's section; `criticalBrotli` is what the first frame received before ready (brotli). */
export function precacheSection(p: PrecacheBytes, criticalBrotli: number): string {
  const ratio =
    criticalBrotli > 0
      ? ` (${((p.public.transferred / criticalBrotli - 1) * 100).toFixed(1)}% over the critical path's ${kB(criticalBrotli)})`
      : '';
  return `## Offline: what each profile precaches

The service worker precaches, for every visitor, only the files the first frame waits for, and keeps the rest as it is fetched; a kiosk (\`?kiosk=<id>\`) fetches every file of \`${OFFLINE_MANIFEST}\` into its own cache. Transferred: brotli q11 where the build writes a \`.br\`, raw otherwise (video, images).

${table(
  ['Profile', 'files', 'raw', 'transferred'],
  [
    [
      'Public visitor (first frame)',
      String(p.public.files),
      kB(p.public.raw),
      `**${kB(p.public.transferred)}**${overMark('publicPrecacheBrotli', p.public.transferred)}`,
    ],
    ['Kiosk (whole default edition)', String(p.kiosk.files), kB(p.kiosk.raw), kB(p.kiosk.transferred)],
  ],
)}

Public precache${ratio}.`;
}
