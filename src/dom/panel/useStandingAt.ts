/**
 * The stand or place the visitor stands at (`standingAt` of src/walk/travel.ts), as React state.
 * Where the visitor is lives in per-frame values, not in the store, so it is read a few times a
 * second: a panel opened by a deep link, before the arrival at its stand, learns of the arrival.
 */
import { useEffect, useState } from 'react';
import { standingAt } from '../../walk/travel.ts';

const EVERY_MS = 250;

export function useStandingAt(): string | null {
  const [at, setAt] = useState(standingAt);
  useEffect(() => {
    const timer = setInterval(() => setAt(standingAt()), EVERY_MS);
    return () => clearInterval(timer);
  }, []);
  return at;
}
