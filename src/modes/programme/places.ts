/**
 * A session's place, as the programme names it and travels to it: a zone of site.json or a stand
 * (its number with its name). "Take me there" goes to the place's arrival viewpoint when it is a
 * target (a stand, a place with hotspots: it arrives facing it), else on foot to its middle.
 */
import type { EditionData } from '../../edition/schema.ts';
import type { Lang } from '../../i18n/lang.ts';
import { targetById } from '../../edition/targets.ts';
import { goToPoint, goToStand } from '../../walk/travel.ts';

export function placeName(data: EditionData, id: string, lang: Lang): string {
  const stand = data.stands.find((s) => s.id === id);
  if (stand) return `${stand.number} — ${stand.name[lang]}`;
  return data.site.zones.find((z) => z.id === id)?.name[lang] ?? id;
}

/** Travels to a session's place; resolves on arrival (rejects before the world can be travelled). */
export function goToPlace(data: EditionData, id: string): Promise<void> {
  if (targetById(data, id)) return goToStand(id);
  const zone = data.site.zones.find((z) => z.id === id);
  if (!zone) return Promise.reject(new Error(`programme: no place "${id}" in this edition`));
  return goToPoint(zone.position[0], zone.position[1]);
}
