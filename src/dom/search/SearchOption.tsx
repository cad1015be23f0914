/**
 * What one search result shows, in the visitor's language: a badge (a stand's number on its theme's
 * colour, a place's house, an amenity's pictogram, a session's calendar), its name, and a line under
 * it (a stand's theme and zone, a place's kind, an amenity's own name, a session's day, hours and place).
 */
import type { EditionData, Lang } from '../../edition/schema.ts';
import { StandBadge } from '../plan/StandBadge.tsx';
import { PLAN_STRINGS } from '../plan/strings.ts';
import { AmenityIcon } from './AmenityIcon.tsx';
import { AMENITY_WORDS } from './amenityWords.ts';
import type { SearchResult } from './searchIndex.ts';
import { SEARCH_STRINGS } from './strings.ts';
import { useProgramme } from '../../state/programme.ts';
import { SESSION_KIND_NAMES } from '../../i18n/sessionKinds.ts';
import { formatClock, formatEventDay } from '../../edition/eventClockFormat.ts';

function SessionIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M4 6h16v14H4Zm0 4h16M8 3v4m8-4v4" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

function PlaceIcon() {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M4 20V9l8-5 8 5v11h-5v-6H9v6Z" fill="currentColor" />
    </svg>
  );
}

export interface SearchOptionProps {
  result: SearchResult;
  data: EditionData | null;
  lang: Lang;
}

export function SearchOption({ result, data, lang }: SearchOptionProps) {
  const sessions = useProgramme((s) => s.sessions);
  const t = SEARCH_STRINGS[lang];
  const p = PLAN_STRINGS[lang];
  const zones = data?.site.zones;
  let badge;
  let name = result.id;
  let sub = '';
  if (result.kind === 'stand') {
    const stand = data?.stands.find((s) => s.id === result.id);
    if (stand) {
      const zone = zones?.find((z) => z.id === stand.zone);
      badge = <StandBadge stand={stand} lang={lang} className="search-badge" />;
      name = stand.name[lang];
      sub = `${p.themes[stand.theme]} · ${zone ? zone.name[lang] : stand.zone}`;
    }
  } else if (result.kind === 'zone') {
    const zone = zones?.find((z) => z.id === result.id);
    badge = (
      <span className="search-badge search-badge--place">
        <PlaceIcon />
        <span className="sr-only">{t.place}</span>
      </span>
    );
    if (zone) {
      name = zone.name[lang];
      sub = p.zoneKinds[zone.kind];
    }
  } else if (result.kind === 'session') {
    const session = sessions?.find((s) => s.id === result.id);
    badge = (
      <span className="search-badge search-badge--place">
        <SessionIcon />
        <span className="sr-only">{session ? SESSION_KIND_NAMES[lang][session.kind] : ''}</span>
      </span>
    );
    if (session && data) {
      const zone = data.edition.timeZone;
      const place = zones?.find((z) => z.id === session.place)?.name ?? data.stands.find((st) => st.id === session.place)?.name;
      name = session.title[lang];
      sub = `${formatEventDay(session.startAt, zone, lang)} · ${formatClock(session.startAt, zone, lang)}${place ? ` · ${place[lang]}` : ''}`;
    }
  } else {
    const amenity = data?.site.amenities?.find((a) => a.id === result.id);
    if (amenity) {
      badge = (
        <span className="search-badge search-badge--amenity">
          <AmenityIcon kind={amenity.kind} size={20} />
        </span>
      );
      name = AMENITY_WORDS[amenity.kind].label[lang];
      sub = amenity.name ? amenity.name[lang] : t.amenity;
    }
  }
  return (
    <>
      {badge ?? <span className="search-badge search-badge--place" />}
      <span className="search-text">
        <span className="search-name">{name}</span>
        {sub && <span className="search-sub">{sub}</span>}
      </span>
    </>
  );
}
