/**
 * The twin's table of contents (h2): the plan, each place with its stands by number, then the
 * programme and the edition's figures where the edition has them.
 */
import type { Lang } from '../../../i18n/lang.ts';
import { listSeparator } from '../../../i18n/lists.ts';
import type { StandGroup } from '../../../dom/plan/standGroups.ts';
import { PLAN_STRINGS } from '../../../dom/plan/strings.ts';
import { jump, standAnchor, zoneAnchor } from '../anchors.ts';
import type { TwinStrings } from '../strings.ts';

interface ContentsProps {
  places: readonly StandGroup[];
  lang: Lang;
  t: TwinStrings;
  /** Sections after the places (the programme, "About this edition"): id and heading, in order. */
  after?: ReadonlyArray<{ id: string; title: string }>;
}

export function Contents({ places, lang, t, after = [] }: ContentsProps) {
  const p = PLAN_STRINGS[lang];
  return (
    <nav className="twin-card twin-contents" aria-labelledby="twin-contents-h">
      <h2 id="twin-contents-h">{t.contents}</h2>
      <ol className="twin-contents-places">
        <li>
          <a href="#twin-plan" onClick={(e) => jump(e, 'twin-plan')}>
            {p.planTitle}
          </a>
        </li>
        {places.map((place) => (
          <li key={place.zoneId}>
            <a href={`#${zoneAnchor(place.zoneId)}`} data-zone={place.zoneId} onClick={(e) => jump(e, zoneAnchor(place.zoneId))}>
              {place.zone ? place.zone.name[lang] : place.zoneId}
            </a>
            {place.stands.length > 0 && (
              <ol className="twin-contents-stands">
                {place.stands.map((s) => (
                  <li key={s.id}>
                    <a href={`#${standAnchor(s.id)}`} data-stand={s.id} onClick={(e) => jump(e, standAnchor(s.id))}>
                      <span className="twin-contents-num">
                        <span className="sr-only">{p.standWord} </span>
                        {s.number}
                      </span>
                      <span className="sr-only">{listSeparator(lang)}</span>
                      {s.name[lang]}
                    </a>
                  </li>
                ))}
              </ol>
            )}
          </li>
        ))}
        {after.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} onClick={(e) => jump(e, section.id)}>
              {section.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
