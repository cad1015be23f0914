/**
 * The site plan, drawn from the edition data as SVG in metres (x → right, z → down: north up). A map
 * is a map: it never mirrors, whatever the language; its labels follow the language.
 *
 * The "you are here" marker follows the eye every frame without React: a requestAnimationFrame loop
 * reads `eye` (src/state/player.ts) and writes the marker's `transform` attribute.
 */
import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useVisit } from '../../state/visit.ts';
import { eye } from '../../state/player.ts';
import { goToPoint, goToStand } from '../../walk/travel.ts';
import { corners, polygonContains, type Rect } from '../../edition/geometry.ts';
import { THEME_COLORS } from '../../edition/themes.ts';
import type { EditionData, Lang, Zone, ZoneKind } from '../../edition/schema.ts';
import {
  arenaParts,
  bboxOf,
  CHAR_EM,
  coneD,
  frontEdge,
  inBox,
  inkOn,
  LINE_EM,
  markerTransform,
  placeZoneLabel,
  pointsAttr,
  polylineD,
  r2,
  rectPoints,
  segmentsD,
  standNumberSize,
  viewBoxAttr,
  viewBoxOf,
  wallSegments,
  type PlacedLabel,
} from './planGeometry.ts';
import { PLAN_STRINGS } from './strings.ts';

export interface PlanSvgProps {
  /** Stands are buttons (travel to the stand), a click elsewhere on the site travels there. */
  interactive?: boolean;
  /** Small rendering: no labels, no numbers, bolder marker. */
  compact?: boolean;
  /** Called just before travelling (e.g. to close the dialog holding the plan). */
  onNavigate?: () => void;
}

interface ZoneStyle {
  fill: string;
  /** Walls of covered zones, outline of open ones. */
  edge: string;
  dashed?: boolean;
}

/** Colours of the zones on the plan, by kind (the models' surfaces, lightened for legibility). */
export const ZONE_STYLES: Record<ZoneKind, ZoneStyle> = {
  pavilion: { fill: '#ffffff', edge: '#1d4f91' },
  children: { fill: '#fff1cc', edge: '#e07a1f' },
  seminar: { fill: '#d9e0ec', edge: '#3b4f6b' },
  'blood-donation': { fill: '#fdeceb', edge: '#c1272d' },
  demonstration: { fill: '#e3ded2', edge: '#8a8f96' },
  entrance: { fill: '#ddd6c8', edge: '#14305a', dashed: true },
  outdoor: { fill: '#eee6d2', edge: '#8a8f96', dashed: true },
};

/** Arena surfaces by discipline, as the models paint them. */
const FIELD_COLORS: Record<NonNullable<Zone['discipline']>, string> = {
  'mounted-police': '#c9a46e',
  'dog-brigade': '#6f9a4a',
  'special-forces': '#55585c',
};
const FIELD_DEFAULT = '#c9a46e';
const BLEACHERS = '#9fb1cb';

export const SITE_FILL = '#e8dcbf';
export const SITE_EDGE = '#b59d6e';
export const PATH_FILL = '#f7f3ea';
export const PATH_EDGE = '#d3c9b4';
export const MARKER_COLOR = '#c1272d';

function warn(error: unknown): void {
  console.warn(error);
}

/** Zone names placed where they read best, in one language. */
function zoneLabels(data: EditionData, lang: Lang): Map<string, PlacedLabel> {
  const out = new Map<string, PlacedLabel>();
  for (const zone of data.site.zones) {
    const stands: Rect[] = data.stands.filter((s) => s.zone === zone.id);
    const text = zone.name[lang];
    if (zone.kind === 'demonstration') {
      const { field } = arenaParts(zone);
      out.set(zone.id, placeZoneLabel(field, stands, text, { inset: 0.5 }));
    } else out.set(zone.id, placeZoneLabel(zone, stands, text));
  }
  return out;
}

function ZoneShape({ zone, compact }: { zone: Zone; compact: boolean }) {
  const style = ZONE_STYLES[zone.kind];
  const outline = compact ? 1 : 1.5;
  if (zone.kind === 'demonstration') {
    const { field, bleachers } = arenaParts(zone);
    return (
      <>
        <polygon
          points={rectPoints(zone)}
          fill={style.fill}
          stroke={style.edge}
          strokeWidth={outline}
          vectorEffect="non-scaling-stroke"
        />
        <polygon points={rectPoints(field)} fill={zone.discipline ? FIELD_COLORS[zone.discipline] : FIELD_DEFAULT} />
        {bleachers.map((b, i) => (
          <polygon key={i} points={rectPoints(b)} fill={BLEACHERS} />
        ))}
      </>
    );
  }
  if (zone.covered) {
    return (
      <>
        <polygon points={rectPoints(zone)} fill={style.fill} />
        <path
          d={segmentsD(wallSegments(zone))}
          fill="none"
          stroke={style.edge}
          strokeWidth={compact ? 1.2 : 2.5}
          strokeLinecap="square"
          vectorEffect="non-scaling-stroke"
        />
      </>
    );
  }
  return (
    <polygon
      points={rectPoints(zone)}
      fill={style.fill}
      stroke={style.edge}
      strokeWidth={outline}
      strokeDasharray={style.dashed ? '6 4' : undefined}
      vectorEffect="non-scaling-stroke"
    />
  );
}

function Label({ label, className, lang }: { label: PlacedLabel; className: string; lang: Lang }) {
  const n = label.lines.length;
  return (
    <text
      className={className}
      x={r2(label.x)}
      y={r2(label.z)}
      fontSize={r2(label.size)}
      strokeWidth={r2(label.size * 0.28)}
      textAnchor="middle"
      dominantBaseline="central"
      direction={lang === 'ar' ? 'rtl' : 'ltr'}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={r2(label.x)} y={r2(label.z + (i - (n - 1) / 2) * LINE_EM * label.size)}>
          {line}
        </tspan>
      ))}
    </text>
  );
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
  const stands = useMemo(() => (data ? [...data.stands].sort((a, b) => a.number - b.number) : []), [data]);

  // The marker follows the eye, outside React.
  useEffect(() => {
    const g = markerRef.current;
    if (!g || !box) return;
    let raf = 0;
    let lx = Infinity;
    let lz = Infinity;
    let lyaw = Infinity;
    let shown: boolean | null = null;
    const tick = () => {
      const x = eye.position.x;
      const z = eye.position.z;
      const yaw = eye.yaw;
      // The eye may be outside the plan (the aerial camera): then the marker hides.
      const inside = inBox(box, x, z);
      if (inside !== shown) {
        shown = inside;
        g.setAttribute('visibility', inside ? 'visible' : 'hidden');
      }
      if (inside && (Math.abs(x - lx) > 0.01 || Math.abs(z - lz) > 0.01 || Math.abs(yaw - lyaw) > 0.002)) {
        lx = x;
        lz = z;
        lyaw = yaw;
        g.setAttribute('transform', markerTransform(x, z, yaw));
      }
      raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [box]);

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
        <g className="plan-palms" fill="#6f9a4a" opacity="0.8">
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
        {stands.map((s) => {
          const color = THEME_COLORS[s.theme];
          const size = standNumberSize(s, String(s.number).length);
          return (
            <g
              key={s.id}
              className="plan-stand"
              data-stand={interactive ? s.id : undefined}
              role={interactive ? 'button' : undefined}
              tabIndex={interactive ? 0 : undefined}
              aria-label={interactive ? t.standLabel(s.number, s.name[lang]) : undefined}
              onClick={
                interactive
                  ? (e) => {
                      e.stopPropagation();
                      activate(s.id);
                    }
                  : undefined
              }
              onKeyDown={
                interactive
                  ? (e: KeyboardEvent<SVGGElement>) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        e.stopPropagation();
                        activate(s.id);
                      }
                    }
                  : undefined
              }
              onPointerEnter={interactive ? () => setHot(s.id) : undefined}
              onPointerLeave={interactive ? () => setHot((h) => (h === s.id ? null : h)) : undefined}
              onFocus={interactive ? () => setHot(s.id) : undefined}
              onBlur={interactive ? () => setHot((h) => (h === s.id ? null : h)) : undefined}
            >
              <polygon
                className="plan-stand-shape"
                points={rectPoints(s)}
                fill={color}
                stroke="#ffffff"
                strokeWidth={compact ? 0.5 : 1}
                vectorEffect="non-scaling-stroke"
              />
              {!compact && (
                <>
                  <path
                    className="plan-stand-front"
                    d={segmentsD([frontEdge(s)])}
                    stroke="#ffffff"
                    strokeOpacity="0.9"
                    strokeWidth={2.5}
                    vectorEffect="non-scaling-stroke"
                  />
                  <text
                    className="plan-stand-number"
                    x={r2(s.position[0])}
                    y={r2(s.position[1])}
                    fontSize={r2(size)}
                    fill={inkOn(color)}
                    textAnchor="middle"
                    dominantBaseline="central"
                  >
                    {s.number}
                  </text>
                </>
              )}
            </g>
          );
        })}
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

/** The name of a hovered or focused stand, on a label above it (below it at the top of the plan). */
function tipLabel(stand: Rect, name: string, box: { x: number; y: number; width: number; height: number }): PlacedLabel {
  const size = 4;
  const b = bboxOf(corners(stand));
  const half = (name.length * CHAR_EM * size) / 2 + size * 0.6;
  const above = b.y - size * 1.1;
  const z = above - size < box.y ? b.y + b.height + size * 1.1 : above;
  const x = Math.min(box.x + box.width - half, Math.max(box.x + half, stand.position[0]));
  return { lines: [name], size, x, z };
}

function Tip({ label, lang }: { label: PlacedLabel; lang: Lang }) {
  const { size } = label;
  const width = (label.lines[0] ?? '').length * CHAR_EM * size + size * 1.2;
  const height = size * 1.6;
  return (
    <g className="plan-tip" aria-hidden="true">
      <rect
        x={r2(label.x - width / 2)}
        y={r2(label.z - height / 2)}
        width={r2(width)}
        height={r2(height)}
        rx={r2(size * 0.4)}
        fill="#ffffff"
        stroke="#14305a"
        strokeWidth={1}
        vectorEffect="non-scaling-stroke"
      />
      <text
        className="plan-tip-label"
        x={r2(label.x)}
        y={r2(label.z)}
        fontSize={r2(size)}
        textAnchor="middle"
        dominantBaseline="central"
        direction={lang === 'ar' ? 'rtl' : 'ltr'}
      >
        {label.lines[0]}
      </text>
    </g>
  );
}

/** A small sample of a zone kind's look, for the legend. */
export function ZoneSwatch({ kind }: { kind: ZoneKind }) {
  const style = ZONE_STYLES[kind];
  return (
    <svg className="plan-swatch" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
      <rect
        x="1.5"
        y="1.5"
        width="25"
        height="17"
        rx="1.5"
        fill={style.fill}
        stroke={style.edge}
        strokeWidth={kind === 'demonstration' || style.dashed ? 1.2 : 2.2}
        strokeDasharray={style.dashed ? '3 2' : undefined}
      />
      {kind === 'demonstration' && <rect x="6" y="5" width="16" height="10" fill={FIELD_DEFAULT} />}
    </svg>
  );
}
