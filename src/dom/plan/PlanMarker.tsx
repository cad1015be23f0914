/**
 * "You are here": a dot and the cone of the way the eye looks, the same size on screen whatever the
 * zoom (drawn in pixels, `.plan-fixed`). The plan draws it under the stand numbers, so standing at a
 * stand never hides its number. It follows the eye without React (useEyeMarker.ts).
 */
import { useId, useRef } from 'react';
import { coneD, type Box } from './planShapes.ts';
import { MARKER_COLOR } from './planStyle.ts';
import { useEyeMarker } from './useEyeMarker.ts';

/** Sizes in pixels: bolder on the small corner plan. */
const SIZES = {
  full: { dot: 6, ring: 2, halo: 12, cone: 34, half: 0.5, pulse: 12 },
  compact: { dot: 4, ring: 1.5, halo: 0, cone: 16, half: 0.6, pulse: 0 },
};

export function PlanMarker({ box, compact }: { box: Box; compact: boolean }) {
  const ref = useRef<SVGGElement>(null);
  const coneId = `${useId().replace(/[^\w-]/g, '')}-cone`;
  const m = compact ? SIZES.compact : SIZES.full;
  useEyeMarker(ref, box);
  return (
    <g ref={ref} className="plan-marker" data-testid={compact ? undefined : 'plan-marker'} visibility="hidden" aria-hidden="true">
      <g className="plan-fixed">
        <defs>
          <radialGradient id={coneId} cx="0" cy="0" r={m.cone} gradientUnits="userSpaceOnUse">
            <stop offset="0" stopColor={MARKER_COLOR} stopOpacity="0.7" />
            <stop offset="1" stopColor={MARKER_COLOR} stopOpacity="0" />
          </radialGradient>
        </defs>
        {m.pulse > 0 && <circle className="plan-marker-pulse" r={m.pulse} fill={MARKER_COLOR} opacity="0.25" />}
        <path d={coneD(m.cone, m.half)} fill={`url(#${coneId})`} />
        {/* A ring wider than a number, so the marker still shows round a number drawn over it. */}
        {m.halo > 0 && <circle r={m.halo} fill="none" stroke={MARKER_COLOR} strokeWidth="2.5" />}
        <circle className="plan-marker-dot" r={m.dot} fill={MARKER_COLOR} stroke="#ffffff" strokeWidth={m.ring} />
      </g>
    </g>
  );
}
