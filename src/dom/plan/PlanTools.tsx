/** What floats over the full-screen plan's stage beside the drawing: north, the zoom buttons, and the legend's toggle in the head. */
import type { PlanStrings } from './strings.ts';
import { LegendIcon, ZoomInIcon, ZoomOutIcon } from './planIcons.tsx';

/** North is up, whatever the language: the map never mirrors. */
export function NorthBadge({ t }: { t: PlanStrings }) {
  return (
    <div className="plan-north" title={t.north} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="18" height="18" focusable="false">
        <path d="M12 2 18 20 12 16 6 20Z" fill="currentColor" />
      </svg>
      <span>{t.northShort}</span>
    </div>
  );
}

interface ZoomButtonsProps {
  t: PlanStrings;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onZoom(direction: 1 | -1): void;
}

/** One zoom step in and out; aria-disabled rather than disabled at the ends, so focus stays on them. */
export function ZoomButtons({ t, canZoomIn, canZoomOut, onZoom }: ZoomButtonsProps) {
  return (
    <div className="plan-zoom">
      <button
        type="button"
        className="plan-icon-button plan-tool"
        aria-label={t.zoomIn}
        aria-disabled={!canZoomIn}
        data-testid="plan-zoom-in"
        onClick={() => onZoom(1)}
      >
        <ZoomInIcon />
      </button>
      <button
        type="button"
        className="plan-icon-button plan-tool"
        aria-label={t.zoomOut}
        aria-disabled={!canZoomOut}
        data-testid="plan-zoom-out"
        onClick={() => onZoom(-1)}
      >
        <ZoomOutIcon />
      </button>
    </div>
  );
}

interface LegendToggleProps {
  t: PlanStrings;
  open: boolean;
  /** Id of the legend sheet. */
  controls: string;
  onToggle(): void;
}

export function LegendToggle({ t, open, controls, onToggle }: LegendToggleProps) {
  return (
    <button
      type="button"
      className="plan-icon-button plan-tool plan-legend-toggle"
      aria-expanded={open}
      aria-controls={controls}
      data-testid="plan-legend-toggle"
      onClick={onToggle}
    >
      <LegendIcon />
      <span className="plan-legend-toggle-text">{t.legend}</span>
    </button>
  );
}
