/**
 * "Add to calendar": one programme session as an iCalendar file (RFC 5545), in the event's own time
 * zone, as a calendar application expects to import it:
 * - CRLF line ends, lines folded at 75 octets (a CRLF and a space, never inside a UTF-8 sequence);
 * - text values escaped (backslash, semicolon, comma, newline);
 * - DTSTART and DTEND with the zone's TZID, and the VTIMEZONE that TZID names (RFC 5545 §3.6.5 wants
 *   one for every TZID used). Its one STANDARD rule is the zone's offset at the session, read from
 *   Intl: a session lasts hours, within one offset (Morocco changes its clocks only around Ramadan,
 *   never during the open days), and a calendar converts to the reader's zone from it;
 * - DTSTAMP in UTC, a UID stable per session and edition (importing the file twice updates one event).
 * Pure: no DOM (the page makes the download).
 */
import type { Session } from './programme.ts';
import { localToInstant, zoneOffset } from './eventClock.ts';

export interface IcalEvent {
  session: Session;
  /** The edition's IANA zone. */
  zone: string;
  /** Words in the visit's language: the session's title and description, the place's name, the event's. */
  summary: string;
  description: string;
  location: string;
  /** The page that opens the visit at this session (absolute URL). */
  url: string;
  /** The edition's id: with the session's, the event's UID. */
  editionId: string;
  /** When the file is made (epoch ms): DTSTAMP. */
  stamp: number;
}

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 5545 §3.1), cutting between characters, never inside one. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  // The first line holds 75 octets; each continuation holds 74 after its leading space.
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** `2024-05-18T15:00` as an iCalendar local DATE-TIME, `20240518T150000`. */
function localStamp(local: string): string {
  const [date, time] = local.split('T') as [string, string];
  const [h, m, s = '00'] = time.split(':');
  return `${date.replace(/-/g, '')}T${h}${m}${s}`;
}

/** An instant as a UTC DATE-TIME, `20240518T140000Z`. */
function utcStamp(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** An offset in minutes as `+0100`. */
function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
}

/** The .ics file for one session. */
export function sessionIcal(e: IcalEvent): string {
  const start = localToInstant(e.session.start, e.zone);
  const offset = offsetText(Math.round(zoneOffset(start, e.zone) / 60_000));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//JPO DGSN//Virtual visit//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${e.zone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:${e.session.id}@${e.editionId}.jpo-visit`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART;TZID=${e.zone}:${localStamp(e.session.start)}`,
    `DTEND;TZID=${e.zone}:${localStamp(e.session.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `LOCATION:${escapeText(e.location)}`,
    `URL:${e.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
