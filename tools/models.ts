/**
 * `npm run models [edition…]`: builds public/models/<edition>/*.glb and manifest.json from
 * scenes/<edition>/ (every edition by default). Refuses an edition with any validation problem.
 */
import path from 'node:path';
import { formatProblem, listEditions, PUBLIC_MODELS, readEdition, SCENES } from './edition/read.ts';
import { buildEditionDocuments, ModelInputError } from './models/edition.ts';
import { writeEdition } from './models/write.ts';

const args = process.argv.slice(2);
const editions = args.length ? args.map((a) => path.basename(path.resolve(a))) : listEditions();
let failed = false;
for (const id of editions) {
  const folder = path.join(SCENES, id);
  const { data, problems } = readEdition(folder);
  if (!data) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`${id}: not built (${problems.length} problems)`);
    failed = true;
    continue;
  }
  const started = performance.now();
  let docs;
  try {
    docs = await buildEditionDocuments(data, PUBLIC_MODELS);
  } catch (e) {
    if (!(e instanceof ModelInputError)) throw e;
    console.error(`${path.relative(process.cwd(), folder)}/${e.message}`);
    console.error(`${id}: not built; public/models/${id}/ left as it was`);
    failed = true;
    continue;
  }
  const manifest = await writeEdition(id, docs, path.join(PUBLIC_MODELS, id));
  const sizes = manifest.files.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(1)} KiB`).join(', ');
  console.log(
    `${id}: ${sizes}; total ${(manifest.totalBytes / 1024).toFixed(1)} KiB (${Math.round(performance.now() - started)} ms)`,
  );
}
process.exit(failed ? 1 : 0);
