/**
 * A thumb joystick for touch screens, shown on foot: push to walk (further pushes walk faster up
 * to the walking pace). Feeds the one movement input; the rest of the screen stays drag-to-look.
 * Translucent until held, and smaller on phones (styles.css), so it hides little of the view.
 */
import { useEffect, useRef, useState } from 'react';
import { movement } from '../../input/movement.ts';
import { useStrings } from '../../i18n/useStrings.ts';
import './joystick.css';

/** Knob travel from the centre, px. */
const RADIUS = 48;

/** Whether this device is driven by touch (coarse pointer) or has been touched. */
function useTouchDevice(): boolean {
  const [touch, setTouch] = useState(
    () => (typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches) || navigator.maxTouchPoints > 0,
  );
  useEffect(() => {
    const onTouch = () => setTouch(true);
    window.addEventListener('touchstart', onTouch, { once: true, passive: true });
    return () => window.removeEventListener('touchstart', onTouch);
  }, []);
  return touch;
}

export function Joystick() {
  const t = useStrings();
  const touch = useTouchDevice();
  const base = useRef<HTMLDivElement>(null);
  const knob = useRef<HTMLDivElement>(null);
  const active = useRef<number | null>(null);

  useEffect(() => () => void (movement.stickForward = movement.stickStrafe = 0), []);
  if (!touch) return null;

  const update = (clientX: number, clientY: number) => {
    const b = base.current!.getBoundingClientRect();
    let dx = clientX - (b.left + b.width / 2);
    let dy = clientY - (b.top + b.height / 2);
    const len = Math.hypot(dx, dy);
    if (len > RADIUS) {
      dx = (dx / len) * RADIUS;
      dy = (dy / len) * RADIUS;
    }
    knob.current!.style.transform = `translate(${dx}px, ${dy}px)`;
    // Screen right is the visitor's right in every language: the stick does not mirror.
    movement.stickStrafe = dx / RADIUS;
    movement.stickForward = -dy / RADIUS;
    movement.directInputs++;
  };
  const release = () => {
    active.current = null;
    base.current?.classList.remove('is-held');
    movement.stickForward = movement.stickStrafe = 0;
    if (knob.current) knob.current.style.transform = '';
  };

  return (
    <div
      ref={base}
      className="joystick"
      data-testid="joystick"
      role="application"
      aria-label={t.joystick}
      onPointerDown={(e) => {
        e.preventDefault();
        active.current = e.pointerId;
        e.currentTarget.setPointerCapture(e.pointerId);
        e.currentTarget.classList.add('is-held');
        update(e.clientX, e.clientY);
      }}
      onPointerMove={(e) => e.pointerId === active.current && update(e.clientX, e.clientY)}
      onPointerUp={release}
      onPointerCancel={release}
    >
      <div ref={knob} className="joystick-knob" />
    </div>
  );
}
