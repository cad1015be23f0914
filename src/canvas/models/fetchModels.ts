/**
 * Downloads an edition's models with progress that tells the truth: the manifest written by the
 * pipeline gives every file's size, and progress counts the bytes actually received. It reaches 1
 * when the last byte is in, not before.
 *
 * Speed: the first frame's files have fixed names (`src/edition/modelFiles.ts`), so they are requested
 * together with the manifest, not after it; and `loadModels` may be started before React renders
 * (main.tsx), so the download runs while the page builds its canvas instead of after.
 */
import { CRITICAL_ROLES, criticalFile, MANIFEST_FILE, type CriticalRole } from '../../edition/modelFiles.ts';

export type { CriticalRole };
export interface ManifestFile {
  name: string;
  bytes: number;
  /** site, stands and collision make the first walkable frame; details stream in later. */
  role: 'site' | 'stands' | 'collision' | 'detail';
  /** For a detail file: the zone it details. */
  zone?: string;
}

export interface Manifest {
  edition: string;
  files: ManifestFile[];
  totalBytes: number;
}

export type Progress = (loaded: number, total: number) => void;

async function readAll(response: Response, onBytes: (n: number) => void): Promise<ArrayBuffer> {
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    onBytes(buffer.byteLength);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    onBytes(value.byteLength);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out.buffer;
}

export interface CriticalModels {
  bytes: Map<CriticalRole, ArrayBuffer>;
  manifest: Manifest;
}

/** Fetches the manifest and the files of the first frame, all in parallel; resolves with their bytes by role and the manifest. */
export async function fetchModels(base: string, onProgress: Progress, signal?: AbortSignal): Promise<CriticalModels> {
  let loaded = 0;
  /** Known once the manifest is in (it is tiny, so it comes first); until then progress stays at 0. */
  let total = 0;
  const report = () => {
    // Never more than the total, nor 100% before the last file has ended.
    if (total > 0) onProgress(Math.min(loaded, total - 1), total);
  };
  const manifestPromise = fetch(`${base}${MANIFEST_FILE}`, { signal }).then(async (res) => {
    if (!res.ok) throw new Error(`${base}${MANIFEST_FILE}: HTTP ${res.status}`);
    const manifest = (await res.json()) as Manifest;
    const listed = CRITICAL_ROLES.map((role) => manifest.files.find((f) => f.role === role && f.name === criticalFile(role)));
    const missing = CRITICAL_ROLES.filter((_, i) => !listed[i]);
    if (missing.length)
      throw new Error(`${base}${MANIFEST_FILE}: files: no ${missing.map(criticalFile).join(', ')} (rebuild with npm run models)`);
    total = listed.reduce((sum, f) => sum + f!.bytes, 0);
    onProgress(0, total);
    report();
    return manifest;
  });
  const files = CRITICAL_ROLES.map(async (role) => {
    const url = `${base}${criticalFile(role)}`;
    const r = await fetch(url, { signal });
    if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
    const buffer = await readAll(r, (n) => {
      loaded += n;
      report();
    });
    return [role, buffer] as const;
  });
  const [manifest, entries] = await Promise.all([manifestPromise, Promise.all(files)]);
  onProgress(total, total);
  return { bytes: new Map(entries), manifest };
}

/** Downloads in flight or done and not yet taken, by models folder: at most one edition's. */
const downloads = new Map<string, Promise<CriticalModels>>();

/**
 * The edition's first-frame models, downloaded once however many times this is called before
 * `releaseModels` (React's StrictMode runs effects twice; main.tsx starts it before React renders).
 * A failed download is forgotten, so a retry downloads again.
 */
export function loadModels(base: string, onProgress: Progress): Promise<CriticalModels> {
  let download = downloads.get(base);
  if (!download) {
    downloads.clear();
    download = fetchModels(base, onProgress);
    downloads.set(base, download);
    download.catch(() => {
      if (downloads.get(base) === download) downloads.delete(base);
    });
  }
  return download;
}

/** Lets go of downloaded bytes once they are parsed (they would stay in memory otherwise). */
export function releaseModels(base: string): void {
  downloads.delete(base);
}

/** Fetches one file's bytes (a streamed detail). */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const r = await fetch(url, { signal });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}
