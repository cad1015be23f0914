/** The JSON Schemas editors use are the zod schema's export, and every scene file points at its own. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../tools/schema.ts';
import { listEditions, SCENES } from '../tools/edition/read.ts';
import { EDITION_FILES, OPTIONAL_EDITION_FILES } from '../src/edition/schema.ts';
import { PROGRAMME_FILES } from '../src/edition/programme.ts';

/** The optional files: tours and kiosks (schema.ts), the programme (programme.ts). */
const OPTIONAL = { ...OPTIONAL_EDITION_FILES, ...PROGRAMME_FILES };

describe('JSON Schemas for editors', () => {
  it('scenes/schema/ matches the zod schema (run `npm run schema` after changing it)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(fs.readFileSync(path.join(SCENES, 'schema', name), 'utf8'), name).toBe(text);
    }
  });

  it('covers the optional files too', () => {
    expect(Object.keys(jsonSchemas()).sort()).toEqual(
      [...Object.keys(EDITION_FILES), ...Object.keys(OPTIONAL)].map((f) => f.replace('.json', '.schema.json')).sort(),
    );
  });

  it('every scene file names its schema', () => {
    for (const edition of listEditions()) {
      for (const file of [...Object.keys(EDITION_FILES), ...Object.keys(OPTIONAL)]) {
        if (!(file in EDITION_FILES) && !fs.existsSync(path.join(SCENES, edition, file))) continue;
        const json = JSON.parse(fs.readFileSync(path.join(SCENES, edition, file), 'utf8')) as { $schema?: string };
        expect(json.$schema, `${edition}/${file}`).toBe(`../schema/${file.replace('.json', '.schema.json')}`);
      }
    }
  });

  it('describes the stand format for completion: themes, booth kinds and hotspot types are enumerated', () => {
    const stands = JSON.parse(jsonSchemas()['stands.schema.json']!) as Record<string, unknown>;
    const text = JSON.stringify(stands);
    for (const word of ['forensics', 'road-safety', 'island', 'outdoor', 'video', 'gallery', 'link'])
      expect(text).toContain(`"${word}"`);
  });

  it('describes tours and kiosks for completion: stops, dwell, orientations and languages', () => {
    const tours = jsonSchemas()['tours.schema.json']!;
    for (const word of ['stops', 'target', 'hotspot', 'dwell']) expect(tours).toContain(`"${word}"`);
    const kiosks = jsonSchemas()['kiosks.schema.json']!;
    for (const word of ['landscape', 'portrait', 'facing', 'idle', 'fr', 'ar', 'en']) expect(kiosks).toContain(`"${word}"`);
  });
});
