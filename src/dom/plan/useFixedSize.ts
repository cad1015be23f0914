/**
 * Symbols drawn in pixels on a plan drawn in metres (the marker, the amenities: `.plan-fixed` in
 * plan.css) need the metres a pixel covers, the CSS variable `--plan-m` on the SVG. A plan that
 * shows the whole site measures it here as its size changes; the full-screen plan writes it as it zooms.
 */
import { useCallback, useRef } from 'react';
import type { Box } from './planShapes.ts';

/**
 * How large the amenity symbols are drawn, as a share of their full 24 px: smaller on a whole site
 * seen on a phone (about 1.3 px a metre), where a dozen of them would crowd the drawing, full size
 * from 5 px a metre, where a pavilion fills the screen.
 */
export function symbolScale(pixelsPerMetre: number): number {
  return Math.min(1, Math.max(0.7, 0.6 + pixelsPerMetre / 12.5));
}

/** Writes the metres a pixel covers on a plan's element, and the amenities' share of it. */
export function writeMetresPerPixel(svg: SVGSVGElement, metres: number): void {
  const round = (n: number) => String(Math.round(n * 1e5) / 1e5);
  svg.style.setProperty('--plan-m', round(metres));
  svg.style.setProperty('--plan-symbol-m', round(metres * symbolScale(1 / metres)));
}

/** A ref callback for the SVG: keeps its `--plan-m` in step with its size; does nothing when `box` is null. */
export function useFixedSize(box: Box | null): (el: SVGSVGElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null);
  return useCallback(
    (el: SVGSVGElement | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!el || !box || typeof ResizeObserver !== 'function') return;
      const measure = () => {
        const { width, height } = el.getBoundingClientRect();
        if (width > 0 && height > 0) writeMetresPerPixel(el, Math.max(box.width / width, box.height / height));
      };
      measure();
      observer.current = new ResizeObserver(measure);
      observer.current.observe(el);
    },
    [box],
  );
}
