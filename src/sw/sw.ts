/**
 * The service worker (built by vite-plugin-pwa, `injectManifest`). Every visitor's worker precaches
 * only what the first frame waits for (the list the build injects as `self.__WB_MANIFEST`, see
 * tools/vite/offlineManifest.ts) and keeps what else the visit fetches as it is fetched. A kiosk asks
 * it, once, to fetch every file of the offline manifest into the kiosk cache; from then on that cache
 * answers first, video included (range requests sliced from the whole file), so the kiosk runs and
 * reloads with the network cut.
 *
 * Versions: a new build is a new worker. It installs in the background (a kiosk's worker fetches the
 * new files into the kiosk cache before it counts as installed) and then waits: it takes over only
 * when the page asks (`skip-waiting`, sent by applyWaitingUpdate at the kiosk's idle reset) or when
 * no page of the old version is left open (a public visitor's next visit). It never claims a public
 * visitor's page: a visit runs on the network it started with; a kiosk's page is claimed once its
 * cache is full, so that the rest of that visit is served offline too.
 */
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { createPartialResponse } from 'workbox-range-requests';
import type { ManifestEntry } from 'workbox-build';
import {
  KIOSK_CACHE,
  OFFLINE_MANIFEST,
  RUNTIME_CACHE,
  type FromWorker,
  type KioskCacheStatus,
  type ToWorker,
} from './contract.ts';
import { currentManifest, fillKioskCache, isKiosk, pruneKioskCache } from './kioskCache.ts';
import { worker, type ExtendableMessageEvent } from './scope.ts';

declare const self: { __WB_MANIFEST: Array<ManifestEntry | string> };

const scope = worker.registration.scope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// Any page of the app, whatever its query (`?kiosk=…`, `?stand=…`), is the one index.html.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

/** What the first visit fetched that is not precached, kept for the next: bounded, dropped first on a full disk. */
const expiration = new ExpirationPlugin({ maxEntries: 150, purgeOnQuotaError: true });
// Hashed build files never change under their name; models and media may, so the network comes first.
const immutable = new CacheFirst({ cacheName: RUNTIME_CACHE, plugins: [expiration] });
const mutable = new NetworkFirst({ cacheName: RUNTIME_CACHE, plugins: [expiration] });

registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === worker.location.origin &&
    !url.pathname.endsWith('/sw.js') &&
    !url.pathname.endsWith(`/${OFFLINE_MANIFEST}`),
  async ({ request, url, event }) => {
    const whole = await caches.match(request, { cacheName: KIOSK_CACHE, ignoreVary: true });
    if (whole) return request.headers.has('range') ? createPartialResponse(request, whole) : whole;
    // A partial answer (206) cannot be stored: video streams from the network for a public visitor.
    if (request.headers.has('range')) return fetch(request);
    const assets = new URL('assets/', scope).pathname;
    return (url.pathname.startsWith(assets) ? immutable : mutable).handle({ request, event });
  },
);

/** One fill at a time; a second request while one runs gets the same one. */
let filling: Promise<KioskCacheStatus> | null = null;

function fill(report: (status: KioskCacheStatus) => void): Promise<KioskCacheStatus> {
  filling ??= currentManifest(scope)
    .then((manifest) => fillKioskCache(scope, manifest, report))
    .finally(() => (filling = null));
  return filling;
}

worker.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as ToWorker;
  if (message?.type === 'skip-waiting') {
    event.waitUntil(worker.skipWaiting());
    return;
  }
  if (message?.type !== 'kiosk-fill') return;
  const post = (status: KioskCacheStatus) => event.source?.postMessage({ type: 'kiosk-status', status } satisfies FromWorker);
  event.waitUntil(
    fill(post)
      // Full: this kiosk page, and any other, is served from the cache from now on.
      .then(() => worker.clients.claim())
      .catch((e: unknown) =>
        post({ files: 0, bytes: 0, cached: 0, done: false, error: e instanceof Error ? e.message : String(e) }),
      ),
  );
});

// A new version on a kiosk: its files come into the kiosk cache before the worker counts as
// installed, so the idle reset that applies it never lands on a version missing a file.
worker.addEventListener('install', (event) => {
  event.waitUntil(isKiosk().then((kiosk) => (kiosk ? fill(() => {}) : undefined)));
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(pruneKioskCache(scope));
});
