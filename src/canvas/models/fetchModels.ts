/**
 * Downloads an edition's models with progress that tells the truth: the manifest written by the
 * pipeline gives every file's size, and progress counts the bytes actually received. It reaches 1
 * when the last byte is in, not before.
 */
export interface ManifestFile {
  name: string;
  bytes: number;
  /** site, stands and collision make the first walkable frame; details stream in later. */
  role: 'site' | 'stands' | 'collision' | 'detail';
  /** For a detail file: the zone it details. */
  zone?: string;
}

export type CriticalRole = 'site' | 'stands' | 'collision';
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

/** Fetches the manifest, then the files of the first frame in parallel; resolves with their bytes by role and the manifest. */
export async function fetchModels(
  base: string,
  onProgress: Progress,
  signal?: AbortSignal,
): Promise<{ bytes: Map<CriticalRole, ArrayBuffer>; manifest: Manifest }> {
  const res = await fetch(`${base}manifest.json`, { signal });
  if (!res.ok) throw new Error(`${base}manifest.json: HTTP ${res.status}`);
  const manifest = (await res.json()) as Manifest;
  const critical = manifest.files.filter((f): f is ManifestFile & { role: CriticalRole } => f.role !== 'detail');
  const total = critical.reduce((s, f) => s + f.bytes, 0);
  let loaded = 0;
  onProgress(0, total);
  const entries = await Promise.all(
    critical.map(async (f) => {
      const r = await fetch(`${base}${f.name}`, { signal });
      if (!r.ok) throw new Error(`${base}${f.name}: HTTP ${r.status}`);
      // Never report more than the total, nor 100% before the last file has ended.
      const buffer = await readAll(r, (n) => {
        loaded += n;
        onProgress(Math.min(loaded, total - 1), total);
      });
      return [f.role, buffer] as const;
    }),
  );
  onProgress(total, total);
  return { bytes: new Map(entries), manifest };
}

/** Fetches one file's bytes (a streamed detail). */
export async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const r = await fetch(url, { signal });
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.arrayBuffer();
}
