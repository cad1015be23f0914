/**
 * The edition format: the single source of truth for every file under `scenes/<edition>/`.
 * Types for the app and the pipeline are inferred from here; `npm run schema` exports JSON Schemas
 * so editors complete and check scene files while they are written.
 *
 * Conventions (see docs/SCENE-FORMAT.md): metres, y up; plan coordinates are [x, z] with −z north;
 * rotations are degrees, counter-clockwise seen from above (three.js `rotation.y`); a footprint's
 * front faces +z before rotation.
 */
import { z } from 'zod';
import { AMENITY_KINDS, BOOTH_KINDS, LANGS, PROP_KINDS, SIDES, THEMES, ZONE_KINDS } from './constants.ts';
import { isTimeZone, parseLocal } from './eventClock.ts';

export { AMENITY_KINDS, BOOTH_KINDS, LANGS, PROP_KINDS, SIDES, THEMES, ZONE_KINDS };

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** A text in every language of the visit; a missing language is an error, never a fallback. */
const translation = (language: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing ${language} translation` : undefined) })
    .trim()
    .min(1, `missing ${language} translation`);
export const Text = z.strictObject({ fr: translation('French'), ar: translation('Arabic'), en: translation('English') });
export type Text = z.infer<typeof Text>;

export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lower-case letters, digits and single hyphens');

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
export const Vec2 = z.tuple([finite, finite]);
export type Vec2 = z.infer<typeof Vec2>;
export const Vec3 = z.tuple([finite, finite, finite]);
export type Vec3 = z.infer<typeof Vec3>;
const positive = z.number().positive('must be greater than zero');

/** A rotated rectangle on the plan: centre, rotation (degrees) and size along local x and z. */
export const Footprint = {
  position: Vec2,
  rotation: finite,
  width: positive,
  depth: positive,
};

/** Path of a file inside the edition folder, e.g. `media/forensics/clip.webm`. */
export const MediaPath = z.string().regex(/^(?!\/)(?!.*\.\.)[\w\-./]+$/, 'must be a relative path inside the edition folder');

export const Image = z.strictObject({
  src: MediaPath,
  alt: Text,
  width: positive.optional(),
  height: positive.optional(),
});

export const Video = z.strictObject({
  src: MediaPath,
  /** Poster frame shown before playback. */
  poster: MediaPath,
  /** One WebVTT file per language. */
  captions: z.strictObject({ fr: MediaPath, ar: MediaPath, en: MediaPath }),
  /** Seconds. */
  duration: positive,
});

/** Same-site path (`/…`, not `//…`) or an http(s) URL. */
export const Url = z
  .string()
  .refine(
    (u) => /^https?:\/\/[^\s]+$/i.test(u) || /^\/(?!\/)[^\s]*$/.test(u),
    'must be an http(s) URL or a same-site path starting with /',
  );

const hotspotBase = {
  id: Slug,
  /** Position on the stand, in the stand's local frame (metres; y up, front is +z). */
  position: Vec3,
  title: Text,
};
export const Hotspot = z.discriminatedUnion('type', [
  z.strictObject({ ...hotspotBase, type: z.literal('info'), body: Text, image: Image.optional() }),
  z.strictObject({ ...hotspotBase, type: z.literal('video'), body: Text.optional(), video: Video }),
  z.strictObject({
    ...hotspotBase,
    type: z.literal('gallery'),
    body: Text.optional(),
    images: z.array(Image).min(1, 'a gallery needs at least one image'),
  }),
  z.strictObject({ ...hotspotBase, type: z.literal('link'), body: Text.optional(), url: Url }),
]);
export type Hotspot = z.infer<typeof Hotspot>;

/**
 * Words a visitor may type to find a stand or a place, in each language, beyond its name and
 * description: "chiens", "dogs" and "كلاب" for the dog brigade. Every language's keywords are
 * searched whatever the interface's language.
 */
export const Keywords = z.strictObject({
  fr: z.array(z.string().trim().min(1, 'an empty keyword')),
  ar: z.array(z.string().trim().min(1, 'an empty keyword')),
  en: z.array(z.string().trim().min(1, 'an empty keyword')),
});
export type Keywords = z.infer<typeof Keywords>;

export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** Booth kinds of the kit: walls on three sides, two sides, none (island tower), or an open-air canopy. */
export const BoothKind = z.enum(BOOTH_KINDS);
export type BoothKind = z.infer<typeof BoothKind>;

export const PropKind = z.enum(PROP_KINDS);
export type PropKind = z.infer<typeof PropKind>;

export const Stand = z.strictObject({
  id: Slug,
  number: z.number().int().positive('must be a positive whole number'),
  theme: Theme,
  /** Partner institution that runs the stand with the police, if any (e.g. CNDH, NARSA). */
  partner: z.string().min(1).optional(),
  /** Id of the zone the stand stands in. */
  zone: Slug,
  ...Footprint,
  booth: BoothKind,
  /** Props laid out in the booth by the kit; the theme's defaults when absent. */
  props: z.array(PropKind).optional(),
  /** A hand-made model under `public/models/` used instead of the kit, e.g. `custom/car.glb`. */
  model: z
    .string()
    .regex(/^(?!\/)(?!.*\.\.)[\w\-./]+\.glb$/, 'must be a .glb path relative to public/models/')
    .optional(),
  name: Text,
  description: Text,
  keywords: Keywords.optional(),
  hotspots: z.array(Hotspot),
});
export type Stand = z.infer<typeof Stand>;

export const ZoneKind = z.enum(ZONE_KINDS);
export type ZoneKind = z.infer<typeof ZoneKind>;

export const Side = z.enum(SIDES);
export type Side = z.infer<typeof Side>;

/** A doorway in a covered zone's wall: which side, offset of its centre from the side's middle, width. */
export const Opening = z.strictObject({ side: Side, offset: finite, width: positive });
export type Opening = z.infer<typeof Opening>;

export const Zone = z.strictObject({
  id: Slug,
  kind: ZoneKind,
  /** Under a roof: counts toward the covered area and gets a tent or hall. */
  covered: z.boolean(),
  ...Footprint,
  name: Text,
  description: Text,
  keywords: Keywords.optional(),
  /**
   * What a visitor can open at the place, in the zone's local frame (metres, y up, front +z), as a
   * stand's hotspots are: a place offered by search and the plan has a marker and a panel in 3D.
   */
  hotspots: z.array(Hotspot).optional(),
  /**
   * The side a visitor arrives from when they go to the place (search, plan, aerial view): they
   * stand outside that edge, facing in. The widest doorway's side when absent, else the front.
   */
  approach: Side.optional(),
  /** Doorways of a covered zone. */
  openings: z.array(Opening).optional(),
  /** For demonstration areas: who performs there. */
  discipline: z.enum(['mounted-police', 'dog-brigade', 'special-forces']).optional(),
  /** For demonstration areas: sides of the zone that hold spectators' bleachers. */
  bleachers: z.array(Side).optional(),
});
export type Zone = z.infer<typeof Zone>;

export const Path = z.strictObject({
  id: Slug,
  width: positive,
  points: z.array(Vec2).min(2, 'a path needs at least two points'),
});
export type Path = z.infer<typeof Path>;

/** Practical places visitors ask for on a real site: shown on the plan and found by search. */
export const Amenity = z.strictObject({
  id: Slug,
  kind: z.enum(AMENITY_KINDS),
  position: Vec2,
  /** What tells it apart from others of its kind ("beside Pavilion A"); the kind's name alone when absent. */
  name: Text.optional(),
});
export type Amenity = z.infer<typeof Amenity>;

export const Site = z.strictObject({
  $schema: z.string().optional(),
  /** The outer fence of the site, a simple polygon, counter-clockwise or clockwise. */
  boundary: z.array(Vec2).min(3, 'a boundary needs at least three points'),
  zones: z.array(Zone).min(1),
  paths: z.array(Path),
  amenities: z.array(Amenity).optional(),
  landscape: z.strictObject({
    palms: z.array(Vec2),
    flags: z.array(z.strictObject({ position: Vec2, flag: z.enum(['morocco', 'police']) })),
    lamps: z.array(Vec2),
  }),
});
export type Site = z.infer<typeof Site>;

/** An IANA time-zone name Intl knows; the offset follows the zone's own changes (Ramadan in Morocco). */
export const TimeZone = z.string().refine(isTimeZone, {
  error: (issue) => `unknown time zone "${String(issue.input)}": must be an IANA name such as Africa/Casablanca`,
});

export const FIGURE_UNITS = ['m2'] as const;

/** One figure the organiser announced, as the visit shows it: a number, its unit and what it counts. */
export const EditionFigure = z.strictObject({
  /** Unique among the figures: the page and the tests name a figure by it (`data-figure`). */
  id: Slug,
  value: z.number().nonnegative('must be zero or more').refine(Number.isFinite, 'must be a finite number'),
  /** The organiser said "more than" this value. */
  atLeast: z.boolean().optional(),
  /** Square metres; a count when absent. */
  unit: z.enum(FIGURE_UNITS).optional(),
  /** What is counted, written to stand under the number ("visiteurs", "écoles"). */
  label: Text,
});
export type EditionFigure = z.infer<typeof EditionFigure>;

/** The edition's figures for the visitor (about dialog, text version, entrance banner), with their source. */
export const EditionFigures = z.strictObject({
  /** Who announced them and when, as the visit cites it. */
  source: Text,
  items: z.array(EditionFigure).min(1, 'figures need at least one item'),
});
export type EditionFigures = z.infer<typeof EditionFigures>;

export const Edition = z.strictObject({
  $schema: z.string().optional(),
  id: Slug,
  /** Edition number of the JPO (5 for Agadir 2024). */
  number: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  dates: z.strictObject({
    start: z.iso.date('must be a date like 2024-05-17'),
    end: z.iso.date('must be a date like 2024-05-21'),
  }),
  /** The event's IANA time zone (`Africa/Casablanca`): programme times are its wall clock. */
  timeZone: TimeZone,
  city: Text,
  title: Text,
  theme: Text,
  /** Figures the organiser announced; the data's own figures must match them within 1%. */
  announced: z.strictObject({
    siteArea: positive,
    coveredArea: positive,
    stands: z.number().int().positive(),
    childrenPavilionArea: positive,
  }),
  /** The organiser's figures as the visitor reads them, in their order; none shown when absent. */
  figures: EditionFigures.optional(),
  /**
   * The moment the visit shows when it is opened while the edition is not on (before or after its
   * days) and the link names none (`?at=`): event-local (`2024-05-18T15:00`), within the edition's
   * days, so an edition that is over opens on a busy hour of it. Without it, the real clock.
   */
  replayAt: z
    .string()
    .superRefine((text, ctx) => {
      const parsed = parseLocal(text);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', message: parsed });
    })
    .optional(),
  /** Where the visit starts on foot: a plan point and a heading, degrees counter-clockwise from north (−z). */
  spawn: z.strictObject({ position: Vec2, yaw: finite }),
  /**
   * Where the sun that lights the site and the sky stands: its bearing (degrees clockwise from
   * north, which is −z) and its height above the horizon (degrees).
   */
  sun: z.strictObject({
    azimuth: z.number().min(0).lt(360, 'must be a bearing in degrees, 0 (north) to under 360'),
    elevation: z.number().gt(0).max(90, 'must be degrees above the horizon, over 0 and at most 90'),
  }),
});
export type Edition = z.infer<typeof Edition>;

export const Stands = z.strictObject({
  $schema: z.string().optional(),
  stands: z.array(Stand),
});

/**
 * A stop of a guided tour: a stand or a place (a target: ids are unique across both), optionally at
 * one of its hotspots, with what the guide says there and how long the tour stays.
 */
export const TourStop = z.strictObject({
  target: Slug,
  hotspot: Slug.optional(),
  text: Text,
  /** Seconds the tour stays at the stop once arrived, before it travels on by itself. */
  dwell: z.number().min(3, 'must be at least 3 seconds').max(120, 'must be at most 120 seconds'),
});
export type TourStop = z.infer<typeof TourStop>;

export const Tour = z.strictObject({
  id: Slug,
  title: Text,
  /** One line on who the tour is for and what it shows, for the tour picker. */
  summary: Text,
  stops: z.array(TourStop).min(1, 'an empty tour: a tour needs at least one stop'),
});
export type Tour = z.infer<typeof Tour>;

export const Tours = z.strictObject({
  $schema: z.string().optional(),
  tours: z.array(Tour),
});

export const KIOSK_ORIENTATIONS = ['landscape', 'portrait'] as const;

/** A touch screen standing on the site: where it is, and how it greets and resets. */
export const Kiosk = z.strictObject({
  id: Slug,
  /** Where it stands, for operators and for "you are here" ("Entrance, beside the gate"). */
  name: Text,
  /** Plan position [x, z] of the screen's foot, on walkable ground. */
  position: Vec2,
  /** Which way a visitor in front of it looks, degrees counter-clockwise from north (−z), as `spawn.yaw`. */
  facing: finite,
  lang: Lang,
  /** Seconds without a touch, key or pointer move before "Still there?" and the reset. */
  idle: z.number().min(20, 'must be at least 20 seconds').max(1800, 'must be at most 1800 seconds'),
  /** The tour its attract loop plays (an id of tours.json). */
  tour: Slug,
  orientation: z.enum(KIOSK_ORIENTATIONS),
});
export type Kiosk = z.infer<typeof Kiosk>;

export const Kiosks = z.strictObject({
  $schema: z.string().optional(),
  kiosks: z.array(Kiosk),
});

/** A whole edition as the app and the pipeline use it. */
export interface EditionData {
  edition: Edition;
  site: Site;
  stands: Stand[];
}

/** The files of an edition folder and the schema of each. */
export const EDITION_FILES = {
  'edition.json': Edition,
  'site.json': Site,
  'stands.json': Stands,
} as const;

/**
 * Files an edition may have: an edition without them has no guided tours or no kiosks. The app loads
 * them on demand (the tour picker, a kiosk), not for the first frame.
 */
export const OPTIONAL_EDITION_FILES = {
  'tours.json': Tours,
  'kiosks.json': Kiosks,
} as const;
