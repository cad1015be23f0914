/**
 * The kiosk this screen is, when it is one (`?kiosk=<id>`): its profile from kiosks.json, and where
 * it stands in its day (greeting passers-by with the attract loop, serving a visitor, asking whether
 * they are still there). In state, not in the kiosk's mode folder, because the page (the panel's
 * "Show me the way", the plan's "you are here") and the canvas (the marker at the kiosk's spot) read
 * the profile too. The behaviour (idle, reset, guards) is src/modes/kiosk/.
 */
import { create } from 'zustand';
import type { Kiosk } from '../edition/schema.ts';

export type KioskPhase = 'off' | 'starting' | 'attract' | 'visit';

export interface KioskState {
  /** The profile, once kiosks.json is read and the id found; null on a public visit. */
  kiosk: Kiosk | null;
  /** The id the URL asked for when kiosks.json has no such kiosk: the visit runs as public, and says so. */
  unknown: string | null;
  phase: KioskPhase;
  /** performance.now() when "Still there?" runs out, while it shows; null otherwise. */
  warningUntil: number | null;
  /** Visits served since the page loaded: the page's interface is keyed by it, so a reset remounts it. */
  visits: number;
  /** Resets done since the page loaded (idle or forced). */
  resets: number;
}

export const useKiosk = create<KioskState>()(() => ({
  kiosk: null,
  unknown: null,
  phase: 'off',
  warningUntil: null,
  visits: 0,
  resets: 0,
}));

/** The kiosk's spot on the plan, or null on a public visit. */
export function kioskSpot(): { x: number; z: number; yaw: number } | null {
  const k = useKiosk.getState().kiosk;
  return k ? { x: k.position[0], z: k.position[1], yaw: (k.facing * Math.PI) / 180 } : null;
}

/** How long "Still there?" waits for a touch before the reset, ms. */
export const WARNING_MS = 10_000;

/**
 * Acts as if the kiosk's idle time had just run out: "Still there?" and its countdown start now.
 * A shorter countdown (0: the reset at the next tick of the idle clock) is for the bench's soak.
 */
export function idleNow(countdownMs = WARNING_MS): void {
  const s = useKiosk.getState();
  if (s.phase === 'visit' && s.warningUntil === null) useKiosk.setState({ warningUntil: performance.now() + countdownMs });
}

/** The 3D pin's head at the kiosk's spot, metres above the ground: over a booth's walls, under a roof. */
export const KIOSK_PIN_HEIGHT = 3.4;
