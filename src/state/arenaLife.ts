/**
 * What the live arenas show now, for the automation interface and the browser tests: written by
 * ArenaLife when it changes (about once a second at most), never per frame.
 */
export const arenaLife = {
  /** Ids of the arena zones whose figures are drawn now (a demonstration is on there). */
  live: [] as string[],
  /** Whether they move (false under reduced motion: they stand at their start poses). */
  moving: false,
  /** How many figures are drawn now, all arenas together. */
  figures: 0,
  /**
   * Where the first figure drawn stood at the last frame that wrote the figures, plan metres (null
   * while none is drawn): read twice, it shows from the scene itself whether the figures move.
   */
  first: null as [number, number] | null,
};
