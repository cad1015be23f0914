/**
 * When the 3D view may mount: at once in the 3D visit; when the visit starts in the twin
 * (`?mode=2d`), only once the twin has painted its content, or the visitor leaves it. Creating the
 * canvas's WebGL context (and the probe's before it) blocks the main thread on the GPU process: on
 * a slow or busy device that took seconds, and the twin a visitor came to read waited behind it.
 * Once mounted, the canvas stays for the life of the page (its frame loop pauses while covered).
 */
import { useState, type ReactNode } from 'react';
import { useTwin } from './twinState.ts';

export function CanvasGate({ children }: { children: ReactNode }) {
  const may = useTwin((s) => !s.open || s.painted);
  // A latch (React's "state from the previous render"): once the 3D view may mount, it stays.
  const [mounted, setMounted] = useState(may);
  if (may && !mounted) setMounted(true);
  return mounted || may ? children : null;
}
