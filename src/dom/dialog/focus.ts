/**
 * Moving focus from script the way the visitor last acted: after a key, with its ring; after a
 * click or a tap, without. Browsers guess this for script focus from the element that had focus
 * before, and guess wrong when that was nothing (a click on the 3D view, which takes no focus,
 * then a panel focusing its hotspot): `focusVisible` says it outright where supported, and the
 * guess stands elsewhere.
 */

let keyboard = false;

/** Held alone (Shift with a click), these say nothing of how the visitor acts. */
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta']);

if (typeof window !== 'undefined') {
  // Capture: seen before any handler moves focus in answer to the same key or click.
  window.addEventListener('keydown', (e) => void (keyboard ||= !MODIFIERS.has(e.key)), true);
  window.addEventListener('pointerdown', () => void (keyboard = false), true);
}

/** Focuses an element without scrolling, with a ring only if the visitor last used the keyboard. */
export function focusLikeInput(el: HTMLElement): void {
  el.focus({ preventScroll: true, focusVisible: keyboard } as FocusOptions);
}
