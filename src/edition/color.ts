/** sRGB hex colours in linear light: the models' vertex colours and the interface's contrast both need it. */

export type LinearRGB = [number, number, number];

/** One sRGB channel (0–1) in linear light (the sRGB transfer curve, as WCAG and glTF define it). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** `#rrggbb` in linear RGB, each channel 0–1. */
export function hexToLinear(hex: string): LinearRGB {
  const n = parseInt(hex.replace('#', ''), 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}
