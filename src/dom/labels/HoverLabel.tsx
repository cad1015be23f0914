/**
 * The name of what the mouse is over in 3D: a stand's number and name, a place's name, a marker's
 * title, beside the pointer (or the marker), kept inside the screen. For sighted mouse users only
 * (aria-hidden): the same names reach keyboard and screen-reader users through the markers' focus
 * buttons and the panels. Follows `pointerHover` every frame, outside React; re-renders only when
 * what is hovered changes.
 */
import { useEffect, useRef, useState } from 'react';
import { useVisit } from '../../state/visit.ts';
import { markersOnScreen, pointerHover } from '../../state/frame.ts';
import { placedHotspots } from '../../state/hotspots.ts';
import { targetById } from '../../edition/targets.ts';
import { PANEL_STRINGS } from '../panel/strings.ts';
import './labels.css';

/** Distance from the pointer or the marker's edge, pixels. */
const OFFSET = 16;

interface Shown {
  text: string;
  marker: number;
}

function describe(): Shown | null {
  const { data, lang } = useVisit.getState();
  if (!data) return null;
  if (pointerHover.kind === 'marker') {
    const p = placedHotspots(data)[pointerHover.marker];
    return p ? { text: p.hotspot.title[lang], marker: p.index } : null;
  }
  if (pointerHover.kind === 'target' && !pointerHover.fromLabel) {
    const t = targetById(data, pointerHover.target);
    if (!t) return null;
    const name = t.name[lang];
    return { text: t.kind === 'stand' ? `${PANEL_STRINGS[lang].standWord} ${t.stand.number} · ${name}` : name, marker: -1 };
  }
  return null;
}

export function HoverLabel() {
  const [shown, setShown] = useState<Shown | null>(null);
  const lang = useVisit((s) => s.lang);
  const open = useVisit((s) => s.openStand !== null);
  const el = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let raf = 0;
    let version = -1;
    const tick = () => {
      raf = requestAnimationFrame(tick);
      if (pointerHover.version !== version) {
        version = pointerHover.version;
        setShown(describe());
      }
      const box = el.current;
      if (!box) return;
      let x = pointerHover.x + OFFSET;
      let y = pointerHover.y + OFFSET;
      if (pointerHover.kind === 'marker') {
        for (let k = 0; k < markersOnScreen.count; k++) {
          if (markersOnScreen.index[k] !== pointerHover.marker) continue;
          x = markersOnScreen.x[k]! - box.offsetWidth / 2;
          y = markersOnScreen.y[k]! + markersOnScreen.r[k]! + 6;
        }
      }
      const parent = box.offsetParent as HTMLElement | null;
      const w = parent?.clientWidth ?? innerWidth;
      const h = parent?.clientHeight ?? innerHeight;
      x = Math.max(4, Math.min(x, w - box.offsetWidth - 4));
      y = Math.max(4, Math.min(y, h - box.offsetHeight - 4));
      box.style.transform = `translate(${x.toFixed(0)}px, ${y.toFixed(0)}px)`;
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, []);

  // The language changed under a shown label: describe it again.
  useEffect(() => setShown(describe()), [lang]);

  if (!shown || open) return null;
  return (
    <div ref={el} className="hover-label" aria-hidden="true" data-testid="hover-label" dir="auto">
      {shown.text}
    </div>
  );
}
