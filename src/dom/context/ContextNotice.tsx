/**
 * The calm message over the 3D view while its GPU context is lost (src/state/gpu.ts). It lets every
 * touch through: the plan, the lists and the panels keep working meanwhile.
 */
import { useEffect } from 'react';
import { useGpu } from '../../state/gpu.ts';
import { useVisit } from '../../state/visit.ts';
import { CONTEXT_STRINGS } from './strings.ts';
import './contextNotice.css';

export function ContextNotice() {
  const lost = useGpu((s) => s.lost);
  const t = CONTEXT_STRINGS[useVisit((s) => s.lang)];
  // A lost canvas is blank with the browser's broken-image mark in its corner: the page's own
  // background shows instead until the scene is back (contextNotice.css).
  useEffect(() => {
    document.documentElement.classList.toggle('gpu-lost', lost);
  }, [lost]);
  // The live region is always there, so that screen readers announce the message when it fills.
  return (
    <div className="context-notice" role="status" data-testid="context-notice">
      {lost && (
        <p className="context-notice__card">
          <span className="context-notice__spinner" aria-hidden="true" />
          <strong>{t.title}</strong> <span>{t.body}</span>
        </p>
      )}
    </div>
  );
}
