/**
 * The programme's components, loaded after the first frame like the rest of the interface
 * (src/dom/lazy.tsx; the page's layer may not import a mode, so they are listed here).
 */
import { lazy } from 'react';

export const ProgrammeButton = lazy(() => import('./ProgrammeButton.tsx').then((m) => ({ default: m.ProgrammeButton })));
export const ProgrammeMount = lazy(() => import('./ProgrammeMount.tsx').then((m) => ({ default: m.ProgrammeMount })));
