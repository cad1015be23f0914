import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/ibm-plex-sans-arabic/400.css';
import '@fontsource/ibm-plex-sans-arabic/600.css';
import '@fontsource/ibm-plex-sans-arabic/700.css';
import './dom/styles.css';
import { App } from './App.tsx';
import { installVisitApi } from './automation/visitApi.ts';

if (new URLSearchParams(location.search).get('debug') === '1') installVisitApi();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
