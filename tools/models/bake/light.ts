/**
 * What a baked shade means: the share of the visit's light that still reaches a surface. The app
 * lights the models with a hemisphere light and the sun (src/canvas/Atmosphere.tsx: sky #dcebff over
 * ground #cdb894 at 1.35, sun #fff4e0 at 2.4, Lambert materials that multiply vertex colours), so a
 * vertex's colour is scaled by (ambient·ao + sun·cosθ·seen) / (ambient + sun·cosθ): occlusion takes
 * from the ambient light (and some of the sun's, below), a shadow only from the sun's. The figures below follow Atmosphere.tsx; if
 * its lights change, change them here. A floor keeps every shade readable (no black corners) and in
 * (0, 1].
 */
import { hexToLinear } from '../../../src/edition/color.ts';

const luminance = (hex: string): number => {
  const [r, g, b] = hexToLinear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const SKY = 1.35 * luminance('#dcebff');
const GROUND = 1.35 * luminance('#cdb894');
const SUN = 2.4 * luminance('#fff4e0');

/** The darkest a shade goes, whatever covers it: light bounces off the sand and the white tents. */
export const SHADE_FLOOR = 0.15;
/**
 * How much of the sun's share occlusion takes too. Strictly it takes only from the ambient light,
 * but in full sun that leaves a booth's foot barely darker than the open sand; the light bounced
 * between nearby surfaces, which the two lights do not model, is what contact shading stands for.
 */
const SUN_OCCLUDED = 0.5;

/** The hemisphere light on a surface whose normal has this y (−1 facing down … 1 facing up). */
function ambient(ny: number): number {
  return GROUND + (SKY - GROUND) * (0.5 * ny + 0.5);
}

/**
 * The shade of a surface: `ny` its normal's y, `cosSun` the cosine between its normal and the sun
 * (≤ 0: the sun is behind it), `ao` the ambient light it receives (0..1), `seen` how much of the sun
 * it sees (0..1).
 */
export function shade(ny: number, cosSun: number, ao: number, seen: number): number {
  const a = ambient(ny);
  const s = SUN * Math.max(0, cosSun);
  const f = (a * ao + s * seen * (1 - SUN_OCCLUDED * (1 - ao))) / (a + s);
  return SHADE_FLOOR + (1 - SHADE_FLOOR) * Math.min(1, Math.max(0, f));
}

/** Shades are written in steps of 1/16 (none above 0.98): neighbours then share colours, which the compressed files keep small. */
export function steps(f: number): number {
  return f > 0.98 ? 1 : Math.round(f * 16) / 16;
}
