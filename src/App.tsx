/** Assembles the visit: the one canvas and the interface around it. */
import { Suspense, useEffect, useState } from 'react';
import { ready as visitReady } from './state/readiness.ts';
import { navGrid } from './walk/walkWorld.ts';
import { HotspotFocus, HoverLabel, Joystick, PlanPanel, SiteLabels, StandList, StandPanel, Toolbar } from './dom/lazy.tsx';
import { VisitCanvas } from './canvas/VisitCanvas.tsx';
import { LoadingScreen } from './dom/LoadingScreen.tsx';
import { TopBar } from './dom/TopBar.tsx';
import { useDocumentLang } from './i18n/useDocumentLang.ts';
import { useEditionData } from './state/useEditionData.ts';
import { useKeyboardMovement } from './input/keyboard.ts';
import { useVisit } from './state/visit.ts';
import { useDeepLinks } from './state/deepLink.ts';
import { CanvasBoundary } from './modes/twin/CanvasBoundary.tsx';
import { TwinMount } from './modes/twin/TwinMount.tsx';
import { TwinOpenButton } from './modes/twin/TwinOpenButton.tsx';
import { CanvasGate } from './modes/twin/CanvasGate.tsx';
import { useTwin } from './modes/twin/twinState.ts';
import { FadeVeil } from './dom/FadeVeil.tsx';

export function App() {
  const [attempt, setAttempt] = useState(0);
  useDocumentLang();
  useEditionData(attempt);
  useDeepLinks();
  const view = useVisit((s) => s.view);
  const ready = useVisit((s) => s.status === 'ready' && s.drawn);
  useEffect(() => {
    void visitReady.then(() => {
      useVisit.getState().setDrawn();
      // Warm what the first click-to-go needs, now that the first frame is out.
      void navGrid();
    });
  }, []);
  useKeyboardMovement(view === 'ground');
  return (
    <main className="app">
      <CanvasGate>
        <CanvasBoundary>
          <VisitCanvas attempt={attempt} />
        </CanvasBoundary>
      </CanvasGate>
      {/* In the order they show, top to bottom and start to end, so Tab follows the screen. */}
      <TopBar>
        <TwinOpenButton />
      </TopBar>
      {ready && (
        <Suspense fallback={null}>
          {view === 'aerial' && <SiteLabels />}
          <HoverLabel />
          <HotspotFocus />
          {view === 'ground' && <Joystick />}
          <Toolbar>
            <StandList />
          </Toolbar>
          <PlanPanel />
          <StandPanel />
        </Suspense>
      )}
      <LoadingScreen onRetry={() => setAttempt((a) => a + 1)} onReadText={() => useTwin.getState().show(null)} />
      <FadeVeil />
      <TwinMount />
    </main>
  );
}
