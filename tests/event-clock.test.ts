/**
 * The event's clock (src/edition/eventClock.ts, eventClockFormat.ts): local times to instants in the
 * zone with Intl's offsets (Ramadan's included), now and next at a place, the edition's phase, the
 * wording per language and `?at=` parsing, all at fixed instants.
 */
import { describe, expect, it } from 'vitest';
import type { Session } from '../src/edition/programme.ts';
import {
  editionPhase,
  instantToLocal,
  isTimeZone,
  localToInstant,
  nowAndNext,
  parseAt,
  timeSessions,
} from '../src/edition/eventClock.ts';
import { countdown, formatEventTime, formatSessionDay, formatSessionTime } from '../src/edition/eventClockFormat.ts';

const ZONE = 'Africa/Casablanca';
const DATES = { start: '2024-05-17', end: '2024-05-21' };
const MIN = 60_000;

/** Hours `zone` is ahead of UTC at a UTC instant, as Intl itself says it (not through the code under test). */
function intlOffsetHours(utc: number, zone: string): number {
  const label = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(utc)
    .find((p) => p.type === 'timeZoneName')!.value;
  const m = /GMT([+-]\d+)?/.exec(label)!;
  return Number(m[1] ?? 0);
}

const session = (id: string, place: string, start: string, end: string): Session => ({
  id,
  place,
  start,
  end,
  kind: 'demonstration',
  title: { fr: id, ar: id, en: id },
  description: { fr: id, ar: id, en: id },
});
const SESSIONS = timeSessions(
  [
    session('afternoon', 'arena', '2024-05-18T15:00', '2024-05-18T15:30'),
    session('morning', 'arena', '2024-05-18T11:00', '2024-05-18T11:30'),
    session('night', 'arena', '2024-05-18T23:45', '2024-05-19T00:30'),
    session('elsewhere', 'hall', '2024-05-18T11:10', '2024-05-18T12:00'),
  ],
  ZONE,
);
const at = (local: string) => localToInstant(local, ZONE);

describe('local times and instants in the zone', () => {
  it('follow the Ramadan change in Morocco, as Intl gives it', () => {
    const ramadan = Date.UTC(2024, 2, 20, 12, 0);
    const may = Date.UTC(2024, 4, 18, 11, 0);
    expect(intlOffsetHours(ramadan, ZONE)).toBe(0);
    expect(intlOffsetHours(may, ZONE)).toBe(1);
    expect(at('2024-03-20T12:00')).toBe(ramadan);
    expect(at('2024-05-18T12:00')).toBe(may);
    expect(new Date(at('2024-05-18T12:00')).toISOString()).toBe('2024-05-18T11:00:00.000Z');
  });
  it('go back and forth, in other zones too', () => {
    for (const local of ['2024-05-18T00:00', '2024-05-21T23:59', '2024-03-20T12:00', '2024-12-31T23:30'])
      for (const zone of [ZONE, 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'UTC'])
        expect(instantToLocal(localToInstant(local, zone), zone), `${local} ${zone}`).toBe(local);
    expect(localToInstant('2024-07-01T12:00', 'Europe/Paris')).toBe(Date.UTC(2024, 6, 1, 10, 0));
  });
  it('land after a skipped wall time and on the first of a repeated one', () => {
    // 2024-04-14 after Ramadan: 02:00 became 03:00; 2024-03-10 before it: 03:00 went back to 02:00.
    expect(instantToLocal(at('2024-04-14T02:30'), ZONE)).toBe('2024-04-14T03:30');
    expect(at('2024-03-10T02:30')).toBe(Date.UTC(2024, 2, 10, 1, 30));
  });
  it('know a zone from a name that is not one', () => {
    expect(isTimeZone(ZONE)).toBe(true);
    for (const bad of ['Africa/Agadir', '+01:00', 'UTC+1', '', 'Casablanca time']) expect(isTimeZone(bad), bad).toBe(false);
  });
});

describe('now and next at a place', () => {
  it('before, during and between sessions', () => {
    const early = nowAndNext(SESSIONS, 'arena', at('2024-05-18T10:48'));
    expect([early.now?.id, early.next?.id, early.startsInMs, early.endsInMs]).toEqual([undefined, 'morning', 12 * MIN, null]);
    const on = nowAndNext(SESSIONS, 'arena', at('2024-05-18T11:00'));
    expect([on.now?.id, on.next?.id, on.endsInMs, on.startsInMs]).toEqual(['morning', 'afternoon', 30 * MIN, 4 * 60 * MIN]);
    const end = nowAndNext(SESSIONS, 'arena', at('2024-05-18T11:30'));
    expect([end.now, end.next?.id]).toEqual([null, 'afternoon']);
  });
  it('only at the place asked for', () => {
    const hall = nowAndNext(SESSIONS, 'hall', at('2024-05-18T11:20'));
    expect([hall.now?.id, hall.next]).toEqual(['elsewhere', null]);
    expect(nowAndNext(SESSIONS, 'nowhere', at('2024-05-18T11:20'))).toEqual({
      now: null,
      next: null,
      startsInMs: null,
      endsInMs: null,
    });
  });
  it('across midnight', () => {
    const late = nowAndNext(SESSIONS, 'arena', at('2024-05-19T00:10'));
    expect([late.now?.id, late.endsInMs, late.next]).toEqual(['night', 20 * MIN, null]);
  });
});

describe('the edition phase', () => {
  it('is before, during (nights included) and after the days, in the zone', () => {
    expect(editionPhase(DATES, ZONE, at('2024-05-16T23:59'))).toBe('before');
    expect(editionPhase(DATES, ZONE, at('2024-05-17T00:00'))).toBe('during');
    expect(editionPhase(DATES, ZONE, at('2024-05-19T03:00'))).toBe('during');
    expect(editionPhase(DATES, ZONE, at('2024-05-21T23:59'))).toBe('during');
    expect(editionPhase(DATES, ZONE, at('2024-05-22T00:00'))).toBe('after');
    // 23:30 UTC on the 16th is already 00:30 on the 17th in Agadir.
    expect(editionPhase(DATES, ZONE, Date.UTC(2024, 4, 16, 23, 30))).toBe('during');
  });
});

describe('wording', () => {
  const afternoon = SESSIONS.find((s) => s.id === 'afternoon')!;
  it("a session's hours on the event's clock, 24 h, with city and offset", () => {
    expect(formatSessionTime(afternoon, ZONE, 'fr', 'Agadir')).toBe("15:00–15:30 (heure d'Agadir, UTC+1)");
    expect(formatSessionTime(afternoon, ZONE, 'en', 'Agadir')).toBe('15:00–15:30 (Agadir time, GMT+1)');
    expect(formatSessionTime(afternoon, ZONE, 'ar', 'أكادير')).toBe('من 15:00 إلى 15:30 (بتوقيت أكادير، غرينتش+1)');
    expect(formatSessionTime(afternoon, ZONE, 'fr', 'Rabat')).toBe('15:00–15:30 (heure de Rabat, UTC+1)');
    expect(formatSessionDay(afternoon, ZONE, 'fr')).toBe('samedi 18 mai');
    expect(formatSessionDay(afternoon, ZONE, 'en')).toBe('Saturday 18 May');
    expect(formatSessionDay(afternoon, ZONE, 'ar')).toMatch(/^السبت،? 18 ماي$/);
  });
  it('shows the Ramadan offset, and the same wall clock whatever the visitor’s zone', () => {
    expect(formatEventTime(at('2024-03-20T12:00'), ZONE, 'en')).toBe('12:00 (GMT+0)');
    expect(formatEventTime(at('2024-03-20T12:00'), ZONE, 'fr', 'Agadir')).toBe("12:00 (heure d'Agadir, UTC+0)");
    const night = SESSIONS.find((s) => s.id === 'night')!;
    expect(formatSessionTime(night, ZONE, 'en')).toBe('23:45–00:30 (GMT+1)');
  });
  it('counts down in each language', () => {
    expect(countdown(12 * MIN, 'en')).toBe('starts in 12 min');
    expect(countdown(12 * MIN, 'fr')).toBe('commence dans 12 min');
    expect(countdown(12 * MIN, 'ar')).toBe('يبدأ بعد 12 دقيقة');
    expect(countdown(11 * MIN + 1, 'en')).toBe('starts in 12 min');
    expect(countdown(5 * MIN, 'ar', 'ends')).toBe('ينتهي بعد 5 دقائق');
    expect(countdown(2 * MIN, 'ar')).toBe('يبدأ بعد دقيقتين');
    expect(countdown(MIN, 'ar')).toBe('يبدأ بعد دقيقة واحدة');
    expect(countdown(125 * MIN, 'fr', 'ends')).toBe('se termine dans 2 h 5 min');
    expect(countdown(125 * MIN, 'ar', 'ends')).toBe('ينتهي بعد ساعتين و5 دقائق');
    expect(countdown(60 * MIN, 'en')).toBe('starts in 1 h');
    expect(countdown(3 * 24 * 60 * MIN, 'fr')).toBe('commence dans 3 jours');
    expect(countdown(24 * 60 * MIN, 'en')).toBe('starts in 1 day');
    expect(countdown(0, 'en')).toBe('starting now');
    expect(countdown(-5, 'fr', 'ends')).toBe('se termine maintenant');
  });
});

describe('?at= values', () => {
  it('read an event-local time into an instant', () => {
    expect(parseAt('2024-05-18T15:00', ZONE)).toEqual({ instant: Date.UTC(2024, 4, 18, 14, 0) });
    expect(parseAt(' 2024-03-20T12:00:30 ', ZONE)).toEqual({ instant: Date.UTC(2024, 2, 20, 12, 0, 30) });
  });
  it('say what is wrong with a malformed one', () => {
    const error = (v: string) => ('error' in parseAt(v, ZONE) ? (parseAt(v, ZONE) as { error: string }).error : '');
    expect(error('2024-05-18 15:00')).toMatch(
      /^\?at=2024-05-18 15:00: must be an event-local date and time like 2024-05-18T15:00/,
    );
    expect(error('tomorrow')).toMatch(/like 2024-05-18T15:00/);
    expect(error('2024-05-18')).toMatch(/like 2024-05-18T15:00/);
    expect(error('2024-02-30T10:00')).toMatch(/no such date: 2024-02-30/);
    expect(error('2024-05-18T24:00')).toMatch(/no such time of day: 24:00/);
    expect(error('2024-05-18T15:00Z')).toMatch(/without an offset; it is read in the event's zone \(Africa\/Casablanca\)/);
    expect(error('2024-05-18T15:00+01:00')).toMatch(/without an offset/);
  });
});
