/**
 * Serves each edition's media (scenes/<edition>/media/**) at /scenes/<edition>/media/** in dev, and
 * copies them into the build: the edition folder stays the one place content lives.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
};

function mediaFiles(scenes: string): string[] {
  const out: string[] = [];
  if (!fs.existsSync(scenes)) return out;
  for (const edition of fs.readdirSync(scenes)) {
    const media = path.join(scenes, edition, 'media');
    if (!fs.existsSync(media)) continue;
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else out.push(path.relative(scenes, full).split(path.sep).join('/'));
      }
    };
    walk(media);
  }
  return out.sort();
}

export default function editionMedia(root = process.cwd()): Plugin {
  const scenes = path.join(root, 'scenes');
  return {
    name: 'jpo-edition-media',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const m = /^\/scenes\/([a-z0-9-]+)\/(media\/[\w\-./]+)$/.exec(url);
        if (!m || url.includes('..')) return next();
        const file = path.join(scenes, m[1]!, m[2]!);
        if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
        res.setHeader('Content-Type', TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
        fs.createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const rel of mediaFiles(scenes)) {
        this.emitFile({ type: 'asset', fileName: `scenes/${rel}`, source: fs.readFileSync(path.join(scenes, rel)) });
      }
    },
  };
}
