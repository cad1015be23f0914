import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import precompress from './tools/vite/precompress.ts';
import editionMedia from './tools/vite/editionMedia.ts';

export default defineConfig({
  plugins: [react(), editionMedia(), precompress()],
  resolve: {
    // The bundle's `three` is the part of it the app uses (see src/bundle/three.ts for why).
    alias: [{ find: /^three$/, replacement: fileURLToPath(new URL('./src/bundle/three.ts', import.meta.url)) }],
  },
  build: {
    target: 'es2022',
    // The engine (three's core, React, react-three-fiber) changes rarely: one chunk that caches apart
    // from the app. three's examples (loaders, controls) go with whatever imports them, so those
    // loaded on demand stay out of the first download.
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (/node_modules\/(three\/build|react|react-dom|scheduler|@react-three)\//.test(id)) return 'engine';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
