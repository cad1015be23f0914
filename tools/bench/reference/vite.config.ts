/**
 * Builds the bench's bare three.js reference page (index.html + main.ts here) into a folder of the
 * bench's snapshot, served under /bench-reference/ beside the visit, whose models it draws. It uses
 * three as published (not the app's src/bundle/three.ts) and none of the app's plugins.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where the page is served in the snapshot; the folder it is built into has the same name. */
export const REFERENCE_BASE = 'bench-reference';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: `/${REFERENCE_BASE}/`,
  publicDir: false,
  logLevel: 'warn',
  // three whole, in one chunk: the page is a measuring instrument, not a download to optimise.
  build: { target: 'es2022', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
