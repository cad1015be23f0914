/** Where the bench writes, and the private copy of dist/ it serves and sizes. */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../browser/server.ts';

export const OUT = path.join(ROOT, 'bench-results');
/**
 * The bench serves and sizes a copy of dist/, so a rebuild by someone else during the run changes
 * neither what is served nor what is counted.
 */
export const SNAPSHOT = 'bench-results/dist';
export const DIST = path.join(ROOT, SNAPSHOT);

/** Copies dist/ to the snapshot (without the .br/.gz copies: `vite preview` does not serve them). */
export async function snapshotDist(): Promise<void> {
  const built = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(built, 'index.html'))) throw new Error('dist/index.html not found: run `npm run build` first');
  // A copy taken while someone rebuilds can be torn: check that what index.html names is there.
  for (let attempt = 1; ; attempt++) {
    fs.rmSync(DIST, { recursive: true, force: true });
    fs.cpSync(built, DIST, { recursive: true, filter: (src) => !/\.(br|gz)$/.test(src) });
    const html = fs.existsSync(path.join(DIST, 'index.html')) ? fs.readFileSync(path.join(DIST, 'index.html'), 'utf8') : '';
    const named = [...html.matchAll(/(?:src|href)="\/([^"?#]+)"/g)].map((m) => m[1]!);
    if (html && named.every((f) => fs.existsSync(path.join(DIST, f)))) return;
    if (attempt === 5) throw new Error('dist/ kept changing while it was copied (a build running?)');
    await new Promise((r) => setTimeout(r, 5000));
  }
}
