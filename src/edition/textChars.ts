/**
 * Which characters a text of the edition may hold, by the kind of field it is in (textRules.ts says
 * which kind each field is): the one place the decisions about invisible, reordering and control
 * characters are made, for the scene files and the captions alike.
 *
 * - everywhere: no control character (a line break only in paragraphs), no embedding, override or
 *   isolate (U+202A–202E, U+2066–2069: they reorder the text after them, "Trojan Source"; the visit
 *   sets each text's direction itself), no zero-width space, word joiner, BOM, tag or filler
 *   character, no line or paragraph separator, nothing private-use, unassigned or a lone surrogate,
 *   no pile of more than MAX_MARKS combining marks, never a text that shows nothing.
 * - texts that are read (labels, paragraphs): bidi marks (LRM, RLM, ALM) are allowed, since an
 *   Arabic title quoting "ADN", or a French one quoting an Arabic name, may need one; ZWNJ and ZWJ
 *   where they touch a letter of Arabic script (how Arabic writing keeps letters apart or joined),
 *   and ZWJ between pictographs (one emoji such as 👮‍♀️). A soft hyphen in paragraphs only.
 * - texts that are matched or fetched, never read (keywords, URLs, paths, ids): no invisible
 *   character at all: in a keyword one splits the word from what a visitor types (search splits
 *   words at anything that is not a letter or digit), in a URL it hides where the link goes.
 */

export type TextKind = 'id' | 'label' | 'paragraph' | 'markdown' | 'keyword' | 'url' | 'path';

/** Kinds that are read as paragraphs: a line break and a soft hyphen belong there. */
const PARAGRAPHS = new Set<TextKind>(['paragraph', 'markdown']);
/** Kinds never shown as text: no invisible character at all. */
const STRICT = new Set<TextKind>(['keyword', 'url', 'path', 'id']);
/** More combining marks than this on one character is a pile ("Zalgo"), not writing: Arabic needs 2 or 3. */
export const MAX_MARKS = 4;

const NAMES: Record<number, string> = {
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0xad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
};

/** `U+202E RIGHT-TO-LEFT OVERRIDE`. */
export function charName(cp: number): string {
  const hex = cp.toString(16).toUpperCase().padStart(4, '0');
  return NAMES[cp] ? `U+${hex} ${NAMES[cp]}` : `U+${hex}`;
}

const isBidiControl = (cp: number) => (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
const isBidiMark = (cp: number) => cp === 0x200e || cp === 0x200f || cp === 0x061c;
/** Invisible in every field: zero-width space, word joiner and invisible operators, BOM, fillers, tags, interlinear annotation. */
const isInvisible = (cp: number) =>
  cp === 0x200b ||
  (cp >= 0x2060 && cp <= 0x2064) ||
  (cp >= 0x206a && cp <= 0x206f) ||
  cp === 0xfeff ||
  cp === 0x180e ||
  cp === 0x034f ||
  cp === 0x115f ||
  cp === 0x1160 ||
  cp === 0x3164 ||
  cp === 0xffa0 ||
  (cp >= 0xfff9 && cp <= 0xfffb) ||
  (cp >= 0xe0000 && cp <= 0xe007f);
const isPrivateUse = (cp: number) => (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000;
const ARABIC = /\p{Script_Extensions=Arabic}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const UNASSIGNED = /\p{Cn}/u;
const MARK = /\p{M}/u;
/** What shows nothing: spaces, controls, format characters and marks. */
const BLANK = /^[\p{Z}\s\p{Cc}\p{Cf}\p{M}]*$/u;

/** A variation selector or a skin tone: part of the pictograph before it. */
const isEmojiModifier = (cp: number) => cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);

/** A ZWNJ or ZWJ at `i` that joins something: a letter of Arabic script beside it, or (ZWJ) pictographs on both sides. */
function joins(chars: string[], i: number): boolean {
  const prev = chars[i - 1];
  const next = chars[i + 1];
  if ((prev && ARABIC.test(prev)) || (next && ARABIC.test(next))) return true;
  if (chars[i]!.codePointAt(0) !== 0x200d || !next || !PICTOGRAPH.test(next)) return false;
  let j = i - 1;
  while (j >= 0 && isEmojiModifier(chars[j]!.codePointAt(0)!)) j--;
  return j >= 0 && PICTOGRAPH.test(chars[j]!);
}

/** Why one character may not stand in a text of `kind`, or undefined. */
function charReason(chars: string[], i: number, kind: TextKind): string | undefined {
  const cp = chars[i]!.codePointAt(0)!;
  if (cp >= 0xd800 && cp <= 0xdfff) return 'a lone surrogate: half of a character, which no font draws';
  if (cp === 0x0a) return PARAGRAPHS.has(kind) ? undefined : 'a line break in a one-line field';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'a control character';
  if (isBidiControl(cp))
    return "a bidirectional embedding, override or isolate reorders what a visitor reads after it: the visit sets each text's direction itself";
  if (cp === 0x2028 || cp === 0x2029) return 'a Unicode line or paragraph separator: write a line break, in a paragraph';
  if (isInvisible(cp)) return 'an invisible character: it hides in the text and splits the words search finds';
  if (cp === 0xad) return PARAGRAPHS.has(kind) ? undefined : 'a soft hyphen in a one-line field, where it only hides';
  if (isBidiMark(cp)) return STRICT.has(kind) ? 'a direction mark in a field that is matched or fetched, never read' : undefined;
  if (cp === 0x200c || cp === 0x200d) {
    if (STRICT.has(kind)) return 'a joiner in a field that is matched or fetched, never read';
    return joins(chars, i) ? undefined : 'a joiner that joins no letter of Arabic script (nor an emoji): it only hides';
  }
  if (isPrivateUse(cp)) return 'a private-use character: no font of the visit draws it';
  if (UNASSIGNED.test(String.fromCodePoint(cp))) return 'an unassigned code point or a noncharacter';
  return undefined;
}

/**
 * What is wrong with the characters and length of one text of `kind`: each reason once, at its
 * first place (a character count, from 1, so an invisible one can be found).
 */
export function textIssues(text: string, kind: TextKind, max = Infinity): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const chars = Array.from(text);
  let marks = 0;
  chars.forEach((ch, i) => {
    const cp = ch.codePointAt(0)!;
    const why = charReason(chars, i, kind);
    if (why && !seen.has(why)) {
      seen.add(why);
      out.push(`${charName(cp)} at character ${i + 1}: ${why}`);
    }
    marks = MARK.test(ch) ? marks + 1 : 0;
    if (marks === MAX_MARKS + 1 && !seen.has('marks')) {
      seen.add('marks');
      out.push(
        `more than ${MAX_MARKS} combining marks on one character at character ${i + 1}: a pile that spills over the lines around it`,
      );
    }
  });
  if (text.length && BLANK.test(text)) out.push('shows nothing: only spaces and invisible characters');
  if (chars.length > max) out.push(`${chars.length} characters: at most ${max} fit here`);
  return out;
}
