/** The kiosk's idle clock (src/modes/kiosk/useIdleReset.ts `idleTick`): warn after the idle time, reset after the countdown, wait while someone watches. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { idleTick } from '../src/modes/kiosk/useIdleReset.ts';
import { activity } from '../src/input/activity.ts';
import { useKiosk, WARNING_MS } from '../src/state/kiosk.ts';
import { useTour } from '../src/modes/tour/tourState.ts';
import type { Kiosk } from '../src/edition/schema.ts';

vi.mock('../src/modes/kiosk/reset.ts', () => ({
  resetKiosk: vi.fn(() => useKiosk.setState({ phase: 'attract', warningUntil: null })),
}));

const KIOSK: Kiosk = {
  id: 'gate',
  name: { fr: 'Entrée', ar: 'المدخل', en: 'Entrance' },
  position: [0, 0],
  facing: 0,
  lang: 'fr',
  idle: 60,
  tour: 'families',
  orientation: 'landscape',
};

describe('the kiosk idle clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['performance'] });
    useKiosk.setState({ kiosk: KIOSK, phase: 'visit', warningUntil: null });
    useTour.setState({ id: null, paused: false, loop: false, finished: false });
    activity.last = performance.now();
  });
  afterEach(() => vi.useRealTimers());

  it('warns once the idle time has passed without input, then resets when the countdown runs out', () => {
    vi.advanceTimersByTime(59_000);
    expect(idleTick()).toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(idleTick()).toBe('warn');
    expect(useKiosk.getState().warningUntil).toBe(performance.now() + WARNING_MS);
    vi.advanceTimersByTime(WARNING_MS - 1);
    expect(idleTick()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(idleTick()).toBe('reset');
    expect(useKiosk.getState().phase).toBe('attract');
  });

  it('an input restarts the idle time', () => {
    vi.advanceTimersByTime(50_000);
    activity.last = performance.now();
    vi.advanceTimersByTime(50_000);
    expect(idleTick()).toBeNull();
  });

  it('does not count while a tour the visitor started plays, and counts again once it is paused', () => {
    useTour.setState({ id: 'families', paused: false, loop: false });
    vi.advanceTimersByTime(120_000);
    expect(idleTick()).toBeNull();
    useTour.setState({ paused: true });
    vi.advanceTimersByTime(59_000);
    expect(idleTick()).toBeNull();
    vi.advanceTimersByTime(1_000);
    expect(idleTick()).toBe('warn');
  });

  it('does nothing during the attract loop or on a public visit', () => {
    useKiosk.setState({ phase: 'attract' });
    vi.advanceTimersByTime(600_000);
    expect(idleTick()).toBeNull();
    useKiosk.setState({ kiosk: null, phase: 'off' });
    expect(idleTick()).toBeNull();
  });
});
