/** Builds the reference page into a snapshot of the visit's build, so one `vite preview` serves both. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { REFERENCE_BASE } from './vite.config.ts';

/** The page's path under the server's root, with its trailing slash. */
export const REFERENCE_PATH = `${REFERENCE_BASE}/`;

/** Builds tools/bench/reference/ into `<snapshot>/bench-reference/` (snapshot: absolute or relative to the repository). */
export async function buildReference(snapshot: string): Promise<void> {
  const root = path.resolve(import.meta.dirname, '../../..');
  await build({
    configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
    build: { outDir: path.join(path.resolve(root, snapshot), REFERENCE_BASE) },
  });
}
