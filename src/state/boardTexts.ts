/**
 * What each programme board in the world shows right now, as text, written at every repaint (never
 * per frame): a plain object the automation API can read (window.__visit) without the canvas. `now`
 * and `next` are null when the board says there is nothing (or that the programme is not there).
 */
import type { Lang } from '../i18n/lang.ts';

export interface BoardText {
  /** `15:00–17:00 · <title>`, or null. */
  now: string | null;
  /** `11:00–11:30 · <title> · starts in 12 min`, or null. */
  next: string | null;
  lang: Lang;
}

/** By place id (the zone the board stands at). */
export const boardTexts: Record<string, BoardText> = {};

/** Records what the board of `placeId` was just painted with (src/canvas/boards/boardContent.ts `boardText`). */
export function recordBoard(placeId: string, text: BoardText): void {
  boardTexts[placeId] = text;
}

/** Forgets every board (they were taken away). */
export function clearBoardTexts(): void {
  for (const id of Object.keys(boardTexts)) delete boardTexts[id];
}
