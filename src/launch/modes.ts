/**
 * The modes the visit can run in: each spans the canvas and the page, and has a folder of its own
 * under `src/modes/` (the 3D visit is the house itself: `src/canvas` and `src/dom`). A mode is asked
 * for with `?mode=<param>`. Adding one (kiosk, headset) is one entry here and a folder there.
 */

export const MODES = {
  /** The 3D visit, from the air or on foot: the default, asked for by no parameter. */
  visit: { param: null },
  /** The 2D twin: the whole visit as an accessible HTML document (`src/modes/twin/`). */
  twin: { param: '2d' },
} as const satisfies Record<string, { param: string | null }>;

export type Mode = keyof typeof MODES;

/** The mode a `?mode=` value asks for; an unknown or missing value is the 3D visit. */
export function modeOf(param: string | null): Mode {
  for (const [mode, { param: p }] of Object.entries(MODES) as Array<[Mode, { param: string | null }]>) {
    if (p !== null && p === param) return mode;
  }
  return 'visit';
}

/** The `?mode=` value of a mode (null for the default). */
export function modeParam(mode: Mode): string | null {
  return MODES[mode].param;
}
