/**
 * Which pictogram a stand's poster shows, and drawing it. Its subject is read from the stand's id
 * and English name first, then its search keywords, then its props, then its theme: pure (data in, a
 * name out), so a new stand gets a fitting picture without anyone choosing one. The drawings, vector
 * shapes of our own, are in ./shapesEvidence.ts, ./shapesDevices.ts and ./shapesLife.ts.
 */
import type { PropKind, Stand, Theme } from '../../edition/schema.ts';
import type { Shape } from './pen.ts';
import { DEVICES } from './shapesDevices.ts';
import { EVIDENCE } from './shapesEvidence.ts';
import { LIFE } from './shapesLife.ts';

export const PICTOGRAMS = [
  'fingerprint',
  'dna',
  'target',
  'chip',
  'phone',
  'computer',
  'video-wall',
  'drone',
  'magnifier',
  'radio',
  'id-card',
  'passport',
  'plane',
  'globe',
  'document',
  'handcuffs',
  'traffic-light',
  'camera',
  'child',
  'people',
  'bomb',
  'badge',
  'briefcase',
  'clipboard',
  'graduation',
  'book',
  'heart',
  'org-chart',
  'medal',
  'scales',
  'car',
  'shield',
  'motorbike',
  'siren',
  'road-sign',
  'dog',
  'horse',
  'blood-drop',
] as const;
export type Pictogram = (typeof PICTOGRAMS)[number];

/** Subjects and the words that name them (English, lower case), most specific first. */
const RULES: ReadonlyArray<readonly [RegExp, Pictogram]> = [
  [/\bdna\b|genetic/, 'dna'],
  [/fingerprint|dactylo/, 'fingerprint'],
  [/ballistic|firearm|shooting|firing range|target/, 'target'],
  [/artificial intelligence|\bai\b|machine learning/, 'chip'],
  [/\bapps?\b|smartphone|mobile/, 'phone'],
  [/drone|\buav\b|robotic/, 'drone'],
  [/cyber|hacking|phishing|digital|computer/, 'computer'],
  [/command|control room|cctv|video wall/, 'video-wall'],
  [/crime scene|\bcsi\b|clues/, 'magnifier'],
  [/radio|walkie/, 'radio'],
  [/\bid card|identity card|\bcnie\b/, 'id-card'],
  [/fraud|forgery|counterfeit/, 'document'],
  [/passport/, 'passport'],
  [/border|airport|e-gate/, 'plane'],
  [/residen|foreign/, 'globe'],
  [/judicial|criminal investigation|detective/, 'handcuffs'],
  [/traffic police|traffic officer|speed gun/, 'traffic-light'],
  [/touris/, 'camera'],
  [/child|minors/, 'child'],
  [/community|neighbourhood/, 'people'],
  [/bomb|explosive|\beod\b/, 'bomb'],
  [/heritage|history|museum|anniversary/, 'badge'],
  [/career management|human resources|\bhr\b/, 'org-chart'],
  [/career|jobs|join the police/, 'briefcase'],
  [/exam|competitive|application/, 'clipboard'],
  [/academy|initial training|cadet|police school/, 'graduation'],
  [/continuing|courses|lifelong|specialisation/, 'book'],
  [/welfare|solidarity|social support/, 'heart'],
  [/sport|fitness|martial/, 'medal'],
  [/human rights|dignity|\bcndh\b/, 'scales'],
  [/motorcycle|motorbike|bikers/, 'motorbike'],
  [/vehicle|patrol car|police car/, 'car'],
  [/public order|crowd control|riot/, 'shield'],
  [/emergency|\bsos\b|rapid response/, 'siren'],
  [/road safety|pedestrian|seat belt/, 'road-sign'],
  [/\bdogs?\b|canine|cynotech|\bk9\b/, 'dog'],
  [/horse|mounted|cavalry/, 'horse'],
  [/blood/, 'blood-drop'],
];

/** A stand's props, when its words say nothing the rules know. */
const PROP_PICTOGRAMS: Partial<Record<PropKind, Pictogram>> = {
  'police-car': 'car',
  'armored-truck': 'shield',
  motorbike: 'motorbike',
  'lab-bench': 'dna',
  'screen-wall': 'video-wall',
  'e-gate': 'passport',
  'passport-desk': 'passport',
  simulator: 'target',
  'road-set': 'road-sign',
};

/** The last resort: the theme's own picture. */
const THEME_PICTOGRAMS: Record<Theme, Pictogram> = {
  forensics: 'magnifier',
  intervention: 'shield',
  technology: 'computer',
  recruitment: 'briefcase',
  training: 'graduation',
  social: 'heart',
  'identity-borders': 'passport',
  'security-professions': 'badge',
  'human-rights': 'scales',
  'road-safety': 'road-sign',
};

const firstRule = (text: string): Pictogram | undefined => RULES.find(([re]) => re.test(text))?.[1];

/** The pictogram of a stand's subject; never nothing (the theme's when its words and props say nothing). */
export function pictogramFor(stand: Pick<Stand, 'id' | 'name' | 'keywords' | 'props' | 'theme'>): Pictogram {
  const own = `${stand.id.replace(/-/g, ' ')} ${stand.name.en}`.toLowerCase();
  const words = (stand.keywords?.en ?? []).join(' ; ').toLowerCase();
  return (
    firstRule(own) ??
    firstRule(words) ??
    (stand.props ?? []).map((p) => PROP_PICTOGRAMS[p]).find((p) => p !== undefined) ??
    THEME_PICTOGRAMS[stand.theme]
  );
}

const SHAPES: Record<Pictogram, Shape> = { ...EVIDENCE, ...DEVICES, ...LIFE };

/** Draws pictogram `id` centred on (x, y), `size` wide and high, in `ink` with details in `paper`. */
export function drawPictogram(
  c: CanvasRenderingContext2D,
  id: Pictogram,
  x: number,
  y: number,
  size: number,
  ink: string,
  paper: string,
): void {
  c.save();
  c.translate(x, y);
  c.scale(size / 100, size / 100);
  c.fillStyle = ink;
  c.strokeStyle = ink;
  c.lineWidth = 6;
  c.lineCap = 'round';
  c.lineJoin = 'round';
  SHAPES[id](c, ink, paper);
  c.restore();
}
