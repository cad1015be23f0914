/**
 * The few service-worker types the worker uses. The project compiles against the DOM library, and
 * TypeScript's WebWorker library cannot be loaded beside it (they declare `self` differently), so
 * the worker names what it needs here.
 */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface WorkerClient {
  id: string;
  postMessage(message: unknown): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  source: WorkerClient | null;
}

export interface WorkerScope {
  location: Location;
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

export const worker = globalThis as unknown as WorkerScope;
