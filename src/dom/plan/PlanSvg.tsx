/**
 * The site plan, drawn from the edition data as SVG in metres (x → right, z → down: north up). A map
 * is a map: it never mirrors, whatever the language; its labels follow the language.
 *
 * The "you are here" marker follows the eye every frame without React (useEyeMarker.ts).
 */
import { memo, useId, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useVisit } from '../../state/visit.ts';
import { goToPoint, goToStand } from '../../walk/travel.ts';
import { polygonContains } from '../../edition/geometry.ts';
import { tipLabel, zoneLabels } from './planLabels.ts';
import { coneD, pointsAttr, polylineD, viewBoxAttr, viewBoxOf } from './planShapes.ts';
import { MARKER_COLOR, PALM_COLOR, PATH_EDGE, PATH_FILL, SITE_EDGE, SITE_FILL } from './planStyle.ts';
import { PlanStand } from './PlanStand.tsx';
import { Label, Tip } from './PlanText.tsx';
import { byNumber } from './standGroups.ts';
import { PLAN_STRINGS } from './strings.ts';
import { useEyeMarker } from './useEyeMarker.ts';
import { ZoneShape } from './ZoneShape.tsx';

export interface PlanSvgProps {
  /** Stands are buttons (travel to the stand), a click elsewhere on the site travels there. */
  interactive?: boolean;
  /** Small rendering: no labels, no numbers, bolder marker. */
  compact?: boolean;
  /** Called just before travelling (e.g. to close the dialog holding the plan). */
  onNavigate?: () => void;
}

function warn(error: unknown): void {
  console.warn(error);
}

export const PlanSvg = memo(function PlanSvg({ interactive = false, compact = false, onNavigate }: PlanSvgProps) {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PLAN_STRINGS[lang];
  const svgRef = useRef<SVGSVGElement>(null);
  const markerRef = useRef<SVGGElement>(null);
  const [hot, setHot] = useState<string | null>(null);
  const uid = useId().replace(/[^\w-]/g, '');

  const box = useMemo(() => (data ? viewBoxOf(data.site.boundary) : null), [data]);
  const labels = useMemo(() => (data && !compact ? zoneLabels(data, lang) : null), [data, lang, compact]);
  const stands = useMemo(() => (data ? byNumber(data.stands) : []), [data]);
  useEyeMarker(markerRef, box);

  if (!data || !box) return null;

  const activate = (id: string) => {
    onNavigate?.();
    goToStand(id).catch(warn);
  };

  const onBackgroundClick = (e: MouseEvent<SVGSVGElement>) => {
    if (!interactive) return;
    const ctm = svgRef.current?.getScreenCTM();
    if (!ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    if (!polygonContains(data.site.boundary, [p.x, p.y])) return;
    onNavigate?.();
    goToPoint(p.x, p.y).catch(warn);
  };

  const hotStand = hot ? stands.find((s) => s.id === hot) : undefined;
  const marker = compact ? { dot: 4.5, cone: 22, half: 0.55, ring: 1.5 } : { dot: 1.8, cone: 11, half: 0.5, ring: 2 };
  const coneId = `${uid}-cone`;

  return (
    <svg
      ref={svgRef}
      className={compact ? 'plan-svg plan-svg--compact' : interactive ? 'plan-svg plan-svg--interactive' : 'plan-svg'}
      viewBox={viewBoxAttr(box)}
      preserveAspectRatio="xMidYMid meet"
      style={{ direction: 'ltr' }}
      lang={lang}
      role={interactive ? 'group' : undefined}
      aria-label={interactive ? t.planLabel : undefined}
      aria-hidden={interactive ? undefined : true}
      focusable={interactive ? undefined : 'false'}
      onClick={interactive ? onBackgroundClick : undefined}
    >
      <defs>
        <radialGradient id={coneId} cx="0" cy="0" r={marker.cone} gradientUnits="userSpaceOnUse">
          <stop offset="0" stopColor={MARKER_COLOR} stopOpacity="0.75" />
          <stop offset="1" stopColor={MARKER_COLOR} stopOpacity="0" />
        </radialGradient>
      </defs>

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
        {stands.map((s) => (
          <PlanStand
            key={s.id}
            stand={s}
            lang={lang}
            interactive={interactive}
            compact={compact}
            onActivate={activate}
            setHot={setHot}
          />
        ))}
      </g>

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

      {hotStand && !compact && <Tip label={tipLabel(hotStand, hotStand.name[lang], box)} lang={lang} />}

      <g ref={markerRef} className="plan-marker" visibility="hidden" aria-hidden="true">
        {!compact && <circle className="plan-marker-pulse" r={3.4} fill={MARKER_COLOR} opacity="0.25" />}
        <path d={coneD(marker.cone, marker.half)} fill={`url(#${coneId})`} />
        <circle r={marker.dot} fill={MARKER_COLOR} stroke="#ffffff" strokeWidth={marker.ring} vectorEffect="non-scaling-stroke" />
      </g>
    </svg>
  );
});
