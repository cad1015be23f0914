/**
 * `npm run schema`: writes scenes/schema/*.schema.json from the zod schema, so editors complete and
 * check scene files (each file points at its schema with "$schema"), the optional ones (tours, kiosks,
 * programme) included. A test keeps them in sync.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { EDITION_FILES, OPTIONAL_EDITION_FILES } from '../src/edition/schema.ts';
import { PROGRAMME_FILES } from '../src/edition/programme.ts';
import { SCENES } from './edition/read.ts';

export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [file, schema] of Object.entries({ ...EDITION_FILES, ...OPTIONAL_EDITION_FILES, ...PROGRAMME_FILES })) {
    const name = file.replace('.json', '.schema.json');
    const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
    out[name] = JSON.stringify({ ...json, title: `JPO edition: ${file}` }, null, 2) + '\n';
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.join(SCENES, 'schema');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) fs.writeFileSync(path.join(dir, name), text);
  console.log(`wrote ${Object.keys(jsonSchemas()).length} schemas to ${path.relative(process.cwd(), dir)}/`);
}
