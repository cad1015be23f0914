import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import precompress from './tools/vite/precompress.ts';
import editionMedia from './tools/vite/editionMedia.ts';

export default defineConfig({
  plugins: [react(), editionMedia(), precompress()],
  build: {
    target: 'es2022',
    // The 3D engine is one large dependency; split it so the app's own code caches separately.
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes('node_modules/three/')) return 'three';
          if (id.includes('node_modules/@react-three/') || id.includes('node_modules/react')) return 'react-three';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
