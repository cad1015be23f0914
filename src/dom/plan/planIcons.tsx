/**
 * The plan's own line icons, drawn like those of ../icons.tsx (24-unit box, the text colour, aria-hidden
 * beside a visible or accessible name): the legend, the folded plan, folding it, zooming.
 */

function PlanIcon({ d, size = 20 }: { d: string; size?: number }) {
  return (
    <svg viewBox="0 0 24 24" width={size} height={size} aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** Three rows of a key: a swatch and its words. */
export const LegendIcon = () => <PlanIcon d="M4 6h3 M10 6h10 M4 12h3 M10 12h10 M4 18h3 M10 18h10" />;

/** A folded map: the plan, folded away. */
export const MapIcon = () => <PlanIcon d="M3 6.5 9 4l6 2.5L21 4v13.5L15 20l-6-2.5L3 20Z M9 4v13.5 M15 6.5V20" size={22} />;

/** Down toward the corner: fold the plan away. */
export const FoldIcon = () => <PlanIcon d="M7 9.5 12 14.5 17 9.5" size={18} />;

export const ZoomInIcon = () => <PlanIcon d="M12 5v14 M5 12h14" />;
export const ZoomOutIcon = () => <PlanIcon d="M5 12h14" />;
