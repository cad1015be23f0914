/** "Add to calendar": a session's iCalendar file, checked field by field against RFC 5545. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, sessionIcal } from '../src/edition/ical.ts';
import type { Programme } from '../src/edition/programme.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const programme = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenes/jpo-2024-agadir/programme.json'), 'utf8')) as Programme;
const seminar = programme.sessions.find((s) => s.kind === 'seminar')!;

const file = sessionIcal({
  session: seminar,
  zone: 'Africa/Casablanca',
  summary: seminar.title.fr,
  description: `${seminar.description.fr}\nHeures indicatives; voir le programme, en ligne.`,
  location: 'Salle des séminaires, JPO de la DGSN, Agadir',
  url: `https://example.org/?session=${seminar.id}`,
  editionId: 'jpo-2024-agadir',
  stamp: Date.UTC(2024, 4, 1, 8, 30, 0),
});

/** The content lines, unfolded (RFC 5545 §3.1: a CRLF followed by one space or tab continues a line). */
const lines = file
  .replace(/\r\n[ \t]/g, '')
  .split('\r\n')
  .slice(0, -1);
const field = (name: string, within = lines) => within.filter((l) => l.split(/[;:]/, 1)[0] === name);
/** The event's own lines (the VTIMEZONE has a DTSTART of its own). */
const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);

describe('a session as an iCalendar file (RFC 5545)', () => {
  it('ends every line with CRLF, nothing else', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds lines at 75 octets, never inside a character', () => {
    for (const physical of file.split('\r\n')) expect(new TextEncoder().encode(physical).length).toBeLessThanOrEqual(75);
    const long = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    expect(long.split('\r\n ').join('')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
    // Each piece is valid UTF-8 on its own: no split sequence.
    for (const piece of long.split('\r\n '))
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(piece))).toBe(piece);
  });

  it('is one VCALENDAR 2.0 with a PRODID, one VTIMEZONE and one VEVENT, properly nested', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(field('VERSION')).toEqual(['VERSION:2.0']);
    expect(field('PRODID')).toHaveLength(1);
    const stack: string[] = [];
    for (const l of lines) {
      if (l.startsWith('BEGIN:')) stack.push(l.slice(6));
      if (l.startsWith('END:')) expect(stack.pop()).toBe(l.slice(4));
    }
    expect(stack).toEqual([]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1);
  });

  it('gives the event in the edition’s zone, with the VTIMEZONE its TZID names, at Morocco’s May offset', () => {
    const [y, mo, d] = seminar.start.slice(0, 10).split('-');
    expect(field('DTSTART', event)).toEqual([
      `DTSTART;TZID=Africa/Casablanca:${y}${mo}${d}T${seminar.start.slice(11, 13)}${seminar.start.slice(14, 16)}00`,
    ]);
    expect(field('DTEND', event)[0]).toMatch(/^DTEND;TZID=Africa\/Casablanca:\d{8}T\d{6}$/);
    expect(field('TZID')).toEqual(['TZID:Africa/Casablanca']);
    // In May 2024 (after Ramadan) Morocco is at UTC+1.
    expect(field('TZOFFSETTO')).toEqual(['TZOFFSETTO:+0100']);
    expect(field('TZOFFSETFROM')).toEqual(['TZOFFSETFROM:+0100']);
  });

  it('has a UTC DTSTAMP, a stable UID, and the texts escaped', () => {
    expect(field('DTSTAMP')).toEqual(['DTSTAMP:20240501T083000Z']);
    expect(field('UID')).toEqual([`UID:${seminar.id}@jpo-2024-agadir.jpo-visit`]);
    expect(field('DESCRIPTION')[0]).toContain('\\nHeures indicatives\\; voir le programme\\, en ligne.');
    expect(field('LOCATION')).toEqual(['LOCATION:Salle des séminaires\\, JPO de la DGSN\\, Agadir']);
    expect(field('SUMMARY')).toEqual([`SUMMARY:${escapeText(seminar.title.fr)}`]);
    expect(field('URL')).toEqual([`URL:https://example.org/?session=${seminar.id}`]);
  });

  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
});
