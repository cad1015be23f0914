/**
 * The aerial view's labels: every pavilion, arena, hall and open area named in the visitor's
 * language, at a readable size whatever the zoom (DOM text over the canvas: crisp, in the bundled
 * fonts, mirrored for Arabic, and no draw call at all). Each is a button: it goes to the place on
 * foot, in front of its entrance (`visitTarget` with the place's id; a zone without hotspots of its
 * own is gone to at its approach edge). Hovering a label, or the building under the mouse, lights
 * both: the label and the outline on the ground (`pointerHover`).
 *
 * Positions follow the camera every frame, outside React; labels that would overlap a more
 * important one (larger places first) are hidden for that frame, so they never pile up.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useVisit } from '../../state/visit.ts';
import { hotspotView, pointerHover, setPointerHover, toScreen } from '../../state/frame.ts';
import { shortPlaceName, targetById } from '../../edition/targets.ts';
import { toPlan } from '../../edition/geometry.ts';
import type { Zone } from '../../edition/schema.ts';
import { goToPoint, visitTarget } from '../../walk/travel.ts';
import { LABEL_STRINGS } from './strings.ts';
import './labels.css';

/** Height of a label's anchor above a zone, metres: over a roof, or over an open area's fences. */
const ANCHOR_COVERED = 9;
const ANCHOR_OPEN = 3;
/** Empty pixels kept between two labels. */
const GAP = 4;
/** Where a label may sit, in label heights from its anchor: on it, else just above or below, else one more. */
const SHIFTS = [0, -1, 1, -2, 2];

function go(zone: Zone): void {
  const warn = (e: unknown) => console.warn(e);
  if (targetById(useVisit.getState().data, zone.id)) void visitTarget(zone.id).catch(warn);
  else {
    const [x, z] = toPlan(zone, 0, zone.depth / 2 + 3);
    void goToPoint(x, z).catch(warn);
  }
}

function hover(zone: Zone | null): void {
  if (zone) setPointerHover('target', zone.id, -1, true);
  else if (pointerHover.fromLabel) setPointerHover('none');
}

export function SiteLabels() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = LABEL_STRINGS[lang];
  const zones = useMemo(() => (data ? [...data.site.zones].sort((a, b) => b.width * b.depth - a.width * a.depth) : []), [data]);
  const layer = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let raf = 0;
    const p = { x: 0, y: 0 };
    const boxes: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
    const tick = () => {
      raf = requestAnimationFrame(tick);
      const root = layer.current;
      if (!root) return;
      boxes.length = 0;
      const buttons = root.children;
      for (let i = 0; i < buttons.length; i++) {
        const el = buttons[i] as HTMLElement;
        const zone = zones[i];
        if (!zone) continue;
        const on =
          toScreen(zone.position[0], zone.covered ? ANCHOR_COVERED : ANCHOR_OPEN, zone.position[1], p) &&
          p.x >= 0 &&
          p.x <= hotspotView.width &&
          p.y >= 0 &&
          p.y <= hotspotView.height;
        const w = el.offsetWidth;
        const h = el.offsetHeight;
        // A place near the screen's edge keeps its whole label on screen, slid inward.
        if (on) {
          p.x = Math.min(Math.max(p.x, w / 2 + GAP), hotspotView.width - w / 2 - GAP);
          p.y = Math.min(Math.max(p.y, h / 2 + GAP), hotspotView.height - h / 2 - GAP);
        }
        // Where a more important label already is, try just above, then just below the anchor.
        let box = null;
        if (on)
          for (const shift of SHIFTS) {
            const cy = p.y + shift * (h + GAP * 3);
            const b = { x0: p.x - w / 2 - GAP, y0: cy - h / 2 - GAP, x1: p.x + w / 2 + GAP, y1: cy + h / 2 + GAP };
            if (b.y0 < 0 || b.y1 > hotspotView.height) continue;
            if (boxes.some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1)) continue;
            box = b;
            break;
          }
        el.classList.toggle('site-label--hidden', !box);
        el.classList.toggle('site-label--hot', pointerHover.kind === 'target' && pointerHover.target === zone.id);
        if (!box) continue;
        boxes.push(box);
        p.y = (box.y0 + box.y1) / 2;
        el.style.transform = `translate(${(p.x - w / 2).toFixed(0)}px, ${(p.y - h / 2).toFixed(0)}px)`;
      }
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [zones]);

  return (
    <div ref={layer} className="site-labels" role="group" aria-label={t.places} data-testid="site-labels">
      {zones.map((zone) => (
        <button
          key={zone.id}
          type="button"
          className="site-label"
          data-zone={zone.id}
          aria-label={t.goTo(zone.name[lang])}
          onClick={() => {
            hover(null);
            go(zone);
          }}
          onPointerEnter={() => hover(zone)}
          onPointerLeave={() => hover(null)}
          onFocus={() => hover(zone)}
          onBlur={() => hover(null)}
        >
          {/* The short name shows; the full one is the accessible name. */}
          {shortPlaceName(zone.name[lang])}
        </button>
      ))}
    </div>
  );
}
