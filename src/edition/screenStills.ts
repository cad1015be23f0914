/**
 * The stills on the stands' screens, as the pipeline and the app agree on them. A detail file
 * (detail-<zone>.glb) that has a screen showing a stand's video still carries one extra node,
 * SCREEN_STILLS_NODE: every such screen face of the zone, in the zone's world frame, textured by one
 * material SCREEN_STILL_MATERIAL with no picture of its own. The node's extras list the stills and
 * where each goes in the file's own atlas (`StillsExtras`); the app paints the atlas from the
 * edition's media once the file is loaded (src/canvas/screens) and frees it with the file. A screen
 * whose still cannot be read keeps the screen's own blue.
 */

export const SCREEN_STILLS_NODE = 'screen-stills';
export const SCREEN_STILL_MATERIAL = 'screen-still';

/** One still's place in the atlas, pixels from the top left; the picture is cover-fitted to it. */
export interface StillSlot {
  stand: string;
  /** The still's path in the edition folder (a video hotspot's poster). */
  poster: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The extras of a detail file's SCREEN_STILLS_NODE. */
export interface StillsExtras {
  atlas: { width: number; height: number };
  stills: StillSlot[];
}

/** Pixels of one still in the atlas: 16:9, about what a 2.4 m video wall shows seen from its stand's front. */
export const STILL_SIZE = { width: 512, height: 288 } as const;

/** The atlas of a file's stills, one under the other, in the order given. */
export function stillAtlas(stills: ReadonlyArray<{ stand: string; poster: string }>): StillsExtras {
  const { width, height } = STILL_SIZE;
  return {
    atlas: { width, height: height * stills.length },
    stills: stills.map((s, i) => ({ stand: s.stand, poster: s.poster, x: 0, y: i * height, width, height })),
  };
}

/** The atlas UV (three's and glTF's: v from the top, as the loader leaves flipY off) of a point of a slot, (s, t) in 0..1 from its top left. */
export function slotUv(atlas: StillsExtras['atlas'], slot: StillSlot, s: number, t: number): [number, number] {
  return [(slot.x + s * slot.width) / atlas.width, (slot.y + t * slot.height) / atlas.height];
}

/** Whether a value read back from a file is the extras of a stills node (the app trusts nothing it fetched). */
export function isStillsExtras(v: unknown): v is StillsExtras {
  const e = v as StillsExtras | null;
  return (
    !!e &&
    typeof e.atlas?.width === 'number' &&
    typeof e.atlas?.height === 'number' &&
    Array.isArray(e.stills) &&
    e.stills.every(
      (s) =>
        typeof s?.stand === 'string' &&
        typeof s.poster === 'string' &&
        [s.x, s.y, s.width, s.height].every((n) => typeof n === 'number' && Number.isFinite(n)),
    )
  );
}
