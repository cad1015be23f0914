/**
 * The guided tour's components, loaded after the first frame like the rest of the interface
 * (src/dom/lazy.tsx; the page's layer may not import a mode, so they are listed here).
 */
import { lazy } from 'react';

export const TourButton = lazy(() => import('./TourButton.tsx').then((m) => ({ default: m.TourButton })));
export const TourMount = lazy(() => import('./TourMount.tsx').then((m) => ({ default: m.TourMount })));
