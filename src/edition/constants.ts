/**
 * The edition format's enumerations, without zod: the app imports these (and the schema's types)
 * while zod itself stays in the Node tools, out of the visitor's download.
 */

export const LANGS = ['fr', 'ar', 'en'] as const;

export const THEMES = [
  'forensics',
  'intervention',
  'technology',
  'recruitment',
  'training',
  'social',
  'identity-borders',
  'security-professions',
  'human-rights',
  'road-safety',
] as const;

export const BOOTH_KINDS = ['inline', 'corner', 'island', 'outdoor'] as const;

export const PROP_KINDS = [
  'police-car',
  'armored-truck',
  'motorbike',
  'lab-bench',
  'showcase',
  'screen-wall',
  'kiosk',
  'e-gate',
  'passport-desk',
  'desk',
  'chairs',
  'mannequin',
  'simulator',
  'road-set',
  'tent-table',
] as const;

export const ZONE_KINDS = ['pavilion', 'children', 'seminar', 'blood-donation', 'demonstration', 'entrance', 'outdoor'] as const;

export const SIDES = ['front', 'back', 'left', 'right'] as const;

/** Practical places of a site (toilets, first aid, …): `site.json` `amenities`. */
export const AMENITY_KINDS = ['toilets', 'first-aid', 'exit', 'parking', 'information', 'water', 'prayer'] as const;

export type Lang = (typeof LANGS)[number];
export type Theme = (typeof THEMES)[number];
export type BoothKind = (typeof BOOTH_KINDS)[number];
export type PropKind = (typeof PROP_KINDS)[number];
export type ZoneKind = (typeof ZONE_KINDS)[number];
export type Side = (typeof SIDES)[number];
export type AmenityKind = (typeof AMENITY_KINDS)[number];
