/**
 * The label over the full-screen plan that names what was tapped (with its "go there" button), or
 * what the mouse hovers or the keyboard focuses (the name only). The dialog places it on the stage
 * as the view moves (placeCallout), always whole on screen.
 */
import type { Ref } from 'react';
import type { Lang } from '../../edition/schema.ts';
import { PinIcon } from '../icons.tsx';
import { AmenitySwatch } from './AmenityIcon.tsx';
import type { PickInfo } from './planPick.ts';
import { stagePoint, type Size, type View } from './zoom.ts';
import { StandBadge } from './StandBadge.tsx';
import { PLAN_STRINGS } from './strings.ts';

/** Pixels kept clear between the label and the stage's edges, and between it and what it names. */
const EDGE = 8;
const GAP = 8;

interface PlanCalloutProps {
  info: PickInfo;
  lang: Lang;
  /** Chosen by a tap: a live label with its button; else a tip. */
  chosen: boolean;
  onGo(): void;
  ref: Ref<HTMLDivElement>;
}

export function PlanCallout({ info, lang, chosen, onGo, ref }: PlanCalloutProps) {
  const t = PLAN_STRINGS[lang];
  return (
    <div
      ref={ref}
      className={chosen ? 'plan-callout plan-callout--chosen' : 'plan-callout'}
      data-testid="plan-callout"
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      lang={lang}
      aria-hidden={chosen ? undefined : true}
    >
      <p className="plan-callout-name" aria-live="polite">
        {info.stand && <StandBadge stand={info.stand} lang={lang} className="plan-callout-badge" />}
        {info.amenity && <AmenitySwatch kind={info.amenity.kind} />}
        <span className="plan-callout-title">{info.title}</span>
        {info.detail && <span className="plan-callout-detail">{info.detail}</span>}
      </p>
      {chosen && (
        <button type="button" className="plan-callout-go" data-testid="plan-go" onClick={onGo}>
          <PinIcon />
          {t.goThere}
        </button>
      )}
    </div>
  );
}

/**
 * Puts the label above what it names (below when there is no room above), its middle over it where
 * the stage allows, never past the stage's edges. Positions on the map are physical: the map never
 * mirrors. Written to the element's transform, as the view moves without React.
 */
export function placeCallout(el: HTMLElement, info: PickInfo, view: View, stage: Size): void {
  const [px, py] = stagePoint(view, info.x, info.z);
  const w = el.offsetWidth;
  const h = el.offsetHeight;
  const lift = info.liftMetres * view.scale + info.liftPixels + GAP;
  let top = py - lift - h;
  if (top < EDGE) top = py + lift;
  top = Math.max(EDGE, Math.min(stage.height - h - EDGE, top));
  const left = Math.max(EDGE, Math.min(stage.width - w - EDGE, px - w / 2));
  el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
}
