/**
 * `npm run qr [-- --base https://visit.example/] [--edition name|folder] [--lang fr|ar|en] [--out file.svg]`: a
 * printable A4 sheet (SVG, several pages stacked) with one QR code per stand, each linking to that
 * stand's page to share (`fr/stands/<id>/`, which opens the visit there; another edition than the
 * default: its deep link `?edition=…&stand=<id>`), with the stand's number and names in French and
 * Arabic beside it, for the physical stands. `--base` is where the visit is served, sub-path
 * included (`https://www.example.ma/jpo/`); without it the links point at a local preview: give the
 * public address before printing.
 */
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { readEdition, ROOT, SCENES, formatProblem } from './edition/read.ts';
import { orExit, resolveEdition } from './edition/resolve.ts';
import type { Stand } from '../src/edition/schema.ts';
import { LANGS, type Lang } from '../src/edition/constants.ts';
import { sharePath } from '../src/edition/shareLinks.ts';

const DEFAULT_BASE = 'http://127.0.0.1:4173/';
/** A4 in millimetres; 2 × 4 cards a page. */
const PAGE = { w: 210, h: 297 };
const COLS = 2;
const ROWS = 4;

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** The deep link of a stand. */
export function standUrl(base: string, edition: string, defaultEdition: string, stand: Stand, lang: Lang = 'fr'): string {
  // The default edition's stands have their own pages to share (tools/share/): a phone that scans
  // the code gets the stand's name and picture, then the visit there. Another edition: its deep link.
  if (edition === defaultEdition) return new URL(sharePath('stand', stand.id, lang), base).href;
  const url = new URL(base);
  url.searchParams.set('edition', edition);
  url.searchParams.set('stand', stand.id);
  return url.href;
}

/** One QR code as SVG path data in a unit square grid, and its size in modules. */
function qrPath(text: string): { d: string; size: number } {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  let d = '';
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) if (qr.modules.get(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return { d, size };
}

/** The whole sheet as one SVG of stacked A4 pages. */
export function qrSheet(stands: Stand[], link: (s: Stand) => string, title: string): string {
  const perPage = COLS * ROWS;
  const pages = Math.max(1, Math.ceil(stands.length / perPage));
  const cardW = (PAGE.w - 20) / COLS;
  const cardH = (PAGE.h - 30) / ROWS;
  const parts: string[] = [];
  for (let p = 0; p < pages; p++) {
    const oy = p * PAGE.h;
    parts.push(`<rect x="0" y="${oy}" width="${PAGE.w}" height="${PAGE.h}" fill="#fff"/>`);
    parts.push(
      `<text x="10" y="${oy + 14}" font-size="5" font-weight="700" fill="#14305a">${escapeXml(title)} — ${p + 1}/${pages}</text>`,
    );
    stands.slice(p * perPage, (p + 1) * perPage).forEach((s, i) => {
      const x = 10 + (i % COLS) * cardW;
      const y = oy + 20 + Math.floor(i / COLS) * cardH;
      const url = link(s);
      const { d, size } = qrPath(url);
      const qrSize = cardH - 22;
      const k = qrSize / (size + 8);
      parts.push(
        `<g data-stand="${s.id}">` +
          `<rect x="${x + 2}" y="${y + 2}" width="${cardW - 4}" height="${cardH - 4}" rx="3" fill="none" stroke="#c9ccd0" stroke-width="0.3"/>` +
          `<text x="${x + 6}" y="${y + 11}" font-size="8" font-weight="700" fill="#14305a">${s.number}</text>` +
          `<text x="${x + 18}" y="${y + 8.5}" font-size="3.6" font-weight="600" fill="#1f2a37">${escapeXml(s.name.fr)}</text>` +
          `<text x="${x + cardW - 6}" y="${y + 13}" font-size="3.6" font-weight="600" fill="#1f2a37" text-anchor="start" direction="rtl" xml:lang="ar">${escapeXml(s.name.ar)}</text>` +
          `<g transform="translate(${x + (cardW - qrSize) / 2} ${y + 15}) scale(${k})"><rect width="${size + 8}" height="${size + 8}" fill="#fff"/><path transform="translate(4 4)" d="${d}" fill="#000"/></g>` +
          `<text x="${x + cardW / 2}" y="${y + cardH - 4}" font-size="2.2" fill="#5b6673" text-anchor="middle">${escapeXml(url)}</text>` +
          `</g>`,
      );
    });
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.w}mm" height="${PAGE.h * pages}mm" viewBox="0 0 ${PAGE.w} ${PAGE.h * pages}" font-family="'IBM Plex Sans Arabic', 'Noto Sans', sans-serif">\n` +
    parts.join('\n') +
    `\n</svg>\n`
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const defaults = JSON.parse(fs.readFileSync(path.join(SCENES, 'editions.json'), 'utf8')) as { default: string };
  const ref = orExit('qr', () => resolveEdition(opt('edition') ?? defaults.default));
  const edition = ref.id;
  console.log(`qr: edition folder ${ref.folder}`);
  const base = opt('base') ?? process.env.VISIT_BASE_URL ?? DEFAULT_BASE;
  if (!/^https?:\/\/.*\/$/.test(base)) {
    console.error(`qr: --base must be an http(s) address ending with "/", not "${base}"`);
    process.exit(1);
  }
  const { data, problems } = readEdition(ref.folder);
  if (!data) {
    for (const p of problems) console.error(formatProblem(p));
    process.exit(1);
  }
  const lang = (opt('lang') ?? 'fr') as Lang;
  if (!(LANGS as readonly string[]).includes(lang)) {
    console.error(`qr: --lang must be one of ${LANGS.join(', ')}, not "${lang}"`);
    process.exit(1);
  }
  const out = opt('out') ?? path.join(ROOT, 'qr', `${edition}-stands.svg`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const sheet = qrSheet(
    [...data.stands].sort((a, b) => a.number - b.number),
    (s) => standUrl(base, edition, defaults.default, s, lang),
    `${data.edition.title.fr} — ${data.edition.city.fr} ${data.edition.year}`,
  );
  fs.writeFileSync(out, sheet);
  console.log(`qr: ${data.stands.length} stands → ${path.relative(process.cwd(), out)} (links to ${base})`);
  if (base === DEFAULT_BASE) console.log('qr: the links point at a local preview; pass --base <public address> before printing');
}
