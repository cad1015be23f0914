/** The plan in the twin (h2): drawn, not interactive, with a text alternative saying where each place lies. */
import { useMemo } from 'react';
import type { Lang } from '../../../i18n/lang.ts';
import type { EditionData, Vec2 } from '../../../edition/schema.ts';
import { viewBoxOf, type Box } from '../../../dom/plan/planShapes.ts';
import { PlanSvg } from '../../../dom/plan/PlanSvg.tsx';
import type { StandGroup } from '../../../dom/plan/standGroups.ts';
import { PLAN_STRINGS } from '../../../dom/plan/strings.ts';
import { ThemeList } from '../../../dom/plan/ThemeList.tsx';
import type { Compass, TwinStrings } from '../strings.ts';

const COMPASS: Compass[] = ['north-west', 'north', 'north-east', 'west', 'centre', 'east', 'south-west', 'south', 'south-east'];

/** Where a point lies on the site, in thirds of its extent, north (−z) at the top. */
function compassOf([x, z]: Vec2, box: Box): Compass {
  const third = (v: number) => (v < 1 / 3 ? 0 : v > 2 / 3 ? 2 : 1);
  return COMPASS[third((z - box.y) / box.height) * 3 + third((x - box.x) / box.width)]!;
}

interface PlanProps {
  data: EditionData;
  places: readonly StandGroup[];
  lang: Lang;
  t: TwinStrings;
}

export function Plan({ data, places, lang, t }: PlanProps) {
  const p = PLAN_STRINGS[lang];
  const box = useMemo(() => viewBoxOf(data.site.boundary), [data]);
  return (
    <section id="twin-plan" className="twin-card twin-plan" aria-labelledby="twin-plan-h" tabIndex={-1}>
      <h2 id="twin-plan-h">{p.planTitle}</h2>
      <figure className="twin-figure" aria-labelledby="twin-plan-h" aria-describedby="twin-plan-alt">
        <div className="twin-plan-svg" style={{ aspectRatio: `${box.width} / ${box.height}` }}>
          <PlanSvg interactive={false} />
        </div>
        <figcaption id="twin-plan-alt" className="twin-plan-alt">
          <p>{t.planIntro}</p>
          <ul>
            {places.map((place) =>
              place.zone ? (
                <li key={place.zoneId}>
                  {t.placeOnPlan(
                    place.zone.name[lang],
                    t.compass[compassOf(place.zone.position, box)],
                    place.stands.map((s) => s.number),
                  )}
                </li>
              ) : null,
            )}
          </ul>
          <p>{t.standColours}</p>
          <ThemeList stands={data.stands} lang={lang} className="twin-legend" dotClassName="twin-dot" />
        </figcaption>
      </figure>
    </section>
  );
}
