/** The JSON Schemas editors use are the zod schema's export, and every scene file points at its own. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../tools/schema.ts';
import { listEditions, SCENES } from '../tools/edition/read.ts';
import { EDITION_FILES } from '../src/edition/schema.ts';

describe('JSON Schemas for editors', () => {
  it('scenes/schema/ matches the zod schema (run `npm run schema` after changing it)', () => {
    for (const [name, text] of Object.entries(jsonSchemas())) {
      expect(fs.readFileSync(path.join(SCENES, 'schema', name), 'utf8'), name).toBe(text);
    }
  });

  it('every scene file names its schema', () => {
    for (const edition of listEditions()) {
      for (const file of Object.keys(EDITION_FILES)) {
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
});
