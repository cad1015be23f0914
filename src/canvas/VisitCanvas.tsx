/** The one Canvas of the page: it never remounts; language, view and quality change on the live renderer. */
import { Canvas } from '@react-three/fiber';
import { Atmosphere } from './Atmosphere.tsx';
import { Cameras } from './Cameras.tsx';
import { FrameProbe } from './FrameProbe.tsx';
import { ContextLoss } from './ContextLoss.tsx';
import { World } from './World.tsx';
import { CompileFirst } from './precompile/CompileFirst.tsx';
import { StandSigns } from './signs/StandSigns.tsx';
import { lazy, Suspense, type ReactNode } from 'react';
import { useVisit } from '../state/visit.ts';
import { STRINGS } from '../i18n/strings.ts';
import { launch } from '../launch/launch.ts';
import { sceneContents } from '../state/frame.ts';

const markInteractive = () => {
  sceneContents.interactive = true;
};

// Not needed to draw the first frame: loaded once it is drawn.
const HotspotMarkers = lazy(() => import('./hotspots/HotspotMarkers.tsx').then((m) => ({ default: m.HotspotMarkers })));
const PointerControls = lazy(() => import('./player/PointerControls.tsx').then((m) => ({ default: m.PointerControls })));
const PointerHints = lazy(() => import('./player/PointerHints.tsx').then((m) => ({ default: m.PointerHints })));
const PlaceSigns = lazy(() => import('./signs/PlaceSigns.tsx').then((m) => ({ default: m.PlaceSigns })));
const ProgrammeBoards = lazy(() => import('./boards/ProgrammeBoards.tsx').then((m) => ({ default: m.ProgrammeBoards })));
const EntranceFigures = lazy(() => import('./figures/EntranceFigures.tsx').then((m) => ({ default: m.EntranceFigures })));
const StandPosters = lazy(() => import('./posters/StandPosters.tsx').then((m) => ({ default: m.StandPosters })));
const Crowd = lazy(() => import('./crowd/Crowd.tsx').then((m) => ({ default: m.Crowd })));
const ArenaLife = lazy(() => import('./arenas/ArenaLife.tsx').then((m) => ({ default: m.ArenaLife })));
const RouteMarker = lazy(() => import('./player/RouteMarker.tsx').then((m) => ({ default: m.RouteMarker })));
const KioskMarker = lazy(() => import('./KioskMarker.tsx').then((m) => ({ default: m.KioskMarker })));
const Quality = lazy(() => import('./Quality.tsx').then((m) => ({ default: m.Quality })));
import { Walker } from './player/Walker.tsx';
import { Traveller } from './player/Traveller.tsx';

/** `children`: what a mode adds inside the canvas (the headset's session, src/modes/xr). */
export function VisitCanvas({ attempt, children }: { attempt: number; children?: ReactNode }) {
  const drawn = useVisit((s) => s.drawn);
  const label = STRINGS[useVisit((s) => s.lang)].canvasLabel;
  // Under another mode's page (the 2D twin) nothing of the 3D view is seen: drawing it anyway would
  // take the main thread and the GPU from the page the visitor reads (on a slow device, or beside
  // another WebGL page, the twin waited tens of seconds behind shader compiles and frames).
  const covered = useVisit((s) => s.covered);
  return (
    <Canvas
      frameloop={covered ? 'never' : 'always'}
      className="visit-canvas"
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      role="img"
      aria-label={label}
    >
      <Atmosphere />
      <World attempt={attempt} />
      <StandSigns />
      {drawn && (
        <Suspense fallback={null}>
          <Quality />
          <PointerControls />
          {/* Their shaders compile beside the first frames after ready, not inside one of them. */}
          <CompileFirst name="after-ready" onShown={markInteractive}>
            <RouteMarker />
            {launch.kiosk && <KioskMarker />}
            <PointerHints />
            <PlaceSigns />
            <StandPosters />
            <ProgrammeBoards />
            <ArenaLife />
            <Crowd />
            <EntranceFigures />
            {!launch.capture && <HotspotMarkers />}
          </CompileFirst>
        </Suspense>
      )}
      <Walker />
      <Cameras />
      <Traveller />
      <FrameProbe />
      <ContextLoss />
      {children}
    </Canvas>
  );
}
