/** Figures derived from an edition's data, to compare with what the organiser announced. */
import { polygonArea } from './geometry.ts';
import type { EditionData } from './schema.ts';

export interface Figures {
  /** Area inside the site's boundary, m². */
  siteArea: number;
  /** Sum of the footprints of covered zones, m². */
  coveredArea: number;
  stands: number;
  /** Sum of the footprints of children's zones, m². */
  childrenPavilionArea: number;
}

export function deriveFigures({ site, stands }: Pick<EditionData, 'site' | 'stands'>): Figures {
  const zoneArea = (pred: (kind: string, covered: boolean) => boolean) =>
    site.zones.filter((z) => pred(z.kind, z.covered)).reduce((sum, z) => sum + z.width * z.depth, 0);
  return {
    siteArea: polygonArea(site.boundary),
    coveredArea: zoneArea((_, covered) => covered),
    stands: stands.length,
    childrenPavilionArea: zoneArea((kind) => kind === 'children'),
  };
}

/** Relative difference |a − b| / b. */
export function relativeGap(derived: number, announced: number): number {
  return Math.abs(derived - announced) / announced;
}
