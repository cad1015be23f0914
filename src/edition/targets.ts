/**
 * What a visitor can go to and open: the stands, and the places (zones) that have something to show
 * (their own hotspots). Both have a footprint, a name, a description and hotspots in their local
 * frame, so the markers, the arrival viewpoint, the panel, search and the deep link treat them alike;
 * `kind` tells them apart where they differ (a stand has a number and a theme, a place a kind and an
 * area). Ids are unique across both (a rule of `rules.ts`).
 */
import type { Rect } from './geometry.ts';
import type { EditionData, Hotspot, Side, Stand, Text, Zone } from './schema.ts';

interface TargetBase extends Rect {
  id: string;
  name: Text;
  description: Text;
  hotspots: readonly Hotspot[];
  /** The zone the target is in (a place is its own zone). */
  zone: string;
}
export interface StandTarget extends TargetBase {
  kind: 'stand';
  stand: Stand;
}
export interface PlaceTarget extends TargetBase {
  kind: 'place';
  place: Zone;
}
export type Target = StandTarget | PlaceTarget;

const cache = new WeakMap<EditionData, { list: Target[]; byId: Map<string, Target> }>();

function build(data: EditionData) {
  let built = cache.get(data);
  if (!built) {
    const list: Target[] = [
      ...data.stands.map((stand): StandTarget => ({
        ...rect(stand),
        kind: 'stand',
        id: stand.id,
        zone: stand.zone,
        stand,
        name: stand.name,
        description: stand.description,
        hotspots: stand.hotspots,
      })),
      ...data.site.zones
        .filter((z) => (z.hotspots?.length ?? 0) > 0)
        .map((place): PlaceTarget => ({
          ...rect(place),
          kind: 'place',
          id: place.id,
          zone: place.id,
          place,
          name: place.name,
          description: place.description,
          hotspots: place.hotspots ?? [],
        })),
    ];
    built = { list, byId: new Map(list.map((t) => [t.id, t])) };
    cache.set(data, built);
  }
  return built;
}

function rect(r: Rect): Rect {
  return { position: r.position, rotation: r.rotation, width: r.width, depth: r.depth };
}

/** Every target: the stands in their order, then the places with hotspots in the site's order. */
export function targetsOf(data: EditionData): readonly Target[] {
  return build(data).list;
}

/** A stand or a place by id. */
export function targetById(data: EditionData | null, id: string | null | undefined): Target | undefined {
  return data && id ? build(data).byId.get(id) : undefined;
}

/** The side a visitor arrives at a place from: its `approach`, else its widest doorway's side, else its front. */
export function placeApproach(zone: Zone): Side {
  if (zone.approach) return zone.approach;
  let best: { side: Side; width: number } | null = null;
  for (const o of zone.openings ?? []) if (!best || o.width > best.width) best = o;
  return best?.side ?? 'front';
}

/** A place's short name, for labels and signs: "Pavilion A" of "Pavilion A — Science and technology". */
export function shortPlaceName(name: string): string {
  return name.split(/\s+[—–-]\s+/)[0] ?? name;
}
