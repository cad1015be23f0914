/**
 * "Take me to a stand": a button that opens the list of every stand, grouped by zone and sorted by
 * number; choosing one closes the list and travels to the stand. The list opens with the focus in
 * its search box, so typing searches at once and filters the list; Enter goes to the first result
 * shown (or the one chosen with the arrows).
 */
import { useId, useMemo, useRef, useState, type RefObject } from 'react';
import { useVisit } from '../../state/visit.ts';
import { visitTarget } from '../../walk/travel.ts';
import type { Stand } from '../../edition/schema.ts';
import { DialogHead } from '../plan/DialogHead.tsx';
import { StandBadge } from '../plan/StandBadge.tsx';
import { groupStandsByZone, type StandGroup } from '../plan/standGroups.ts';
import { PLAN_STRINGS } from '../plan/strings.ts';
import { Modal } from '../dialog/Modal.tsx';
import { PinIcon } from '../icons.tsx';
import '../plan/plan.css';
import { SearchBox } from '../search/SearchBox.tsx';
import { filterGroups, travelTo, useSearch } from '../search/useSearch.ts';
import { SEARCH_STRINGS } from '../search/strings.ts';

function StandDialog({ onClose, returnFocusTo }: { onClose: () => void; returnFocusTo: RefObject<HTMLElement | null> }) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const titleId = useId();
  // Focus starts in the search box: on the first row, typed letters went nowhere and Enter then
  // pressed that row (stand 1) whatever was "typed".
  const searchInput = useRef<HTMLInputElement>(null);
  const groups = useMemo(() => (data ? groupStandsByZone(data.stands, data.site.zones) : []), [data]);
  // The search box above the list filters `groups` before they are drawn.
  const [query, setQuery] = useState('');
  const results = useSearch(query);
  const searching = query.trim() !== '';
  const shown: StandGroup[] = useMemo(() => filterGroups(groups, searching ? results : null), [groups, searching, results]);
  if (!data) return null;

  const go = (stand: Stand) => {
    onClose();
    visitTarget(stand.id).catch((error: unknown) => console.warn(error));
  };

  return (
    <Modal
      labelledBy={titleId}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      initialFocus={searchInput}
      placement="start"
      testId="stands-dialog"
    >
      <div className="stands-panel">
        <DialogHead
          titleId={titleId}
          title={t.standsTitle}
          hint={t.standsCount(data.stands.length)}
          closeLabel={t.standsClose}
          closeTestId="stands-close"
          onClose={onClose}
        />
        <div className="stands-tools">
          <SearchBox
            inputRef={searchInput}
            query={query}
            onQueryChange={setQuery}
            results={results}
            onChoose={(r) => {
              onClose();
              travelTo(r, data);
            }}
          />
        </div>
        <div className="stands-scroll">
          {shown.length === 0 && <p className="stands-empty">{SEARCH_STRINGS[lang].noStand}</p>}
          {shown.map((group, gi) => {
            const zoneName = group.zone ? group.zone.name[lang] : group.zoneId;
            const headingId = `${titleId}-g${gi}`;
            return (
              <section key={group.zoneId} className="stands-group" aria-labelledby={headingId} data-zone={group.zoneId}>
                <h3 id={headingId} className="stands-group-title">
                  <span>{zoneName}</span>
                  <span className="stands-group-count">{t.standsCount(group.stands.length)}</span>
                </h3>
                <ul className="stands-rows">
                  {group.stands.map((stand) => (
                    <li key={stand.id}>
                      <button type="button" className="stands-row" data-stand={stand.id} onClick={() => go(stand)}>
                        <StandBadge stand={stand} lang={lang} className="stands-badge" />
                        <span className="stands-text">
                          <span className="stands-name">{stand.name[lang]}</span>
                          <span className="stands-zone">{zoneName}</span>
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </div>
    </Modal>
  );
}

/** The button, and the list once opened. Renders nothing until the edition is loaded. */
export function StandList() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!data) return null;
  return (
    <>
      <button
        ref={opener}
        type="button"
        className="pill-button pill-button--icon"
        data-testid="stands-open"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        <PinIcon />
        <span>{t.standsOpen}</span>
      </button>
      {open && <StandDialog onClose={() => setOpen(false)} returnFocusTo={opener} />}
    </>
  );
}
