/** The full-screen veil of a fade (src/state/fade.ts), over the page and the twin alike. */
import { createPortal } from 'react-dom';
import { useFade } from '../state/fade.ts';

export function FadeVeil() {
  const on = useFade((s) => s.on);
  return createPortal(<div id="fade-veil" className={on ? 'on' : undefined} aria-hidden="true" />, document.body);
}
