/**
 * The dwell at a tour stop: a timer that can be paused and resumed where it was, so a paused tour
 * keeps the rest of its stop for later. One per tour store; plain, no React.
 */
export interface DwellTimer {
  /** Arms the timer for `ms`; it runs now unless `running` is false (then `resume()` starts it). */
  start(ms: number, onEnd: () => void, running?: boolean): void;
  pause(): void;
  resume(): void;
  clear(): void;
  /** Milliseconds left, for tests and the automation interface. */
  left(): number;
}

export function createDwellTimer(now: () => number = () => performance.now()): DwellTimer {
  let handle: ReturnType<typeof setTimeout> | null = null;
  let remaining = 0;
  let startedAt = 0;
  let end: (() => void) | null = null;

  const halt = () => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
  };
  const run = () => {
    if (!end || handle !== null) return;
    startedAt = now();
    handle = setTimeout(() => {
      handle = null;
      remaining = 0;
      const done = end;
      end = null;
      done?.();
    }, remaining);
  };

  return {
    start(ms, onEnd, running = true) {
      halt();
      remaining = ms;
      end = onEnd;
      if (running) run();
    },
    pause() {
      if (handle === null) return;
      halt();
      remaining = Math.max(0, remaining - (now() - startedAt));
    },
    resume: run,
    clear() {
      halt();
      end = null;
      remaining = 0;
    },
    left() {
      return handle === null ? remaining : Math.max(0, remaining - (now() - startedAt));
    },
  };
}
