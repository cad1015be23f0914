import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import precompress from './tools/vite/precompress.ts';
import editionMedia from './tools/vite/editionMedia.ts';
import offlineManifest from './tools/vite/offlineManifest.ts';
import firstPaint from './tools/vite/firstPaint.ts';
import xrProfiles from './tools/vite/xrProfiles.ts';
import sharePages from './tools/vite/sharePages.ts';
import noEmulator from './tools/vite/noEmulator.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders } from './deploy/headers.ts';

// The offline manifest (every file a kiosk keeps) and the service worker that precaches only the
// first frame's part of it for every visitor (src/sw/sw.ts says why).
const offline = offlineManifest();

/**
 * The path the build is served under (`VISIT_BASE=/jpo/ npm run build`): every URL of the app, its
 * models and media, the service worker's scope and the share pages follow it. `/` by default.
 */
function visitBase(value = process.env.VISIT_BASE || '/'): string {
  if (!/^\/([\w.-]+\/)*$/.test(value))
    throw new Error(`VISIT_BASE must be a path that starts and ends with "/" (such as /jpo/), not "${value}"`);
  return value;
}

export default defineConfig({
  base: visitBase(),
  // One page whose views are query strings: a path with no file is a 404, as deploy/nginx serves it,
  // never index.html with a 200 (which the app would parse as glTF, Lighthouse as robots.txt).
  appType: 'mpa',
  plugins: [
    react(),
    firstPaint(),
    editionMedia(),
    xrProfiles(),
    noEmulator(),
    sharePages(),
    offline.plugin,
    precompress(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by src/platform/offline.ts, after the first frame; applied only at a kiosk's idle reset.
      injectRegister: false,
      registerType: 'prompt',
      manifest: false,
      injectManifest: {
        rollupFormat: 'iife',
        globPatterns: ['**/*.{html,js,css,woff2,json,glb,svg}'],
        globIgnores: ['sw.js', 'offline-manifest.json'],
        // Hashed names need no revision; the rest (index.html, models) gets one.
        dontCacheBustURLsMatching: /^assets\//,
        manifestTransforms: [offline.onlyFirstFrame],
        // The engine chunk is about 1 MB; the default 2 MiB would fail the build on a larger one.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  resolve: {
    // The bundle's `three` is the part of it the app uses (see src/bundle/three.ts for why).
    // The headset's libraries (@react-three/xr, @pmndrs/*) get the whole of three's source instead, the
    // same modules the list re-exports (so one copy of every class): what they use goes into their
    // own chunk, loaded only where a headset is offered, not into everyone's first download.
    alias: [
      {
        find: /^three$/,
        replacement: fileURLToPath(new URL('./src/bundle/three.ts', import.meta.url)),
        customResolver(id: string, importer?: string) {
          if (importer && /[\\/]node_modules[\\/](@pmndrs|@react-three[\\/]xr)[\\/]/.test(importer))
            return fileURLToPath(new URL('./node_modules/three/src/Three.js', import.meta.url));
          return id;
        },
      },
    ],
  },
  build: {
    target: 'es2022',
    // Fonts always as files: the policy's font-src is 'self' alone, and a font inlined as a data:
    // URL would also be downloaded again inside every stylesheet that names it.
    // The scene files too: they are data fetched when needed (src/launch/editions.ts), not base64 in
    // the first download's JavaScript (a small edition.json and kiosks.json were, 6.7 kB of it:
    // kiosks.json for every visitor).
    assetsInlineLimit: (file: string) => (/\.(woff2?|json)$/.test(file) ? false : undefined),
    // The engine (three's core, React, react-three-fiber) changes rarely: one chunk that caches apart
    // from the app. three's examples (loaders, controls) go with whatever imports them, so those
    // loaded on demand stay out of the first download.
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          // The headset's code (@react-three/xr and what it brings) is loaded only where a headset is offered.
          if (/node_modules\/(three\/build|react|react-dom|scheduler|@react-three\/(?!xr\/))/.test(id)) return 'engine';
          return undefined;
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  // The build is previewed (and so tested) with the production headers: the strict policy included.
  preview: { host: '127.0.0.1', headers: securityHeaders() },
});
