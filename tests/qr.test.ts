/** `npm run qr`: one QR code per stand, each encoding that stand's page to share (or another edition's deep link). */
import path from 'node:path';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSheet, standUrl } from '../tools/qr.ts';
import { readEdition, ROOT } from '../tools/edition/read.ts';

const { data } = readEdition(path.join(ROOT, 'scenes', 'jpo-2024-agadir'));
const stands = data!.stands;
const BASE = 'https://visit.example/';

describe('QR sheet', () => {
  it("links each stand to its page to share (under the base's sub-path), another edition's to its deep link", () => {
    expect(standUrl(BASE, 'jpo-2024-agadir', 'jpo-2024-agadir', stands[0]!)).toBe(`${BASE}fr/stands/${stands[0]!.id}/`);
    expect(standUrl('https://www.example.ma/jpo/', 'jpo-2024-agadir', 'jpo-2024-agadir', stands[0]!, 'ar')).toBe(
      `https://www.example.ma/jpo/ar/stands/${stands[0]!.id}/`,
    );
    expect(standUrl(BASE, 'jpo-2025-x', 'jpo-2024-agadir', stands[0]!)).toBe(`${BASE}?edition=jpo-2025-x&stand=${stands[0]!.id}`);
  });

  it('has one card per stand, with its number, names and the QR code of its link', () => {
    const svg = qrSheet(stands, (s) => standUrl(BASE, 'a', 'a', s), 'JPO');
    expect(svg.match(/<g data-stand="/g)).toHaveLength(37);
    for (const s of stands) {
      const url = `${BASE}fr/stands/${s.id}/`;
      const card = svg.slice(svg.indexOf(`<g data-stand="${s.id}">`));
      expect(card).toContain(url);
      expect(card).toContain(`>${s.number}</text>`);
      // The modules drawn are those of the QR code of this URL.
      const qr = QRCode.create(url, { errorCorrectionLevel: 'M' });
      let dark = 0;
      for (let y = 0; y < qr.modules.size; y++) for (let x = 0; x < qr.modules.size; x++) if (qr.modules.get(x, y)) dark++;
      const d = /<path transform="translate\(4 4\)" d="([^"]+)"/.exec(card)![1]!;
      expect(d.match(/M/g)).toHaveLength(dark);
    }
    // Five A4 pages of eight cards for 37 stands.
    expect(svg).toContain('viewBox="0 0 210 1485"');
  });
});
