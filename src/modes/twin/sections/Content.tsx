/**
 * The twin's document once the edition is loaded: title (h1), search, contents, plan, every place,
 * the practical services, the programme, then the edition's figures.
 */
import { useMemo, type RefObject } from 'react';
import { useVisit } from '../../../state/visit.ts';
import type { EditionData } from '../../../edition/schema.ts';
import { groupStandsBySite } from '../../../dom/plan/standGroups.ts';
import { TWIN_STRINGS } from '../strings.ts';
import { Contents } from './Contents.tsx';
import { Place } from './Place.tsx';
import { Plan } from './Plan.tsx';
import { Search } from './Search.tsx';
import { Amenities } from './Amenities.tsx';
import { Figures, FIGURES_ANCHOR } from './Figures.tsx';
import { Programme, PROGRAMME_ANCHOR } from './Programme.tsx';
import { PROGRAMME_STRINGS } from '../../programme/strings.ts';
import { useProgramme } from '../../../state/programme.ts';
import { ABOUT_STRINGS } from '../../../dom/about/strings.ts';

interface ContentProps {
  data: EditionData;
  current: string | null;
  can3D: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export function Content({ data, current, can3D, headingRef }: ContentProps) {
  const lang = useVisit((s) => s.lang);
  const sessions = useProgramme((s) => s.sessions);
  const t = TWIN_STRINGS[lang];
  const places = useMemo(() => groupStandsBySite(data.stands, data.site.zones), [data]);
  const { edition } = data;
  const dates = t.dates(new Date(`${edition.dates.start}T00:00:00Z`), new Date(`${edition.dates.end}T00:00:00Z`));
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="twin-title">
        {edition.title[lang]}
      </h1>
      <p className="twin-lede">{edition.theme[lang]}</p>
      <p className="twin-when">
        {edition.city[lang]} · {dates} · {t.summary(data.stands.length, data.site.zones.length)}
      </p>
      <Search />
      <Contents
        places={places}
        lang={lang}
        t={t}
        after={[
          ...(sessions?.length ? [{ id: PROGRAMME_ANCHOR, title: PROGRAMME_STRINGS[lang].title }] : []),
          ...(edition.figures ? [{ id: FIGURES_ANCHOR, title: ABOUT_STRINGS[lang].title }] : []),
        ]}
      />
      <Plan data={data} places={places} lang={lang} t={t} />
      {places.map((place) => (
        <Place key={place.zoneId} place={place} current={current} can3D={can3D} />
      ))}
      <Amenities data={data} />
      <Programme data={data} />
      <Figures data={data} />
    </>
  );
}
