/** Which ink reads on a theme colour (stand numbers on the plan, badges in lists): WCAG contrast. */
import { hexToLinear } from '../../edition/color.ts';

/** WCAG relative luminance of an sRGB hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = hexToLinear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two sRGB hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const INK_LIGHT = '#ffffff';
export const INK_DARK = '#111a2b';

/** White or dark ink, whichever reads better on `background`. */
export function inkOn(background: string): string {
  return contrastRatio(background, INK_LIGHT) >= contrastRatio(background, INK_DARK) ? INK_LIGHT : INK_DARK;
}
