/**
 * The programme of an edition (`scenes/<edition>/programme.json`, optional, like tours.json):
 * demonstrations, seminars, workshops, children's activities, ceremonies and blood-donation hours,
 * each at a place of the site at event-local times. The app imports only the types from here (zod
 * stays in the Node tools); the clock is in eventClock.ts, the rules in programmeRules.ts.
 */
import { z } from 'zod';
import { parseLocal } from './eventClock.ts';
import { Slug, Text } from './schema.ts';

export const SESSION_KINDS = ['demonstration', 'seminar', 'workshop', 'children', 'ceremony', 'blood-donation'] as const;
export const SessionKind = z.enum(SESSION_KINDS);
export type SessionKind = z.infer<typeof SessionKind>;

/** `2024-05-18T15:00`: the wall clock at the event, without offset (the edition's `timeZone` gives it). */
export const LocalDateTime = z.string().superRefine((text, ctx) => {
  const parsed = parseLocal(text);
  if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
});

/** A recording of the session, somewhere else on the web. */
const WebUrl = z.string().regex(/^https?:\/\/[^\s]+$/i, 'must be an http(s) URL');

export const Session = z.strictObject({
  id: Slug,
  /** The zone (site.json) or stand (stands.json) where it happens. */
  place: Slug,
  start: LocalDateTime,
  end: LocalDateTime,
  kind: SessionKind,
  title: Text,
  description: Text,
  speakers: z.array(z.string().trim().min(1, 'an empty speaker')).optional(),
  recording: WebUrl.optional(),
});
export type Session = z.infer<typeof Session>;

export const Programme = z.strictObject({
  $schema: z.string().optional(),
  /** True while the times are the editors' estimate, not the organiser's timetable. */
  indicative: z.boolean(),
  /** Shown with the programme: how far to trust its times, and the opening hours assumed. */
  note: Text,
  sessions: z.array(Session),
});
export type Programme = z.infer<typeof Programme>;

/** The file and its schema, for the reader and `npm run schema`, beside OPTIONAL_EDITION_FILES. */
export const PROGRAMME_FILES = { 'programme.json': Programme } as const;
