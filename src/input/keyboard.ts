/**
 * Keyboard: physical keys (KeyboardEvent.code), so ZQSD on AZERTY and WASD on QWERTY are the same
 * keys; arrows walk and turn; Shift runs. Keys typed into a text field are never movement.
 */
import { useEffect } from 'react';
import { movement } from './movement.ts';

type Action = 'forward' | 'back' | 'left' | 'right' | 'turnLeft' | 'turnRight' | 'run';

/** Named actions by physical key. */
export const KEYMAP: Record<string, Action> = {
  KeyW: 'forward',
  ArrowUp: 'forward',
  KeyS: 'back',
  ArrowDown: 'back',
  KeyA: 'left',
  KeyD: 'right',
  ArrowLeft: 'turnLeft',
  ArrowRight: 'turnRight',
  ShiftLeft: 'run',
  ShiftRight: 'run',
};

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  // Inside a dialog (plan, stand list, panel) arrows and keys belong to the dialog.
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || !!el.closest?.('[role=dialog]');
}

export function useKeyboardMovement(enabled: boolean): void {
  useEffect(() => {
    const held = new Set<Action>();
    const apply = () => {
      movement.keyForward = (held.has('forward') ? 1 : 0) - (held.has('back') ? 1 : 0);
      movement.keyStrafe = (held.has('right') ? 1 : 0) - (held.has('left') ? 1 : 0);
      movement.keyTurn = (held.has('turnLeft') ? 1 : 0) - (held.has('turnRight') ? 1 : 0);
      movement.run = held.has('run');
    };
    const down = (e: KeyboardEvent) => {
      if (!enabled || typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const action = KEYMAP[e.code];
      if (!action) return;
      // Arrows would scroll a page and Space would press a focused button: keep them for walking.
      e.preventDefault();
      held.add(action);
      if (action !== 'run') movement.directInputs++;
      apply();
    };
    const up = (e: KeyboardEvent) => {
      const action = KEYMAP[e.code];
      if (!action) return;
      held.delete(action);
      apply();
    };
    const clear = () => {
      held.clear();
      apply();
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', clear);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', clear);
      clear();
    };
  }, [enabled]);
}
