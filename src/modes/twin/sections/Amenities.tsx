/**
 * The practical places of the site in the twin (h2): each amenity by kind, its own name, and the
 * place it is nearest to, so a visitor reading the text version finds the toilets or first aid too.
 */
import type { Amenity, EditionData, Zone } from '../../../edition/schema.ts';
import { useVisit } from '../../../state/visit.ts';
import { AMENITY_WORDS } from '../../../dom/search/amenityWords.ts';
import { TWIN_STRINGS } from '../strings.ts';

export const amenityAnchor = (id: string) => `twin-amenity-${id}`;

/** The zone whose middle is nearest an amenity. */
function nearestZone(a: Amenity, zones: readonly Zone[]): Zone | undefined {
  let best: Zone | undefined;
  let d = Infinity;
  for (const z of zones) {
    const dz = Math.hypot(z.position[0] - a.position[0], z.position[1] - a.position[1]);
    if (dz < d) {
      d = dz;
      best = z;
    }
  }
  return best;
}

export function Amenities({ data }: { data: EditionData }) {
  const lang = useVisit((s) => s.lang);
  const t = TWIN_STRINGS[lang];
  const amenities = data.site.amenities ?? [];
  if (!amenities.length) return null;
  return (
    <section id="twin-amenities" className="twin-zone" aria-labelledby="twin-amenities-h" tabIndex={-1}>
      <h2 id="twin-amenities-h">{t.amenities}</h2>
      <p className="twin-kind">{t.amenitiesIntro}</p>
      <ul className="twin-amenities">
        {amenities.map((a) => {
          const zone = nearestZone(a, data.site.zones);
          return (
            <li key={a.id} id={amenityAnchor(a.id)} tabIndex={-1} data-amenity={a.id}>
              <strong>{AMENITY_WORDS[a.kind].label[lang]}</strong>
              {a.name && ` — ${a.name[lang]}`}
              {zone && <span className="twin-near"> ({t.near(zone.name[lang])})</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
