/** What can be seen at a stand or a place, in the twin: each hotspot as a titled section (h4) with its content. */
import type { Hotspot } from '../../../edition/schema.ts';
import { useVisit } from '../../../state/visit.ts';
import { HotspotContent } from '../../../dom/media/HotspotContent.tsx';
import { TWIN_STRINGS } from '../strings.ts';

export function HotspotList({ hotspots, anchor, title }: { hotspots: readonly Hotspot[]; anchor: string; title: string }) {
  const lang = useVisit((s) => s.lang);
  const editionId = useVisit((s) => s.editionId);
  const t = TWIN_STRINGS[lang];
  if (!hotspots.length) return null;
  return (
    <div className="twin-hotspots">
      <p className="twin-hotspots-title">{title}</p>
      {hotspots.map((h) => (
        <div key={h.id} className="twin-hotspot" data-hotspot-id={h.id}>
          <h4 id={`${anchor}-${h.id}`} className="twin-hotspot-title">
            <span className="twin-type">{t.hotspotTypes[h.type]}</span>
            <span className="sr-only">{lang === 'ar' ? ': ' : ' : '}</span>
            <span>{h.title[lang]}</span>
          </h4>
          <div className="twin-text">
            <HotspotContent hotspot={h} editionId={editionId} lang={lang} />
          </div>
        </div>
      ))}
    </div>
  );
}
