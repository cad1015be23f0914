/**
 * Keyboard access to the 3D hotspot markers: a button for each of the hotspots nearest the visitor
 * (the 12 nearest within 25 m, refreshed four times a second, in order of distance so Tab goes from
 * near to far), invisible until focused, then a focus ring on the marker's spot with its label.
 * Enter or Space opens the stand panel at that hotspot; focusing one highlights its 3D marker.
 *
 * The list holds still while focus is in it (moving a focused button in the DOM would drop focus)
 * and while a panel is open (so focus can return to the button that opened it). Positions follow the
 * markers every frame, written straight to the buttons' style, outside React.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Vector3 } from 'three';
import { useVisit } from '../../state/visit.ts';
import { placedHotspots } from '../../state/hotspots.ts';
import { PANEL_STRINGS } from '../panel/strings.ts';
import '../panel/panel.css';
import { eye, hotspotEmphasis, hotspotView } from '../../state/frame.ts';

const NEAREST = 12;
/** Metres. */
const WITHIN = 25;
const REFRESH_MS = 250;
/** Keep the ring this far inside the screen's edges, pixels. */
const EDGE = 30;

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export function HotspotFocus() {
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const t = PANEL_STRINGS[lang];
  const placed = useMemo(() => (data ? placedHotspots(data) : []), [data]);
  const [shown, setShown] = useState<number[]>([]);
  const layer = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());

  useEffect(() => {
    if (!placed.length) return;
    let raf = 0;
    let last = -Infinity;
    let current: number[] = [];
    const at = new Vector3();
    const distances = new Float64Array(placed.length);
    const tick = (now: number) => {
      raf = requestAnimationFrame(tick);
      const frozen = !!useVisit.getState().openStand || !!layer.current?.contains(document.activeElement);
      if (!frozen && now - last >= REFRESH_MS) {
        last = now;
        const near: number[] = [];
        for (const p of placed) {
          distances[p.index] = p.position.distanceTo(eye.position);
          if (distances[p.index]! <= WITHIN) near.push(p.index);
        }
        near.sort((a, b) => distances[a]! - distances[b]!);
        const next = near.slice(0, NEAREST);
        // Where the list was last drawn up, in plan metres: a test that moves the visitor waits for it.
        layer.current?.setAttribute('data-from', `${Math.round(eye.position.x)},${Math.round(eye.position.z)}`);
        if (!same(next, current)) {
          current = next;
          setShown(next);
        }
      }
      const camera = hotspotView.camera;
      if (!camera || !buttons.current.size) return;
      const w = hotspotView.width;
      const h = hotspotView.height;
      for (const [i, el] of buttons.current) {
        at.copy(placed[i]!.position).project(camera);
        let x = ((at.x + 1) / 2) * w;
        let y = ((1 - at.y) / 2) * h;
        if (at.z > 1) {
          // Behind the eye: show the ring at the bottom edge, on the side the marker is.
          x = w - x;
          y = h;
        }
        x = Math.min(Math.max(x, EDGE), Math.max(EDGE, w - EDGE));
        y = Math.min(Math.max(y, EDGE), Math.max(EDGE, h - EDGE));
        el.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
      }
    };
    raf = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(raf);
      hotspotEmphasis.focused = -1;
    };
  }, [placed]);

  if (!shown.length) return null;
  return (
    <div ref={layer} className="hotspot-focus-layer" role="group" aria-label={t.nearbyHotspots} data-testid="hotspot-focus">
      {shown.map((i) => {
        const p = placed[i];
        if (!p) return null;
        const name = p.target.name[lang];
        const title = p.hotspot.title[lang];
        // A place has no number: its name says which it is.
        const label = p.target.kind === 'stand' ? t.hotspotLabel(p.target.stand.number, name, title) : `${name}, ${title}`;
        return (
          <button
            key={`${p.target.id}/${p.hotspot.id}`}
            ref={(el) => {
              if (!el) return;
              buttons.current.set(i, el);
              return () => void buttons.current.delete(i);
            }}
            type="button"
            className="hotspot-focus"
            data-hotspot={`${p.target.id}/${p.hotspot.id}`}
            onFocus={() => (hotspotEmphasis.focused = i)}
            onBlur={() => {
              if (hotspotEmphasis.focused === i) hotspotEmphasis.focused = -1;
            }}
            onClick={() => useVisit.getState().setOpenStand(p.target.id, p.hotspot.id)}
          >
            <span className="hotspot-focus-label">{label}</span>
          </button>
        );
      })}
    </div>
  );
}
