/**
 * The site plan, drawn from the edition data as SVG in metres (x → right, z → down: north up). A map
 * is a map: it never mirrors, whatever the language; its labels follow the language.
 *
 * Layers, bottom to top: the site, walkways, palms, places, stands (their targets and footprints),
 * "you are here", the stand numbers, the places' names, the amenities, what the caller overlays (a
 * route), and on a kiosk the kiosk's own spot. The interactive plan's
 * view (its viewBox) is the full-screen plan's to change as it zooms; taps are its business too
 * (usePlanGestures.ts): here, stands and amenities are buttons for the keyboard and name themselves
 * on hover.
 */
import { memo, useMemo, type ReactNode, type Ref } from 'react';
import { useVisit } from '../../state/visit.ts';
import { zoneLabels } from './planLabels.ts';
import { pointsAttr, polylineD, viewBoxAttr, viewBoxOf } from './planShapes.ts';
import { PALM_COLOR, PATH_EDGE, PATH_FILL, SITE_EDGE, SITE_FILL } from './planStyle.ts';
import { PlanAmenity } from './PlanAmenity.tsx';
import { PlanMarker } from './PlanMarker.tsx';
import { PlanKiosk } from './PlanKiosk.tsx';
import { PlanStand, StandNumber } from './PlanStand.tsx';
import { Label } from './PlanText.tsx';
import { byNumber } from './standGroups.ts';
import { PLAN_STRINGS } from './strings.ts';
import { standCells } from './tapTargets.ts';
import { useFixedSize } from './useFixedSize.ts';
import { ZoneShape } from './ZoneShape.tsx';

/** What can be named or chosen on the plan. */
export type PlanThing = { kind: 'stand'; id: string } | { kind: 'amenity'; id: string };

export interface PlanSvgProps {
  /** Stands and amenities are buttons, with tap targets; the full-screen plan drives the view. */
  interactive?: boolean;
  /** Small rendering: no labels, no numbers, no amenities, bolder marker. */
  compact?: boolean;
  /** The part of the site shown (interactive plan); the whole site otherwise. */
  viewBox?: string;
  svgRef?: Ref<SVGSVGElement>;
  /** Enter or Space on a stand or an amenity. */
  onChoose?(thing: PlanThing): void;
  /** A stand or an amenity is hovered with a mouse or focused (true), or no longer (false). */
  onHot?(thing: PlanThing, hot: boolean): void;
  /** Drawn over everything, in the plan's metres (a route to walk). */
  overlay?: ReactNode;
}

export const PlanSvg = memo(function PlanSvg({
  interactive = false,
  compact = false,
  viewBox,
  svgRef,
  onChoose,
  onHot,
  overlay,
}: PlanSvgProps) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];

  const box = useMemo(() => (data ? viewBoxOf(data.site.boundary) : null), [data]);
  const labels = useMemo(() => (data && !compact ? zoneLabels(data, lang) : null), [data, lang, compact]);
  const stands = useMemo(() => (data ? byNumber(data.stands) : []), [data]);
  const cells = useMemo(() => (interactive ? standCells(stands) : null), [interactive, stands]);
  // The interactive plan's scale is set by whoever drives its view; the others measure their own.
  const measureRef = useFixedSize(interactive ? null : box);

  if (!data || !box) return null;
  const amenities = compact ? [] : (data.site.amenities ?? []);
  const className = compact ? 'plan-svg plan-svg--compact' : interactive ? 'plan-svg plan-svg--interactive' : 'plan-svg';

  return (
    <svg
      ref={(el) => {
        measureRef(el);
        if (typeof svgRef === 'function') svgRef(el);
        else if (svgRef) svgRef.current = el;
      }}
      className={className}
      viewBox={viewBox ?? viewBoxAttr(box)}
      preserveAspectRatio="xMidYMid meet"
      style={{ direction: 'ltr' }}
      lang={lang}
      role={interactive ? 'group' : undefined}
      aria-label={interactive ? t.planLabel : undefined}
      aria-hidden={interactive ? undefined : true}
      focusable={interactive ? undefined : 'false'}
    >
      <polygon
        className="plan-site"
        points={pointsAttr(data.site.boundary)}
        fill={SITE_FILL}
        stroke={SITE_EDGE}
        strokeWidth={compact ? 1 : 2}
        vectorEffect="non-scaling-stroke"
      />

      <g className="plan-paths" fill="none" strokeLinejoin="round">
        {data.site.paths.map((p) => (
          <path key={`e-${p.id}`} d={polylineD(p.points)} stroke={PATH_EDGE} strokeWidth={p.width + 0.8} />
        ))}
        {data.site.paths.map((p) => (
          <path key={p.id} d={polylineD(p.points)} stroke={PATH_FILL} strokeWidth={p.width} />
        ))}
      </g>

      {!compact && (
        <g className="plan-palms" fill={PALM_COLOR} opacity="0.8">
          {data.site.landscape.palms.map(([x, z], i) => (
            <circle key={i} cx={x} cy={z} r={1.5} />
          ))}
        </g>
      )}

      <g className="plan-zones">
        {data.site.zones.map((zone) => (
          <g key={zone.id} className="plan-zone" data-zone={zone.id} data-kind={zone.kind}>
            {interactive && <title>{zone.name[lang]}</title>}
            <ZoneShape zone={zone} compact={compact} />
          </g>
        ))}
      </g>

      <g className="plan-stands">
        {stands.map((s, i) => (
          <PlanStand
            key={s.id}
            stand={s}
            lang={lang}
            compact={compact}
            cell={cells?.[i]}
            onChoose={(id) => onChoose?.({ kind: 'stand', id })}
            onHot={(id, hot) => onHot?.({ kind: 'stand', id }, hot)}
          />
        ))}
      </g>

      <PlanMarker box={box} compact={compact} />

      {!compact && (
        <g className="plan-numbers" aria-hidden="true">
          {stands.map((s) => (
            <StandNumber key={s.id} stand={s} />
          ))}
        </g>
      )}

      {labels && (
        <g className="plan-labels" aria-hidden="true">
          {data.site.zones.map((zone) => {
            const label = labels.get(zone.id);
            return label && label.lines.length > 0 ? (
              <Label key={zone.id} label={label} className="plan-zone-label" lang={lang} />
            ) : null;
          })}
        </g>
      )}

      {amenities.length > 0 && (
        <g className="plan-amenities">
          {amenities.map((a) => (
            <PlanAmenity
              key={a.id}
              amenity={a}
              lang={lang}
              interactive={interactive}
              onChoose={(id) => onChoose?.({ kind: 'amenity', id })}
              onHot={(id, hot) => onHot?.({ kind: 'amenity', id }, hot)}
            />
          ))}
        </g>
      )}

      {overlay}
      <PlanKiosk lang={lang} compact={compact} />
    </svg>
  );
});
