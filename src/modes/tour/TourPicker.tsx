/**
 * The list of the edition's guided tours: title, summary, number of stops and about how long each
 * takes. Choosing one closes the list and starts it from its first stop. The tours load when the
 * list first opens (tours.json is not needed for the first frame).
 */
import { useEffect, useId, useState, type RefObject } from 'react';
import { useVisit } from '../../state/visit.ts';
import { CloseButton, Modal } from '../../dom/dialog/Modal.tsx';
import { useTour } from './tourState.ts';
import { tourMinutes } from './duration.ts';
import { TOUR_STRINGS } from './strings.ts';
import './tour.css';

export function TourPicker({ onClose, returnFocusTo }: { onClose: () => void; returnFocusTo: RefObject<HTMLElement | null> }) {
  const lang = useVisit((s) => s.lang);
  const tours = useTour((s) => s.tours);
  const t = TOUR_STRINGS[lang];
  const titleId = useId();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    useTour
      .getState()
      .load()
      .catch((e: unknown) => {
        console.warn('guided tour: the tours could not be loaded', e);
        setFailed(true);
      });
  }, []);

  return (
    <Modal labelledBy={titleId} onClose={onClose} returnFocusTo={returnFocusTo} placement="center" testId="tour-picker">
      <div className="tour-picker">
        <header className="tour-picker-head">
          <div>
            <h2 id={titleId}>{t.pickerTitle}</h2>
            <p className="tour-picker-hint">{t.pickerHint}</p>
          </div>
          <CloseButton label={t.close} testId="tour-picker-close" onClick={onClose} />
        </header>
        {!tours && <p className="tour-picker-note">{failed ? t.loadFailed : t.loading}</p>}
        {tours?.length === 0 && <p className="tour-picker-note">{t.none}</p>}
        {tours && tours.length > 0 && (
          <ul className="tour-picker-list">
            {tours.map((tour) => (
              <li key={tour.id}>
                <button
                  type="button"
                  className="tour-picker-row"
                  data-tour={tour.id}
                  onClick={() => {
                    onClose();
                    useTour.getState().start(tour.id);
                  }}
                >
                  <span className="tour-picker-title">{tour.title[lang]}</span>
                  <span className="tour-picker-summary">{tour.summary[lang]}</span>
                  <span className="tour-picker-meta">
                    {t.stopsCount(tour.stops.length)} · {t.minutes(tourMinutes(tour))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  );
}
