/**
 * Writes `offline-manifest.json` at the root of the build: every file of the default edition that a
 * kiosk needs to run with the network cut (app, chunks, fonts, scene data, every model, media,
 * captions, posters), each with its size and a revision (hash of its content), and marks the ones the
 * first frame waits for. The service worker (src/sw/sw.ts) precaches only those for every visitor
 * (`onlyFirstFrame` filters vite-plugin-pwa's list to them); a kiosk fetches the whole list.
 *
 * Not listed: the .br/.gz copies precompress.ts writes beside each file (the same bytes, encoded),
 * the service worker itself, this manifest, and other editions' files.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestEntry, ManifestTransform } from 'workbox-build';
import { OFFLINE_MANIFEST, type OfflineFile, type OfflineManifest } from '../../src/sw/contract.ts';
import { CRITICAL_ROLES, criticalFile, MANIFEST_FILE } from '../../src/edition/modelFiles.ts';
import { listFiles } from './precompress.ts';
import { SHARE_FILES } from './sharePages.ts';

/** The service worker vite-plugin-pwa writes (and workbox's own files, were it to write any). */
export const WORKER_FILES = /^(sw\.js|workbox-[\w-]+\.js)(\.map)?$/;
const ENCODED_COPY = /\.(br|gz)$/i;

/**
 * The fonts of the first paint, by @fontsource file name: the interface's Latin at the three weights
 * it uses, and the Arabic weight of the bilingual title (what Chromium fetched before `ready` in the
 * bench). Other subsets and weights (Arabic body text, Latin Extended) are cached when first used;
 * the .woff fallbacks are never asked for by a browser that reads .woff2.
 */
export const FIRST_PAINT_FONTS = [/-latin-(400|600|700)-normal-[\w-]+\.woff2$/, /-arabic-600-normal-[\w-]+\.woff2$/];

/** The first 16 hex digits of a SHA-256. */
export function revisionOf(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** The parts of Rollup's output bundle this plugin reads. */
export type BundleItem =
  | { type: 'chunk'; fileName: string; isEntry: boolean; imports: string[]; viteMetadata?: { importedCss: Set<string> } }
  | { type: 'asset'; fileName: string; originalFileNames?: string[]; source: string | Uint8Array };

/** Whether a build file belongs to another edition than `edition` (its scene data, models or media). */
export function otherEdition(file: string, edition: string, originals: ReadonlyMap<string, string[]>): boolean {
  const own = (p: string) => {
    const m = /^(?:scenes|models)\/([^/]+)\//.exec(p);
    return !m || m[1] === edition;
  };
  if (!own(file)) return true;
  const from = originals.get(file);
  return !!from && from.length > 0 && from.every((o) => !own(o.replace(/^.*?(?=(scenes|models)\/)/, '')));
}

/**
 * What the first frame waits for, as build file names: index.html, the entry chunk and the chunks it
 * imports statically, their CSS, the first paint's fonts in that CSS, the edition's scene JSON, the
 * models manifest and the critical models (src/edition/modelFiles.ts), and the icon.
 */
export function firstFrameFiles(bundle: Record<string, BundleItem>, edition: string): Set<string> {
  const out = new Set<string>(['index.html', 'favicon.svg', `models/${edition}/${MANIFEST_FILE}`]);
  for (const role of CRITICAL_ROLES) out.add(`models/${edition}/${criticalFile(role)}`);
  const visit = (name: string) => {
    const item = bundle[name];
    if (!item || out.has(name)) return;
    out.add(name);
    if (item.type !== 'chunk') return;
    for (const dep of item.imports) visit(dep);
    for (const css of item.viteMetadata?.importedCss ?? []) visit(css);
  };
  for (const item of Object.values(bundle)) if (item.type === 'chunk' && item.isEntry) visit(item.fileName);
  for (const name of [...out]) {
    const item = bundle[name];
    if (item?.type !== 'asset' || !name.endsWith('.css')) continue;
    const css = typeof item.source === 'string' ? item.source : new TextDecoder().decode(item.source);
    for (const m of css.matchAll(/url\(\s*["']?([^"')]+\.woff2)["']?\s*\)/g)) {
      const file = Object.keys(bundle).find((f) => f === m[1]!.replace(/^\.?\//, '') || f.endsWith(`/${path.basename(m[1]!)}`));
      if (file && FIRST_PAINT_FONTS.some((re) => re.test(file))) out.add(file);
    }
  }
  const sceneData = new RegExp(`(^|/)scenes/${edition}/(edition|site|stands)\\.json$`);
  for (const item of Object.values(bundle))
    if (item.type === 'asset' && (item.originalFileNames ?? []).some((o) => sceneData.test(o))) out.add(item.fileName);
  return out;
}

/** The offline manifest of a written build folder. */
export function buildOfflineManifest(
  dir: string,
  edition: string,
  firstFrame: ReadonlySet<string>,
  originals: ReadonlyMap<string, string[]> = new Map(),
): OfflineManifest {
  const files: OfflineFile[] = [];
  for (const url of listFiles(dir)) {
    if (ENCODED_COPY.test(url) || WORKER_FILES.test(url) || url === OFFLINE_MANIFEST) continue;
    if (otherEdition(url, edition, originals)) continue;
    // The pages to share are for crawlers and link previews, never opened on a kiosk.
    if (SHARE_FILES.test(url)) continue;
    const bytes = fs.readFileSync(path.join(dir, url));
    files.push({ url, bytes: bytes.byteLength, revision: revisionOf(bytes), firstFrame: firstFrame.has(url) });
  }
  const missing = [...firstFrame].filter((f) => !files.some((x) => x.url === f));
  if (missing.length) throw new Error(`offline manifest: the first frame's ${missing.join(', ')} not in the build`);
  return {
    edition,
    build: revisionOf(files.map((f) => `${f.url} ${f.revision}`).join('\n')),
    files,
    bytes: files.reduce((s, f) => s + f.bytes, 0),
  };
}

/** The default edition, as scenes/editions.json names it. */
export function defaultEdition(root = process.cwd()): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'scenes/editions.json'), 'utf8')) as { default: string }).default;
}

export interface OfflineManifestPlugin {
  plugin: Plugin;
  /** For vite-plugin-pwa's `injectManifest.manifestTransforms`: keeps only the first frame's files. */
  onlyFirstFrame: ManifestTransform;
}

export default function offlineManifest(edition = defaultEdition()): OfflineManifestPlugin {
  let firstFrame: Set<string> | null = null;
  const originals = new Map<string, string[]>();
  const plugin: Plugin = {
    name: 'jpo:offline-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const items = bundle as unknown as Record<string, BundleItem>;
      firstFrame = firstFrameFiles(items, edition);
      for (const item of Object.values(items))
        if (item.type === 'asset') originals.set(item.fileName, item.originalFileNames ?? []);
    },
    writeBundle: {
      order: 'post',
      sequential: true,
      handler(options) {
        if (!options.dir || !firstFrame) return;
        const manifest = buildOfflineManifest(options.dir, edition, firstFrame, originals);
        fs.writeFileSync(path.join(options.dir, OFFLINE_MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
        const first = manifest.files.filter((f) => f.firstFrame);
        this.info(
          `${OFFLINE_MANIFEST}: ${manifest.files.length} files, ${manifest.bytes} B for a kiosk; ` +
            `${first.length} files, ${first.reduce((s, f) => s + f.bytes, 0)} B precached for every visitor`,
        );
      },
    },
  };
  const onlyFirstFrame: ManifestTransform = (entries) => {
    if (!firstFrame) throw new Error('offline manifest: the bundle was not seen before the service worker build');
    const kept = entries.filter((e: ManifestEntry) => firstFrame!.has(e.url));
    const missing = [...firstFrame].filter((f) => !kept.some((e) => e.url === f));
    if (missing.length) throw new Error(`service worker precache: no ${missing.join(', ')} (globPatterns too narrow?)`);
    return { manifest: kept, warnings: [] };
  };
  return { plugin, onlyFirstFrame };
}
