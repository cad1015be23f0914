/**
 * The organiser's figures as a definition list laid out as an infographic grid: in each cell the
 * number large (with "more than" small above it) and what it counts under it. Read in source order,
 * a screen reader says the label, then the figure. Shared by the about dialog and the text version.
 */
import type { EditionFigures } from '../../edition/schema.ts';
import { figureParts } from '../../edition/figuresFormat.ts';
import type { Lang } from '../../i18n/lang.ts';
import './about.css';

export function FigureList({ figures, lang, labelledBy }: { figures: EditionFigures; lang: Lang; labelledBy?: string }) {
  return (
    <dl className="about-figures" aria-labelledby={labelledBy}>
      {figures.items.map((f) => {
        const { prefix, number } = figureParts(f, lang);
        return (
          <div key={f.id} className="about-figure" data-figure={f.id}>
            <dt className="about-figure-label">{f.label[lang]}</dt>
            <dd className="about-figure-value">
              {prefix && <span className="about-figure-prefix">{prefix} </span>}
              <span className="about-figure-number">{number}</span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
