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

if (launch.debug) installVisitApi();

// Start the first frame's models now: the canvas that needs them mounts hundreds of milliseconds
// later (React, then the WebGL context), and on a mobile network every one of those counts.
{
  const { editionId, setProgress } = useVisit.getState();
  void loadModels(modelsBase(editionId), setProgress).catch(() => undefined); // the canvas reports errors
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
