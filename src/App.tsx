/** Assembles the visit: the one canvas and the interface around it. */
import { Fragment, lazy, Suspense, useEffect, useState } from 'react';
import { ready as visitReady } from './state/readiness.ts';
import { navGrid } from './walk/walkWorld.ts';
import {
  AboutButton,
  HotspotFocus,
  HoverLabel,
  Joystick,
  PlanPanel,
  SiteLabels,
  StandList,
  StandPanel,
  Toolbar,
} from './dom/lazy.tsx';
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
import { TourButton, TourMount } from './modes/tour/lazy.tsx';
import { useKiosk } from './state/kiosk.ts';
import { launch } from './launch/launch.ts';
import { ContextNotice } from './dom/context/ContextNotice.tsx';
import { EnterVRButton, useVrSupport, XRCanvasPart } from './modes/xr/lazy.tsx';
import { ProgrammeButton, ProgrammeMount } from './modes/programme/lazy.tsx';

// Only a kiosk downloads the kiosk's code.
const KioskMode = lazy(() => import('./modes/kiosk/KioskMode.tsx').then((m) => ({ default: m.KioskMode })));

export function App() {
  const [attempt, setAttempt] = useState(0);
  useDocumentLang();
  useEditionData(attempt);
  useDeepLinks();
  const view = useVisit((s) => s.view);
  const ready = useVisit((s) => s.status === 'ready' && s.drawn);
  // A kiosk's reset remounts the interface (never the canvas): what its components hold goes with it.
  const visit = useKiosk((s) => s.visits);
  useEffect(() => {
    void visitReady.then(() => {
      useVisit.getState().setDrawn();
      // Warm what the first click-to-go needs, now that the first frame is out.
      void navGrid();
    });
  }, []);
  useKeyboardMovement(view === 'ground');
  useVrSupport();
  return (
    <main className="app">
      <CanvasGate>
        <CanvasBoundary>
          <VisitCanvas attempt={attempt}>
            <XRCanvasPart />
          </VisitCanvas>
        </CanvasBoundary>
      </CanvasGate>
      <ContextNotice />
      {/* In the order they show, top to bottom and start to end, so Tab follows the screen. */}
      <Fragment key={visit}>
        <TopBar>
          <TwinOpenButton />
        </TopBar>
        {ready && (
          <Suspense fallback={null}>
            {view === 'aerial' && <SiteLabels />}
            <HoverLabel />
            <HotspotFocus />
            {view === 'ground' && <Joystick />}
            <TourMount />
            <Toolbar>
              <StandList />
              <TourButton />
              <ProgrammeButton />
              <AboutButton />
              <EnterVRButton />
            </Toolbar>
            <PlanPanel />
            <StandPanel />
            <ProgrammeMount />
          </Suspense>
        )}
      </Fragment>
      {launch.kiosk && (
        <Suspense fallback={null}>
          <KioskMode />
        </Suspense>
      )}
      <LoadingScreen onRetry={() => setAttempt((a) => a + 1)} onReadText={() => useTwin.getState().show(null)} />
      <FadeVeil />
      <TwinMount />
    </main>
  );
}
