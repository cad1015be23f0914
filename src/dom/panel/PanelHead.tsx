/**
 * The panel's header: a stand's number in its theme's colour, its theme and partner; or, for a place,
 * the place icon in the zone's plan colour, its kind and its figures. Then the title and the close
 * button, the same for both.
 */
import type { Lang } from '../../i18n/lang.ts';
import type { PlaceTarget, StandTarget, Target } from '../../edition/targets.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import { CloseButton } from '../dialog/Modal.tsx';
import { PlaceIcon } from '../icons.tsx';
import { inkOn } from '../plan/contrast.ts';
import { ZONE_STYLES } from '../plan/planStyle.ts';
import { PLAN_STRINGS } from '../plan/strings.ts';
import { PlaceFigures } from './PlaceFigures.tsx';
import type { PanelStrings } from './strings.ts';

interface HeadProps {
  target: Target;
  titleId: string;
  lang: Lang;
  t: PanelStrings;
  onClose: () => void;
}

function StandBadge({ target, t }: { target: StandTarget; t: PanelStrings }) {
  const color = THEME_COLORS[target.stand.theme];
  return (
    <span className="sp-number" style={{ background: color, color: inkOn(color) }}>
      <span className="sr-only">{t.standWord} </span>
      {target.stand.number}
    </span>
  );
}

function PlaceBadge({ target }: { target: PlaceTarget }) {
  const color = ZONE_STYLES[target.place.kind].edge;
  return (
    <span className="sp-number sp-place" style={{ background: color, color: inkOn(color) }} data-testid="stand-panel-place">
      <PlaceIcon />
    </span>
  );
}

function Kicker({ target, lang, t }: { target: Target; lang: Lang; t: PanelStrings }) {
  if (target.kind === 'place')
    return (
      <p className="sp-kicker" data-testid="stand-panel-kind">
        <span className="sr-only">{t.kind}: </span>
        {PLAN_STRINGS[lang].zoneKinds[target.place.kind]}
      </p>
    );
  return (
    <p className="sp-kicker">
      <span className="sr-only">{t.theme}: </span>
      <span className="sp-theme-dot" style={{ background: THEME_COLORS[target.stand.theme] }} aria-hidden="true" />
      {t.themes[target.stand.theme]}
    </p>
  );
}

export function PanelHead({ target, titleId, lang, t, onClose }: HeadProps) {
  const partner = target.kind === 'stand' ? target.stand.partner : undefined;
  return (
    <header className="sp-head">
      {target.kind === 'stand' ? <StandBadge target={target} t={t} /> : <PlaceBadge target={target} />}
      <div className="sp-titles">
        <Kicker target={target} lang={lang} t={t} />
        <h2 id={titleId} className="sp-title">
          {target.name[lang]}
        </h2>
        {partner && (
          <p className="sp-partner">
            {t.partner} <strong>{partner}</strong>
          </p>
        )}
        {target.kind === 'place' && <PlaceFigures place={target.place} lang={lang} t={t} />}
      </div>
      <CloseButton label={t.close} testId="stand-panel-close" onClick={onClose} />
    </header>
  );
}
