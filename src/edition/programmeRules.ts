/**
 * Rules for programme.json beyond its schema: unique ids, a place that exists (a zone or a stand),
 * an end after the start, within the event's days in its zone, and no two sessions at once in one
 * place. Pure, like rules.ts and tourRules.ts; problems name their file without folder.
 */
import { editionSpan, instantToLocal, localToInstant } from './eventClock.ts';
import type { Session } from './programme.ts';
import { duplicates, type Problem } from './rules.ts';
import type { EditionData } from './schema.ts';

const FILE = 'programme.json';

export function checkProgramme(data: EditionData, sessions: readonly Session[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ file: FILE, path, message });
  const zone = data.edition.timeZone;
  const { dates } = data.edition;
  duplicates(
    [...sessions],
    (s) => s.id,
    (s, i, f) => add(`sessions[${i}].id`, `duplicate session id "${s.id}" (first at sessions[${f}])`),
  );

  const places = new Set([...data.site.zones.map((z) => z.id), ...data.stands.map((s) => s.id)]);
  const span = editionSpan(dates, zone);
  const timed: Array<{ i: number; s: Session; from: number; to: number }> = [];
  sessions.forEach((s, i) => {
    const at = `sessions[${i}]`;
    if (!places.has(s.place)) add(`${at}.place`, `no zone or stand "${s.place}" in this edition`);
    const from = localToInstant(s.start, zone);
    const to = localToInstant(s.end, zone);
    if (to <= from) {
      add(`${at}.end`, `ends at ${s.end}, which is not after its start ${s.start}`);
      return;
    }
    const days = `the event's days (${dates.start} to ${dates.end}, ${zone})`;
    if (from < span.from || from >= span.to) add(`${at}.start`, `starts at ${s.start}, outside ${days}`);
    else if (to > span.to) add(`${at}.end`, `ends at ${s.end}, after ${days}`);
    timed.push({ i, s, from, to });
  });

  // Per place, in order of start: a session that starts before the one before it has ended overlaps it.
  const byPlace = new Map<string, typeof timed>();
  for (const t of timed) byPlace.set(t.s.place, [...(byPlace.get(t.s.place) ?? []), t]);
  for (const list of byPlace.values()) {
    list.sort((a, b) => a.from - b.from || a.i - b.i);
    let last = list[0];
    for (const t of list.slice(1)) {
      if (last && t.from < last.to)
        add(
          `sessions[${t.i}].start`,
          `overlaps session "${last.s.id}" (sessions[${last.i}], until ${instantToLocal(last.to, zone)}) at "${t.s.place}"`,
        );
      if (!last || t.to > last.to) last = t;
    }
  }
  return problems;
}
