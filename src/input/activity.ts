/**
 * When a person last touched, clicked, typed or moved a pointer: what "idle" means for the kiosk's
 * reset and for the moments when something disruptive may happen (a reload after a lost GPU
 * context, a new version applied). One set of window listeners, installed once, capture phase, so
 * no component can swallow an input before it counts.
 */

/** Inputs that mean a person is there. Wheel and pointer moves count: reading with a mouse is use. */
const EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

export const activity = {
  /** performance.now() of the last input (the page's start counts as one). */
  last: typeof performance === 'undefined' ? 0 : performance.now(),
};

type Listener = (e: Event) => void;
const listeners = new Set<Listener>();
let installed = false;

function onInput(e: Event): void {
  activity.last = performance.now();
  for (const l of listeners) l(e);
}

/** Starts listening (once per page). */
export function installActivity(): void {
  if (installed || typeof window === 'undefined') return;
  installed = true;
  for (const e of EVENTS) window.addEventListener(e, onInput, { capture: true, passive: true });
}

/** Calls `fn` with every input event; returns the unsubscribe. */
export function onActivity(fn: Listener): () => void {
  installActivity();
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Milliseconds since the last input. */
export function idleFor(): number {
  return performance.now() - activity.last;
}

/**
 * Resolves once nobody has touched the page for `quietMs` (checked every second): the moment to
 * reload or swap versions without pulling the page from under someone's finger.
 */
export function whenQuiet(quietMs: number): Promise<void> {
  installActivity();
  return new Promise((resolve) => {
    const check = () => (idleFor() >= quietMs ? resolve() : setTimeout(check, Math.min(1000, quietMs - idleFor() + 10)));
    check();
  });
}
