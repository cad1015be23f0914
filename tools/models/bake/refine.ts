/**
 * Which ground triangles to split (./subdivide.ts), from the shade itself: a triangle is split while
 * its longest edge is long and its shade is not linear over it (its corners, or an edge's middle
 * against its ends, apart by more than a trace) or a marked probe lies inside it (a change the
 * corners miss, ./mask.ts); and on down to about a metre while two corners differ a lot (a wall's
 * foot, a shadow's edge), so a dark corner does not smear across a big triangle. The shades sampled
 * here are kept: the vertices the ground ends with are read from them.
 */
import type { Mask } from './mask.ts';
import type { Sampler } from './sampler.ts';
import type { RefineTriangle } from './subdivide.ts';

export interface RefineOptions {
  /** Longest edge left where the shade changes at all. */
  edge: number;
  /** Longest edge left where two corners differ by more than `sharp`. */
  shortEdge: number;
  /** A change worth an edge of `edge`; one worth `shortEdge`. */
  change: number;
  sharp: number;
}

/** Offsets (m) around a hidden ground vertex where the visible ground beside it is read. */
const BESIDE: ReadonlyArray<readonly [number, number]> = [0.3, 0.6].flatMap((r) => [
  [r, 0],
  [-r, 0],
  [0, r],
  [0, -r],
]);

/**
 * Shades of upward-facing points, by their float32 position (as the vertices will be written). A
 * ground vertex hidden inside something (under a kerb, a wall, a booth's floor) takes the mean of
 * the visible ground just beside it, if any: its own darkness would spread over every triangle it
 * belongs to, out into the open.
 */
export class GroundShades {
  private known = new Map<string, number>();
  constructor(
    private sample: Sampler,
    private hidden: (x: number, y: number, z: number) => boolean,
  ) {}

  at(x: number, y: number, z: number): number {
    const [fx, fy, fz] = [Math.fround(x), Math.fround(y), Math.fround(z)];
    const key = `${fx},${fy},${fz}`;
    let v = this.known.get(key);
    if (v === undefined) this.known.set(key, (v = this.fresh(fx, fy, fz)));
    return v;
  }

  private fresh(x: number, y: number, z: number): number {
    if (!this.hidden(x, y, z)) return this.sample(x, y, z, 0, 1, 0);
    const seen = BESIDE.filter(([dx, dz]) => !this.hidden(x + dx, y, z + dz)).map(([dx, dz]) =>
      this.sample(x + dx, y, z + dz, 0, 1, 0),
    );
    return seen.length ? seen.reduce((s, v) => s + v, 0) / seen.length : this.sample(x, y, z, 0, 1, 0);
  }

  /** The sampler, with the known answers for flat upward vertices. */
  sampler(): Sampler {
    return (px, py, pz, nx, ny, nz) => (ny > 0.999 ? this.at(px, py, pz) : this.sample(px, py, pz, nx, ny, nz));
  }
}

type P = readonly number[];

export function refineTriangles(mask: Mask, shades: GroundShades, o: RefineOptions): RefineTriangle {
  const f = (p: P): number => shades.at(p[0]!, p[1]!, p[2]!);
  const len = (p: P, q: P): number => Math.hypot(q[0]! - p[0]!, q[2]! - p[2]!);
  return (a, b, c) => {
    const longest = Math.max(len(a, b), len(b, c), len(c, a));
    if (longest <= o.shortEdge) return false;
    const fa = f(a),
      fb = f(b),
      fc = f(c);
    const spread = Math.max(fa, fb, fc) - Math.min(fa, fb, fc);
    if (spread > o.sharp) return true;
    if (longest <= o.edge) return false;
    if (spread > o.change) return true;
    for (const [p, q, fp, fq] of [
      [a, b, fa, fb],
      [b, c, fb, fc],
      [c, a, fc, fa],
    ] as const) {
      if (len(p, q) <= o.edge) continue;
      const m = [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2, (p[2]! + q[2]!) / 2];
      if (Math.abs(f(m) - (fp + fq) / 2) > o.change) return true;
    }
    return mask.near(
      Math.min(a[0]!, b[0]!, c[0]!),
      Math.max(a[0]!, b[0]!, c[0]!),
      Math.min(a[2]!, b[2]!, c[2]!),
      Math.max(a[2]!, b[2]!, c[2]!),
    );
  };
}
