/**
 * `]` and `[`: next and previous stand, from anywhere in the 3D view or the stand panel, never while
 * another dialog is open (plan, list, help, a photo viewer) or a text field has focus, nor under the
 * 2D twin. The character is matched on any layout (AltGr+5 on AZERTY types `[`); layouts without it
 * (Arabic) get the keys where `[` and `]` sit on a US keyboard.
 */
import { useEffect } from 'react';
import { hop, type Step } from './hop.ts';

function stepOf(e: KeyboardEvent): Step | 0 {
  if (e.metaKey || (e.ctrlKey && !e.altKey)) return 0;
  if (e.key === ']') return 1;
  if (e.key === '[') return -1;
  if (e.ctrlKey || e.altKey) return 0;
  return e.code === 'BracketRight' ? 1 : e.code === 'BracketLeft' ? -1 : 0;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el?.tagName && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Only the stand panel may be open. */
function otherDialogOpen(): boolean {
  return [...document.querySelectorAll('dialog[open]')].some((d) => !d.classList.contains('stand-panel'));
}

export function useHopKeys(): void {
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      const step = stepOf(e);
      if (!step || e.repeat || typing(e.target) || otherDialogOpen()) return;
      if (document.documentElement.classList.contains('twin-open')) return;
      e.preventDefault();
      hop(step);
    };
    window.addEventListener('keydown', down);
    return () => window.removeEventListener('keydown', down);
  }, []);
}
