/** Downloading an edition's first-frame models: parallel requests, truthful progress, one download shared, clear errors. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchModels, loadModels, releaseModels } from '../src/canvas/models/fetchModels.ts';

const BASE = '/models/test/';
const SIZES = { 'site.glb': 3000, 'stands.glb': 2000, 'collision.glb': 1000 };

function manifest(files = Object.entries(SIZES).map(([name, bytes]) => ({ name, bytes, role: name.replace('.glb', '') }))) {
  return { edition: 'test', files: [...files, { name: 'detail-a.glb', bytes: 500, role: 'detail', zone: 'a' }], totalBytes: 0 };
}

/** A fake server: every request is recorded; each answer waits until `release(url)` is called. */
function fakeServer(body: (url: string) => Response) {
  const requests: string[] = [];
  const gates = new Map<string, () => void>();
  const fetchMock = vi.fn((url: string) => {
    requests.push(url);
    return new Promise<Response>((resolve) => gates.set(url, () => resolve(body(url))));
  });
  vi.stubGlobal('fetch', fetchMock);
  const release = async (url: string) => {
    await vi.waitFor(() => expect(gates.has(url)).toBe(true));
    gates.get(url)!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { requests, release, fetchMock };
}

const glb = (url: string) => new Response(new Uint8Array(SIZES[url.slice(BASE.length) as keyof typeof SIZES]));

afterEach(() => {
  vi.unstubAllGlobals();
  releaseModels(BASE);
});

describe('fetchModels', () => {
  it('asks for the manifest and the three first-frame files at once, never the detail files', async () => {
    const server = fakeServer((url) => (url.endsWith('manifest.json') ? Response.json(manifest()) : glb(url)));
    const done = fetchModels(BASE, () => undefined);
    await vi.waitFor(() => expect(server.requests).toHaveLength(4));
    expect(server.requests.sort()).toEqual([
      `${BASE}collision.glb`,
      `${BASE}manifest.json`,
      `${BASE}site.glb`,
      `${BASE}stands.glb`,
    ]);
    for (const url of server.requests) await server.release(url);
    const { bytes } = await done;
    expect(bytes.get('site')!.byteLength).toBe(3000);
    expect(server.requests).not.toContain(`${BASE}detail-a.glb`);
  });

  it('reports progress against the manifest sizes and says 100% only when the last file has ended', async () => {
    const server = fakeServer((url) => (url.endsWith('manifest.json') ? Response.json(manifest()) : glb(url)));
    const seen: Array<[number, number]> = [];
    const done = fetchModels(BASE, (l, t) => seen.push([l, t]));
    // Files that end before the manifest is in report nothing yet (no total to measure against).
    await server.release(`${BASE}site.glb`);
    expect(seen).toEqual([]);
    await server.release(`${BASE}manifest.json`);
    await server.release(`${BASE}stands.glb`);
    expect(seen.at(-1)).toEqual([5000, 6000]);
    await server.release(`${BASE}collision.glb`);
    await done;
    expect(seen.at(-1)).toEqual([6000, 6000]);
    expect(seen.slice(0, -1).every(([l, t]) => t === 6000 && l < t)).toBe(true);
  });

  it('names the manifest and the missing file when a first-frame file is not listed', async () => {
    const files = [{ name: 'site.glb', bytes: 3000, role: 'site' }];
    vi.stubGlobal('fetch', (url: string) => Promise.resolve(url.endsWith('.json') ? Response.json(manifest(files)) : glb(url)));
    await expect(fetchModels(BASE, () => undefined)).rejects.toThrow(`${BASE}manifest.json: files: no stands.glb, collision.glb`);
  });

  it('names the file and the status when one answers with an error', async () => {
    vi.stubGlobal('fetch', (url: string) =>
      Promise.resolve(
        url.endsWith('stands.glb')
          ? new Response('gone', { status: 404 })
          : url.endsWith('.json')
            ? Response.json(manifest())
            : glb(url),
      ),
    );
    await expect(fetchModels(BASE, () => undefined)).rejects.toThrow(`${BASE}stands.glb: HTTP 404`);
  });
});

describe('loadModels', () => {
  it('downloads once for every caller until released, and again after a failure', async () => {
    let fail = true;
    const fetchMock = vi.fn((url: string) =>
      Promise.resolve(
        fail && url.endsWith('.json')
          ? new Response('no', { status: 500 })
          : url.endsWith('.json')
            ? Response.json(manifest())
            : glb(url),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    await expect(loadModels(BASE, () => undefined)).rejects.toThrow(`${BASE}manifest.json: HTTP 500`);
    fail = false;
    const a = loadModels(BASE, () => undefined);
    const b = loadModels(BASE, () => undefined);
    expect(a).toBe(b);
    await a;
    expect(fetchMock).toHaveBeenCalledTimes(8);
    releaseModels(BASE);
    await loadModels(BASE, () => undefined);
    expect(fetchMock).toHaveBeenCalledTimes(12);
  });
});
