/** Assembles the visit: the one canvas and the interface around it. */
import { useState } from 'react';
import { VisitCanvas } from './canvas/VisitCanvas.tsx';
import { LoadingScreen } from './dom/LoadingScreen.tsx';
import { TopBar } from './dom/TopBar.tsx';
import { useDocumentLang } from './i18n/useDocumentLang.ts';
import { useEditionData } from './scene/useEditionData.ts';
import { useKeyboardMovement } from './input/keyboard.ts';
import { useVisit } from './state/visit.ts';
import { Toolbar } from './dom/Toolbar.tsx';
import { Joystick } from './dom/controls/Joystick.tsx';
import { PlanPanel } from './dom/plan/PlanPanel.tsx';
import { StandList } from './dom/stands/StandList.tsx';
import { HotspotFocus } from './dom/hotspots/HotspotFocus.tsx';
import { StandPanel } from './dom/panel/StandPanel.tsx';
import { useDeepLinks } from './state/deepLink.ts';
import { CanvasBoundary } from './dom/twin/CanvasBoundary.tsx';
import { TwinMount } from './dom/twin/TwinMount.tsx';

export function App() {
  const [attempt, setAttempt] = useState(0);
  useDocumentLang();
  useEditionData(attempt);
  useDeepLinks();
  const view = useVisit((s) => s.view);
  const ready = useVisit((s) => s.status === 'ready');
  useKeyboardMovement(view === 'ground');
  return (
    <div className="app">
      <CanvasBoundary>
        <VisitCanvas attempt={attempt} />
      </CanvasBoundary>
      <TopBar />
      <Toolbar>
        <StandList />
      </Toolbar>
      {ready && <PlanPanel />}
      {view === 'ground' && ready && <Joystick />}
      <HotspotFocus />
      <StandPanel />
      <LoadingScreen onRetry={() => setAttempt((a) => a + 1)} />
      <TwinMount />
    </div>
  );
}
