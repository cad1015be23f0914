/**
 * Writes the pages to share into the build (tools/share/pages.ts): every stand, place, tour and
 * programme session of the default edition in each language, `sitemap.xml` and `robots.txt`. The
 * default edition only: a deployment serves one edition at its address, and a second one's links
 * would need their own (its own build, VISIT_BASE).
 *
 * Absolute addresses (og:url, og:image, the sitemap) need the public origin: `VISIT_ORIGIN`
 * (`https://visite.example.ma`) at build time. Without it they point at a local preview, and the
 * build says so.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, readEdition } from '../edition/read.ts';
import { robots, sharePages, sitemap, type Picture } from '../share/pages.ts';

export const LOCAL_ORIGIN = 'http://127.0.0.1:4173';
/** The files this writes, which the kiosks' offline copy leaves out (crawlers and link previews read them, not visitors). */
export const SHARE_FILES =
  /^(fr|ar|en)\/(stands|tours|sessions)\/|^(sitemap\.xml|robots\.txt)$|^scenes\/[^/]+\/media\/share\.jpg$/;

/** The public origin from `VISIT_ORIGIN`: scheme and host only. */
export function publicOrigin(value = process.env.VISIT_ORIGIN): string | null {
  if (!value) return null;
  const u = new URL(value);
  if (!/^https?:$/.test(u.protocol) || u.pathname !== '/' || u.search || u.hash)
    throw new Error(
      `VISIT_ORIGIN must be an http(s) origin such as https://visite.example.ma, not "${value}" (the path goes in VISIT_BASE)`,
    );
  return u.origin;
}

export default function sharePagesPlugin(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'jpo:share-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle() {
      const scenes = path.join(root, 'scenes');
      const editionId = (JSON.parse(fs.readFileSync(path.join(scenes, 'editions.json'), 'utf8')) as { default: string }).default;
      const folder = path.join(scenes, editionId);
      const read = readEdition(folder);
      if (!read.data || !read.extras)
        throw new Error(`share pages: ${folder} has problems:\n${read.problems.map(formatProblem).join('\n')}`);
      const origin = publicOrigin();
      if (!origin)
        this.warn(
          `share pages point at a local preview (${LOCAL_ORIGIN}); set VISIT_ORIGIN to the public address before deploying`,
        );
      const cardFile = path.join(folder, 'media', 'share.jpg');
      const card: Picture | null = fs.existsSync(cardFile) ? { src: 'media/share.jpg', width: 1200, height: 630 } : null;
      const input = {
        data: read.data,
        tours: read.extras.tours,
        programme: read.extras.programme,
        editionId,
        isDefault: true,
        origin: origin ?? LOCAL_ORIGIN,
        base,
        card,
      };
      const pages = sharePages(input);
      for (const p of pages) this.emitFile({ type: 'asset', fileName: p.fileName, source: p.html });
      this.emitFile({ type: 'asset', fileName: 'sitemap.xml', source: sitemap(input, pages) });
      this.emitFile({ type: 'asset', fileName: 'robots.txt', source: robots(input) });
    },
  };
}
