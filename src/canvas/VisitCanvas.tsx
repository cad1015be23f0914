/** The one Canvas of the page: it never remounts; language, view and quality change on the live renderer. */
import { Canvas } from '@react-three/fiber';
import { Atmosphere } from './Atmosphere.tsx';
import { Quality } from './Quality.tsx';
import { Cameras } from './Cameras.tsx';
import { FrameProbe } from './FrameProbe.tsx';
import { World } from './World.tsx';
import { StandSigns } from './signs/StandSigns.tsx';
import { HotspotMarkers } from './hotspots/HotspotMarkers.tsx';
import { Walker } from './player/Walker.tsx';
import { PointerControls } from './player/PointerControls.tsx';
import { RouteMarker } from './player/RouteMarker.tsx';
import { Traveller } from './player/Traveller.tsx';

/** `?capture=1` films the world without its interface (markers), for the media the team renders. */
const CAPTURE = new URLSearchParams(location.search).get('capture') === '1';

export function VisitCanvas({ attempt }: { attempt: number }) {
  return (
    <Canvas
      className="visit-canvas"
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance', preserveDrawingBuffer: false }}
      aria-label="3D"
    >
      <Quality />
      <Atmosphere />
      <World attempt={attempt} />
      <StandSigns />
      {!CAPTURE && <HotspotMarkers />}
      <Walker />
      <Cameras />
      <PointerControls />
      <RouteMarker />
      <Traveller />
      <FrameProbe />
    </Canvas>
  );
}
