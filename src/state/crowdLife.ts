/**
 * What the crowd draws now, for the automation interface and the browser tests: written by
 * src/canvas/crowd/Crowd.tsx when the people there change (about once a second at most), never per frame.
 */
export const crowdLife = {
  /** The setting is on and the site's models are in the scene. */
  shown: false,
  /** Figures drawn now (0 when hidden or nobody is there). */
  figures: 0,
  /** Of them, walking now (0 under reduced motion: everyone stands still). */
  walking: 0,
  /** Triangles of the figures drawn now. */
  triangles: 0,
};
