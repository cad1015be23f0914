/** Where each part of the twin is, by id, and how its links move there without touching the URL (the deep links own it). */
import type { MouseEvent } from 'react';
import { prefersReducedMotion } from '../../platform/motion.ts';

export const zoneAnchor = (id: string) => `twin-zone-${id}`;
export const standAnchor = (id: string) => `twin-stand-${id}`;

/** Scrolls a part of the twin into view and puts the focus on it (a link's target, a search result). */
export function reveal(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  el.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  el.focus({ preventScroll: true });
  return true;
}

/** A plain click on a link inside the twin moves focus to its target; a modified one keeps the browser's meaning. */
export function jump(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (reveal(id)) e.preventDefault();
}
