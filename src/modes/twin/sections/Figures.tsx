/**
 * "About this edition" in the twin (h2): the figures the organiser announced, as the about dialog
 * lists them (one definition list, label then figure), and where they come from. Nothing without a
 * `figures` field in edition.json.
 */
import type { EditionData } from '../../../edition/schema.ts';
import { useVisit } from '../../../state/visit.ts';
import { FigureList } from '../../../dom/about/FigureList.tsx';
import { ABOUT_STRINGS } from '../../../dom/about/strings.ts';

/** The section's id, for the contents' link. */
export const FIGURES_ANCHOR = 'twin-about';

export function Figures({ data }: { data: EditionData }) {
  const lang = useVisit((s) => s.lang);
  const figures = data.edition.figures;
  if (!figures) return null;
  const t = ABOUT_STRINGS[lang];
  return (
    <section id={FIGURES_ANCHOR} className="twin-zone" aria-labelledby="twin-about-h" tabIndex={-1} data-testid="twin-figures">
      <h2 id="twin-about-h">{t.title}</h2>
      <p className="twin-kind">{t.figures}</p>
      <FigureList figures={figures} lang={lang} labelledBy="twin-about-h" />
      <p className="about-source">{t.source(figures.source[lang])}</p>
    </section>
  );
}
