/** Bottom controls: how to move, mouse look, and the ways to jump somewhere. */
import type { ReactNode } from 'react';
import { useVisit } from '../state/visit.ts';
import { HelpOverlay } from './controls/HelpOverlay.tsx';
import { MouseLook } from './controls/MouseLook.tsx';

export function Toolbar({ children }: { children?: ReactNode }) {
  const view = useVisit((s) => s.view);
  const status = useVisit((s) => s.status);
  if (status !== 'ready') return null;
  return (
    <nav className="toolbar">
      <HelpOverlay />
      {children}
      {view === 'ground' && <MouseLook />}
    </nav>
  );
}
