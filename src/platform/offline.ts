/**
 * The page's side of the service worker (src/sw/sw.ts): registering it, asking it to fill the kiosk
 * cache, and knowing when a new version waits. `offline` is a plain object updated in place (read it
 * when needed, as per-frame state is read): nothing here re-renders React.
 *
 * A new version is never applied by itself: `applyWaitingUpdate()` applies it, and only the kiosk's
 * idle reset calls it (a public visitor gets it at their next visit, when the old one's pages are
 * closed). A kiosk checks for a new version every few minutes while online.
 */
import type { FromWorker, KioskCacheStatus, ToWorker } from '../sw/contract.ts';

export type OfflineProfile = 'public' | 'kiosk';

export interface OfflineState {
  /** Service workers are available and the worker registered. */
  supported: boolean;
  profile: OfflineProfile;
  /** A service worker answers this page's requests (a kiosk's page once its cache is full). */
  controlled: boolean;
  /** The kiosk's copy of every file (null for a public visitor). */
  kioskCache: KioskCacheStatus | null;
  /** A new version is installed and waits for `applyWaitingUpdate()`. */
  updateWaiting: boolean;
}

export const offline: OfflineState = {
  supported: false,
  profile: 'public',
  controlled: false,
  kioskCache: null,
  updateWaiting: false,
};

/** How often a kiosk asks the server for a new version. */
const UPDATE_EVERY_MS = 10 * 60 * 1000;
/** A fill that reports nothing for this long is asked again (the worker may have been stopped). */
const FILL_STALL_MS = 60 * 1000;

let registration: ServiceWorkerRegistration | null = null;
let applying = false;

function send(to: ServiceWorker | null | undefined, message: ToWorker): void {
  to?.postMessage(message);
}

function watchForWaiting(reg: ServiceWorkerRegistration): void {
  const check = () => {
    offline.updateWaiting = !!reg.waiting && !!reg.active;
  };
  check();
  reg.addEventListener('updatefound', () => {
    const next = reg.installing;
    next?.addEventListener('statechange', check);
  });
}

/** Asks the active worker to fill the kiosk cache, again after a stall, an error or the network's return. */
function fillKioskCache(reg: ServiceWorkerRegistration): void {
  offline.kioskCache = { files: 0, bytes: 0, cached: 0, done: false, error: null };
  let heard = Date.now();
  const ask = () => {
    heard = Date.now();
    send(reg.active, { type: 'kiosk-fill' });
  };
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as FromWorker;
    if (data?.type !== 'kiosk-status') return;
    heard = Date.now();
    const { status } = data;
    // An error says only what failed: keep what was known of the list.
    offline.kioskCache = status.error ? { ...offline.kioskCache!, done: false, error: status.error } : status;
  });
  navigator.serviceWorker.startMessages();
  window.addEventListener('online', ask);
  const watchdog = window.setInterval(() => {
    const k = offline.kioskCache;
    if (k?.done) return window.clearInterval(watchdog);
    if (k?.error || Date.now() - heard > FILL_STALL_MS) ask();
  }, FILL_STALL_MS / 2);
  ask();
}

/**
 * Registers the service worker for this profile. Resolves once registered (a kiosk's fill goes on
 * in the background: watch `offline.kioskCache`); never rejects: without a worker the visit runs on
 * the network as before.
 */
export async function registerOffline(profile: OfflineProfile): Promise<void> {
  offline.profile = profile;
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  try {
    const reg = await container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL });
    registration = reg;
    offline.supported = true;
    offline.controlled = !!container.controller;
    container.addEventListener('controllerchange', () => (offline.controlled = !!container.controller));
    watchForWaiting(reg);
    if (profile !== 'kiosk') return;
    await container.ready;
    fillKioskCache(reg);
    window.setInterval(() => void checkForUpdate(), UPDATE_EVERY_MS);
  } catch {
    // Refused (private mode, a policy, an automation that blocks workers): the visit needs none.
    offline.supported = false;
  }
}

/** Asks the server whether a new version exists; a new one then installs in the background and waits. */
export async function checkForUpdate(): Promise<void> {
  if (!registration || !navigator.onLine) return;
  await registration.update().catch(() => undefined);
}

/**
 * Applies the waiting version: it takes over, then the page reloads on it. Returns false (and does
 * nothing) when no version waits. Call it only where a reload is harmless: the kiosk's idle reset.
 */
export function applyWaitingUpdate(): boolean {
  const waiting = registration?.waiting;
  if (!waiting || !registration?.active) return false;
  if (applying) return true;
  applying = true;
  waiting.addEventListener('statechange', () => {
    if (waiting.state === 'activated') window.location.reload();
  });
  send(waiting, { type: 'skip-waiting' });
  return true;
}
