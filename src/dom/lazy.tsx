/**
 * Interface that is not needed for the first frame, loaded on demand once the site is drawn: it
 * keeps the first download small (see docs/performance.md) while the scene, signs and the top bar
 * come first.
 */
import { lazy } from 'react';

export const Toolbar = lazy(() => import('./Toolbar.tsx').then((m) => ({ default: m.Toolbar })));
export const StandList = lazy(() => import('./stands/StandList.tsx').then((m) => ({ default: m.StandList })));
export const PlanPanel = lazy(() => import('./plan/PlanPanel.tsx').then((m) => ({ default: m.PlanPanel })));
export const Joystick = lazy(() => import('./controls/Joystick.tsx').then((m) => ({ default: m.Joystick })));
export const HotspotFocus = lazy(() => import('./hotspots/HotspotFocus.tsx').then((m) => ({ default: m.HotspotFocus })));
export const StandPanel = lazy(() => import('./panel/StandPanel.tsx').then((m) => ({ default: m.StandPanel })));
export const SiteLabels = lazy(() => import('./labels/SiteLabels.tsx').then((m) => ({ default: m.SiteLabels })));
export const HoverLabel = lazy(() => import('./labels/HoverLabel.tsx').then((m) => ({ default: m.HoverLabel })));
export const AboutButton = lazy(() => import('./about/AboutButton.tsx').then((m) => ({ default: m.AboutButton })));
