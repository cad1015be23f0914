import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockNow, instantOf, setClock, startClock, useClock } from '../src/state/clock.ts';
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

describe('the clock a visit starts on', () => {
  const edition = { timeZone: ZONE, dates: { start: '2024-05-17', end: '2024-05-21' }, replayAt: '2024-05-18T15:00' };
  const at = (local: string) => localToInstant(local, ZONE);

  it('is the real time while the edition is on', () => {
    startClock(edition, null, at('2024-05-19T11:00'));
    expect(useClock.getState().replayFrom).toBeNull();
  });

  it('is the edition’s replay moment before and after its days', () => {
    startClock(edition, null, at('2026-12-02T09:00'));
    expect(useClock.getState().replayFrom).toBe(at('2024-05-18T15:00'));
    setClock(null, ZONE);
    startClock(edition, null, at('2024-05-16T23:59'));
    expect(useClock.getState().replayFrom).toBe(at('2024-05-18T15:00'));
  });

  it('is the link’s moment when it names one, whenever it is opened', () => {
    startClock(edition, '2024-05-20T10:30', at('2024-05-19T11:00'));
    expect(useClock.getState().replayFrom).toBe(at('2024-05-20T10:30'));
  });

  it('keeps the reason a link’s moment was refused, on the default clock', () => {
    startClock(edition, '2024-02-30T10:00', at('2026-12-02T09:00'));
    expect(useClock.getState()).toMatchObject({ replayFrom: at('2024-05-18T15:00') });
    expect(useClock.getState().error).toMatch(/2024-02-30/);
  });

  it('is the real time for an edition without a replay moment', () => {
    startClock({ ...edition, replayAt: undefined }, null, at('2026-12-02T09:00'));
    expect(useClock.getState().replayFrom).toBeNull();
  });
});
