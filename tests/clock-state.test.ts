import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockNow, instantOf, setClock, useClock } from '../src/state/clock.ts';
import { localToInstant } from '../src/edition/eventClock.ts';

const ZONE = 'Africa/Casablanca';

afterEach(() => {
  setClock(null, ZONE);
  vi.useRealTimers();
});

describe('the visit clock', () => {
  it('is the wall clock when live', () => {
    expect(instantOf({ replayFrom: null, setAt: 0 }, 5_000, 1_716_000_000_000)).toBe(1_716_000_000_000);
  });

  it('replays from a moment and runs on at the real pace', () => {
    const from = localToInstant('2024-05-18T15:00', ZONE);
    expect(instantOf({ replayFrom: from, setAt: 1_000 }, 1_000, 0)).toBe(from);
    expect(instantOf({ replayFrom: from, setAt: 1_000 }, 61_000, 0)).toBe(from + 60_000);
  });

  it('setClock takes an event-local moment in the edition’s zone, and null goes back to live', () => {
    const v = useClock.getState().version;
    expect(setClock('2024-05-18T15:00', ZONE)).toBe(true);
    const now = clockNow();
    // Within the second of the call: 15:00 in Agadir on 18 May 2024 is 14:00 UTC.
    expect(now - Date.UTC(2024, 4, 18, 14, 0)).toBeGreaterThanOrEqual(0);
    expect(now - Date.UTC(2024, 4, 18, 14, 0)).toBeLessThan(1_000);
    expect(useClock.getState().version).toBe(v + 1);
    expect(setClock(null, ZONE)).toBe(true);
    expect(Math.abs(clockNow() - Date.now())).toBeLessThan(50);
  });

  it('refuses a malformed moment, says why, and keeps the clock', () => {
    setClock('2024-05-18T15:00', ZONE);
    const before = useClock.getState().replayFrom;
    expect(setClock('2024-02-30T10:00', ZONE)).toBe(false);
    expect(useClock.getState().error).toMatch(/2024-02-30/);
    expect(useClock.getState().replayFrom).toBe(before);
  });
});
