/**
 * The pen the posters' pictograms are drawn with: a few path helpers on a canvas 2D context, in the
 * pictograms' box of 100 × 100 units centred on the origin (y down).
 */
export type Ctx = CanvasRenderingContext2D;
/** One pictogram: drawn solid in `ink`, its details knocked out in `paper`. */
export type Shape = (c: Ctx, ink: string, paper: string) => void;

export const TAU = Math.PI * 2;

export function circle(c: Ctx, x: number, y: number, r: number): void {
  c.beginPath();
  c.arc(x, y, r, 0, TAU);
}
export function box(c: Ctx, x: number, y: number, w: number, h: number, r = 0): void {
  c.beginPath();
  c.roundRect(x, y, w, h, r);
}
export function poly(c: Ctx, ...pts: number[]): void {
  c.beginPath();
  c.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i < pts.length; i += 2) c.lineTo(pts[i]!, pts[i + 1]!);
  c.closePath();
}
export function line(c: Ctx, ...pts: number[]): void {
  c.beginPath();
  c.moveTo(pts[0]!, pts[1]!);
  for (let i = 2; i < pts.length; i += 2) c.lineTo(pts[i]!, pts[i + 1]!);
  c.stroke();
}
/** A filled rounded box. */
export function fillBox(c: Ctx, x: number, y: number, w: number, h: number, r = 0): void {
  box(c, x, y, w, h, r);
  c.fill();
}
/** Fills the current path in `colour`, then puts the ink back. */
export function fillWith(c: Ctx, colour: string, ink: string): void {
  c.fillStyle = colour;
  c.fill();
  c.fillStyle = ink;
}
/** A standing person: head and body, feet at y; `s` scales it (1: 80 units tall). */
export function person(c: Ctx, x: number, y: number, s: number): void {
  circle(c, x, y - 70 * s, 10 * s);
  c.fill();
  box(c, x - 13 * s, y - 56 * s, 26 * s, 34 * s, 9 * s);
  c.fill();
  box(c, x - 11 * s, y - 30 * s, 9 * s, 30 * s, 3 * s);
  c.fill();
  box(c, x + 2 * s, y - 30 * s, 9 * s, 30 * s, 3 * s);
  c.fill();
}
/** A star of `points` points and outer radius r. */
export function star(c: Ctx, x: number, y: number, r: number, points = 5): void {
  const pts: number[] = [];
  for (let i = 0; i < points * 2; i++) {
    const a = (i * Math.PI) / points - Math.PI / 2;
    const k = i % 2 ? r * 0.45 : r;
    pts.push(x + Math.cos(a) * k, y + Math.sin(a) * k);
  }
  poly(c, ...pts);
}
