/**
 * A place's figures, from the data alone: its area (its footprint, width × depth, as the edition's
 * figures count it) and, for a place that holds stands (the pavilions, the open-air exhibition),
 * how many.
 */
import type { Zone } from '../../edition/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useVisit } from '../../state/visit.ts';
import type { PanelStrings } from './strings.ts';

export function PlaceFigures({ place, lang, t }: { place: Zone; lang: Lang; t: PanelStrings }) {
  const stands = useVisit((s) => s.data?.stands.filter((x) => x.zone === place.id).length ?? 0);
  const area = formatNumber(Math.round(place.width * place.depth), lang);
  return (
    <dl className="sp-figures" aria-label={t.figures} data-testid="stand-panel-figures">
      <div>
        <dt>{t.area}</dt>
        <dd data-testid="stand-panel-area">{t.squareMetres(area)}</dd>
      </div>
      {stands > 0 && (
        <div>
          <dt>{t.standsHeld}</dt>
          <dd data-testid="stand-panel-stands">{t.standsCount(stands)}</dd>
        </div>
      )}
    </dl>
  );
}
