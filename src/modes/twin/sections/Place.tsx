/** One place of the site in the twin (h2): its kind, whether covered, its description, then its stands. */
import { useVisit } from '../../../state/visit.ts';
import { Markdown } from '../../../dom/markdown.tsx';
import { EXTERNAL_LINKS } from '../../../dom/media/HotspotContent.tsx';
import type { StandGroup } from '../../../dom/plan/standGroups.ts';
import { PLAN_STRINGS } from '../../../dom/plan/strings.ts';
import { zoneAnchor } from '../anchors.ts';
import { TWIN_STRINGS } from '../strings.ts';
import { StandArticle } from './StandArticle.tsx';
import { HotspotList } from './HotspotList.tsx';

export function Place({ place, current, can3D }: { place: StandGroup; current: string | null; can3D: boolean }) {
  const lang = useVisit((s) => s.lang);
  const t = TWIN_STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const id = zoneAnchor(place.zoneId);
  const { zone } = place;
  return (
    <section id={id} className="twin-zone" aria-labelledby={`${id}-h`} tabIndex={-1} data-zone={place.zoneId}>
      <h2 id={`${id}-h`}>{zone ? zone.name[lang] : place.zoneId}</h2>
      {zone && (
        <>
          <p className="twin-kind">
            {p.zoneKinds[zone.kind]} · {zone.covered ? t.covered : t.openAir}
            {place.stands.length > 0 && ` · ${p.standsCount(place.stands.length)}`}
          </p>
          <div className="twin-text">
            <Markdown text={zone.description[lang]} externalLinks={EXTERNAL_LINKS} />
          </div>
          <HotspotList hotspots={zone.hotspots ?? []} anchor={id} title={t.inThisPlace(zone.hotspots?.length ?? 0)} />
        </>
      )}
      {place.stands.map((s) => (
        <StandArticle key={s.id} stand={s} current={s.id === current} can3D={can3D} />
      ))}
    </section>
  );
}
