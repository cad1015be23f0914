/**
 * What the build, the service worker and the page agree on: the offline manifest's shape and name,
 * the caches' names, and the messages between page and worker. No code that runs, only the contract.
 */

/** Written by tools/vite/offlineManifest.ts at the root of the build. */
export const OFFLINE_MANIFEST = 'offline-manifest.json';

/** One file of the build: its URL relative to the app's base, its size and a hash of its content. */
export interface OfflineFile {
  url: string;
  bytes: number;
  /** The first 16 hex digits of the SHA-256 of the file. */
  revision: string;
  /** True for the files the first frame waits for: the only ones every visitor's worker precaches. */
  firstFrame: boolean;
}

export interface OfflineManifest {
  /** The edition the list covers (the default one). */
  edition: string;
  /** A hash over every file's revision: changes whenever any file does. */
  build: string;
  files: OfflineFile[];
  /** Sum of `bytes`. */
  bytes: number;
}

/** The kiosk's copy of every file of the manifest (public visitors never have it). */
export const KIOSK_CACHE = 'jpo-kiosk';
/** What a visitor fetched that is not precached: lazy chunks, stand detail, images, captions. */
export const RUNTIME_CACHE = 'jpo-runtime';
/** Each response in the kiosk cache carries the revision it was stored for. */
export const REVISION_HEADER = 'x-jpo-revision';

/** How far the kiosk cache is: files and bytes of the manifest, bytes in the cache so far. */
export interface KioskCacheStatus {
  files: number;
  bytes: number;
  /** Bytes of the manifest's files already in the cache (whether from this fill or an earlier one). */
  cached: number;
  done: boolean;
  error: string | null;
}

/** Page → worker. */
export type ToWorker = { type: 'kiosk-fill' } | { type: 'skip-waiting' };
/** Worker → page. */
export type FromWorker = { type: 'kiosk-status'; status: KioskCacheStatus };
