/** The "you are here" marker follows the eye every frame outside React: it writes the marker's attributes itself. */
import { useEffect, type RefObject } from 'react';
import { inBox, markerTransform, type Box } from './planShapes.ts';
import { eye } from '../../state/frame.ts';

export function useEyeMarker(marker: RefObject<SVGGElement | null>, box: Box | null): void {
  useEffect(() => {
    const g = marker.current;
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
  }, [marker, box]);
}
