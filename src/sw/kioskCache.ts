/**
 * The kiosk's cache, run inside the service worker: every file of the build's offline manifest
 * (tools/vite/offlineManifest.ts) fetched whole, checked against its size and hash, and stored with
 * its revision, so a file already there for the same revision is not fetched again. Video is stored
 * whole (the Cache API refuses 206 answers); sw.ts answers range requests from the whole file.
 */
import {
  KIOSK_CACHE,
  OFFLINE_MANIFEST,
  REVISION_HEADER,
  type KioskCacheStatus,
  type OfflineFile,
  type OfflineManifest,
} from './contract.ts';

/** Files fetched at once: enough to fill a link, few enough to leave room for the visit's own requests. */
const PARALLEL = 4;

async function sha256Prefix(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The response to store: the decoded bytes, the server's type, the revision, no transfer encoding. */
function stored(source: Response, body: ArrayBuffer, revision: string): Response {
  const headers = new Headers();
  const type = source.headers.get('content-type');
  if (type) headers.set('content-type', type);
  headers.set('content-length', String(body.byteLength));
  headers.set(REVISION_HEADER, revision);
  return new Response(body, { status: 200, statusText: 'OK', headers });
}

async function fetchFile(cache: Cache, url: string, file: OfflineFile): Promise<void> {
  // Hashed chunks never change under their name; the rest (models, media) is asked again of the server.
  const res = await fetch(url, { cache: file.url.startsWith('assets/') ? 'default' : 'no-cache' });
  if (!res.ok) throw new Error(`${file.url}: HTTP ${res.status}`);
  const body = await res.arrayBuffer();
  if (body.byteLength !== file.bytes) throw new Error(`${file.url}: ${body.byteLength} bytes, the manifest says ${file.bytes}`);
  const revision = await sha256Prefix(body);
  if (revision !== file.revision) throw new Error(`${file.url}: content does not match the manifest (a newer build?)`);
  await cache.put(url, stored(res, body, revision));
}

/** Fetches the manifest from the server, never from a cache: it is what says what is current. */
export async function currentManifest(scope: string): Promise<OfflineManifest> {
  const res = await fetch(new URL(OFFLINE_MANIFEST, scope).href, { cache: 'no-store' });
  if (!res.ok) throw new Error(`${OFFLINE_MANIFEST}: HTTP ${res.status}`);
  return (await res.json()) as OfflineManifest;
}

/**
 * Brings the kiosk cache to `manifest`: fetches what is missing or of another revision, reports
 * after each file, and stores the manifest last (what `prune` keeps to).
 */
export async function fillKioskCache(
  scope: string,
  manifest: OfflineManifest,
  report: (status: KioskCacheStatus) => void = () => {},
): Promise<KioskCacheStatus> {
  const cache = await caches.open(KIOSK_CACHE);
  const status: KioskCacheStatus = { files: manifest.files.length, bytes: manifest.bytes, cached: 0, done: false, error: null };
  const queue = [...manifest.files];
  const next = async (): Promise<void> => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const url = new URL(file.url, scope).href;
      const hit = await cache.match(url);
      if (hit?.headers.get(REVISION_HEADER) !== file.revision) await fetchFile(cache, url, file);
      status.cached += file.bytes;
      report({ ...status });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, next));
  await cache.put(
    new URL(OFFLINE_MANIFEST, scope).href,
    new Response(JSON.stringify(manifest), {
      headers: { 'content-type': 'application/json', [REVISION_HEADER]: manifest.build },
    }),
  );
  status.done = true;
  report({ ...status });
  return status;
}

/** Whether this origin keeps a kiosk cache (a kiosk started here once): only kiosks fill one. */
export function isKiosk(): Promise<boolean> {
  return caches.has(KIOSK_CACHE);
}

/** Drops what the stored manifest no longer lists (the previous version's chunks), once it is gone. */
export async function pruneKioskCache(scope: string): Promise<void> {
  if (!(await isKiosk())) return;
  const cache = await caches.open(KIOSK_CACHE);
  const stored = await cache.match(new URL(OFFLINE_MANIFEST, scope).href);
  if (!stored) return;
  const manifest = (await stored.json()) as OfflineManifest;
  const keep = new Set([OFFLINE_MANIFEST, ...manifest.files.map((f) => f.url)].map((u) => new URL(u, scope).href));
  for (const request of await cache.keys()) if (!keep.has(request.url)) await cache.delete(request);
}
