/** Assembles the visit: the one canvas and the interface around it. */
import { useState } from 'react';
import { VisitCanvas } from './canvas/VisitCanvas.tsx';
import { LoadingScreen } from './dom/LoadingScreen.tsx';
import { TopBar } from './dom/TopBar.tsx';
import { useDocumentLang } from './i18n/useDocumentLang.ts';
import { useEditionData } from './scene/useEditionData.ts';

export function App() {
  const [attempt, setAttempt] = useState(0);
  useDocumentLang();
  useEditionData(attempt);
  return (
    <div className="app">
      <VisitCanvas attempt={attempt} />
      <TopBar />
      <LoadingScreen onRetry={() => setAttempt((a) => a + 1)} />
    </div>
  );
}
