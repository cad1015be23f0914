/** A zone's look on the plan (walls with doorways, an arena's field and bleachers), and its sample in the legend. */
import type { Zone, ZoneKind } from '../../edition/schema.ts';
import { arenaParts } from './planArena.ts';
import { rectPoints, segmentsD, wallSegments } from './planShapes.ts';
import { BLEACHERS, fieldColor, ZONE_STYLES } from './planStyle.ts';

export function ZoneShape({ zone, compact }: { zone: Zone; compact: boolean }) {
  const style = ZONE_STYLES[zone.kind];
  const arena = zone.kind === 'demonstration';
  if (zone.covered && !arena) {
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
  const outline = (
    <polygon
      points={rectPoints(zone)}
      fill={style.fill}
      stroke={style.edge}
      strokeWidth={compact ? 1 : 1.5}
      strokeDasharray={style.dashed ? '6 4' : undefined}
      vectorEffect="non-scaling-stroke"
    />
  );
  if (!arena) return outline;
  const { field, bleachers } = arenaParts(zone);
  return (
    <>
      {outline}
      <polygon points={rectPoints(field)} fill={fieldColor(zone.discipline)} />
      {bleachers.map((b, i) => (
        <polygon key={i} points={rectPoints(b)} fill={BLEACHERS} />
      ))}
    </>
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
      {kind === 'demonstration' && <rect x="6" y="5" width="16" height="10" fill={fieldColor(undefined)} />}
    </svg>
  );
}
