/**
 * "About this edition": its title, city, dates and theme, then the figures the organiser announced
 * as an infographic grid, with where they come from. All from edition.json; no figures field, no grid.
 * The page's `dir` mirrors it in Arabic (the dialog is in the document, logical properties only).
 */
import { useId, type RefObject } from 'react';
import { formatDateRange } from '../../edition/eventClockFormat.ts';
import { useVisit } from '../../state/visit.ts';
import { CloseButton, Modal } from '../dialog/Modal.tsx';
import { FigureList } from './FigureList.tsx';
import { ABOUT_STRINGS } from './strings.ts';
import './about.css';

export function AboutDialog({ onClose, returnFocusTo }: { onClose: () => void; returnFocusTo: RefObject<HTMLElement | null> }) {
  const edition = useVisit((s) => s.data?.edition);
  const lang = useVisit((s) => s.lang);
  const t = ABOUT_STRINGS[lang];
  const titleId = useId();
  const figuresId = useId();
  if (!edition) return null;
  const { figures } = edition;
  return (
    <Modal
      labelledBy={titleId}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
      placement="center"
      className="about-dlg"
      testId="about-dialog"
    >
      <div className="about">
        <header className="about-head">
          <div>
            <h2 id={titleId}>{t.title}</h2>
            <p className="about-edition">{edition.title[lang]}</p>
          </div>
          <CloseButton label={t.close} testId="about-close" onClick={onClose} />
        </header>
        <div className="about-body">
          <dl className="about-facts">
            <div>
              <dt>{t.city}</dt>
              <dd data-testid="about-city">{edition.city[lang]}</dd>
            </div>
            <div>
              <dt>{t.dates}</dt>
              <dd data-testid="about-dates">{formatDateRange(edition.dates, lang)}</dd>
            </div>
            <div>
              <dt>{t.theme}</dt>
              <dd data-testid="about-theme">{edition.theme[lang]}</dd>
            </div>
          </dl>
          {figures && (
            <section className="about-figures-section" aria-labelledby={figuresId}>
              <h3 id={figuresId}>{t.figures}</h3>
              <FigureList figures={figures} lang={lang} />
              <p className="about-source" data-testid="about-source">
                {t.source(figures.source[lang])}
              </p>
            </section>
          )}
        </div>
      </div>
    </Modal>
  );
}
