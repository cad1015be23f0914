/**
 * Optional pointer lock for looking with the mouse, started only by this button (never by a click
 * on the interface); Esc releases it (the browser's own rule).
 */
import { useEffect, useState } from 'react';
import { useStrings } from '../../i18n/useStrings.ts';

export function MouseLook() {
  const t = useStrings();
  const [locked, setLocked] = useState(false);
  useEffect(() => {
    const onChange = () => setLocked(!!document.pointerLockElement);
    document.addEventListener('pointerlockchange', onChange);
    return () => document.removeEventListener('pointerlockchange', onChange);
  }, []);
  if (typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches) return null;
  return (
    <button
      type="button"
      className="pill-button"
      data-testid="mouse-look"
      aria-pressed={locked}
      onClick={() => {
        const canvas = document.querySelector<HTMLCanvasElement>('.visit-canvas canvas');
        void canvas?.requestPointerLock?.();
      }}
    >
      {locked ? t.mouseLookOn : t.mouseLook}
    </button>
  );
}
