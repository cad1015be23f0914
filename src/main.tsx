import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import '@fontsource/ibm-plex-sans-arabic/700.css';
import './dom/styles.css';
import { App } from './App.tsx';
import { installVisitApi } from './automation/visitApi.ts';
import { useVisit } from './state/visit.ts';
import { launch } from './launch/launch.ts';
import { loadModels } from './canvas/models/fetchModels.ts';
import { modelsBase } from './canvas/models/useEditionModels.ts';
import { ready } from './state/readiness.ts';
import { applyWaitingUpdate, checkForUpdate, offline, registerOffline } from './platform/offline.ts';
import { installActivity } from './input/activity.ts';

if (launch.debug) installVisitApi();
// Idle time counts from the first input on: the kiosk's clock and the quiet moments for a reload.
installActivity();

// Start the first frame's models now: the canvas that needs them mounts hundreds of milliseconds
// later (React, then the WebGL context), and on a mobile network every one of those counts.
{
  const { editionId, setProgress } = useVisit.getState();
  void loadModels(modelsBase(editionId), setProgress).catch(() => undefined); // the canvas reports errors
}

// The service worker registers once the first frame is drawn, so its precache never competes with
// the first frame's own downloads; or a minute after load where no 3D frame comes (the 2D twin).
// Never for the media renderer (`?capture=1`), whose frames must come from the build as it is.
if (!launch.capture) {
  const afterLoad = new Promise<void>((resolve) => window.addEventListener('load', () => setTimeout(resolve, 60_000)));
  void Promise.race([ready, afterLoad]).then(() => registerOffline(launch.kiosk ? 'kiosk' : 'public'));
  if (launch.debug) Object.assign(window, { __offline: { state: offline, applyWaitingUpdate, checkForUpdate } });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
