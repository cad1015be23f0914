/**
 * A stand's or place's hotspots as sections of the panel, the one it was opened at marked current;
 * that one's video starts when the panel was opened by its play marker.
 */
import type { ReactNode } from 'react';
import type { Hotspot } from '../../edition/schema.ts';
import type { Target } from '../../edition/targets.ts';
import type { Lang } from '../../i18n/lang.ts';
import { HotspotContent } from '../media/HotspotContent.tsx';
import type { PanelStrings } from './strings.ts';

const ICON_PATHS: Record<Hotspot['type'], ReactNode> = {
  info: (
    <>
      <circle cx="12" cy="6.5" r="1.7" fill="currentColor" />
      <rect x="10.4" y="9.6" width="3.2" height="9" rx="1" fill="currentColor" />
    </>
  ),
  video: <path d="M9 6.5v11l9-5.5z" fill="currentColor" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />,
  gallery: (
    <>
      <rect x="4" y="6" width="16" height="12" rx="1.8" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M6.5 16.5 10.5 11.5 13 14.5 15 12.5 18 16.5z" fill="currentColor" />
    </>
  ),
  link: (
    <path
      d="M10.5 13.5a3.5 3.5 0 0 0 5 0l3-3a3.5 3.5 0 0 0-5-5l-1 1 M13.5 10.5a3.5 3.5 0 0 0-5 0l-3 3a3.5 3.5 0 0 0 5 5l1-1"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    />
  ),
};

function HotspotIcon({ type }: { type: Hotspot['type'] }) {
  return (
    <span className={`sp-icon sp-icon--${type}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="18" height="18" focusable="false">
        {ICON_PATHS[type]}
      </svg>
    </span>
  );
}

interface Props {
  target: Target;
  titleId: string;
  /** The hotspot the panel was opened at. */
  current: string | null;
  /** Start the current hotspot's video. */
  play: boolean;
  editionId: string;
  lang: Lang;
  t: PanelStrings;
}

export function PanelHotspots({ target, titleId, current, play, editionId, lang, t }: Props) {
  if (target.hotspots.length === 0) return null;
  return (
    <section className="sp-hotspots" aria-labelledby={`${titleId}-spots`}>
      <h3 id={`${titleId}-spots`} className="sp-hotspots-title">
        {target.kind === 'place' ? t.onThisPlace : t.onThisStand}
      </h3>
      {target.hotspots.map((h) => {
        const headingId = `${titleId}-${h.id}`;
        const isCurrent = h.id === current;
        return (
          <section
            key={h.id}
            className={isCurrent ? 'sp-hotspot is-current' : 'sp-hotspot'}
            data-hotspot-id={h.id}
            data-type={h.type}
            aria-labelledby={headingId}
            aria-current={isCurrent ? 'true' : undefined}
            tabIndex={-1}
          >
            <div className="sp-hotspot-head">
              <HotspotIcon type={h.type} />
              <div>
                <p className="sp-type">{t.hotspotTypes[h.type]}</p>
                <h4 id={headingId} className="sp-hotspot-title">
                  {h.title[lang]}
                </h4>
              </div>
            </div>
            <div className="sp-text">
              <HotspotContent hotspot={h} editionId={editionId} lang={lang} autoPlay={isCurrent && play} />
            </div>
          </section>
        );
      })}
    </section>
  );
}
