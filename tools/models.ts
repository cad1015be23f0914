/**
 * `npm run models [edition…] [--out <folder>]`: builds an edition's *.glb and manifest.json (every
 * edition of scenes/ by default). An edition is a name under scenes/ or a folder anywhere
 * (tools/edition/resolve.ts). scenes/<id> builds into public/models/<id>/; a folder elsewhere (a
 * draft, a copy) into `--out`, or its own `.build/models/`, never into public/models/, so a draft
 * can never replace the models of the edition of the same name. `--out` is replaced whole, so it must
 * be new, empty, or an earlier build's. Refuses an edition with any validation problem, and then
 * writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, PUBLIC_MODELS, readEdition } from './edition/read.ts';
import { EditionArgError, orExit, resolveEditions } from './edition/resolve.ts';
import { buildEditionDocuments, ModelInputError } from './models/edition.ts';
import { writeEdition } from './models/write.ts';
import { MANIFEST_FILE } from '../src/edition/modelFiles.ts';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
if (outAt >= 0 && !out)
  orExit('models', () => {
    throw new EditionArgError('--out needs a folder');
  });
const refs = orExit('models', () => resolveEditions(args));
if (out && refs.length !== 1)
  orExit('models', () => {
    throw new EditionArgError('--out takes one edition');
  });
// The build replaces its output folder whole (tools/models/write.ts): `--out` may name a new or empty
// folder, or one an earlier build wrote (it has a manifest.json), never another folder's content.
if (out && fs.existsSync(out) && fs.readdirSync(out).length && !fs.existsSync(path.join(out, MANIFEST_FILE)))
  orExit('models', () => {
    throw new EditionArgError(`--out ${path.resolve(out)} holds files and no ${MANIFEST_FILE}: give a new or empty folder`);
  });
let failed = false;
for (const { id, folder, inScenes } of refs) {
  const target = out ? path.resolve(out) : inScenes ? path.join(PUBLIC_MODELS, id) : path.join(folder, '.build', 'models');
  console.log(`models: edition folder ${folder} → ${target}`);
  const { data, problems } = readEdition(folder);
  if (!data) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`${id}: not built (${problems.length} problems); nothing written`);
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
    console.error(`${id}: not built; ${path.relative(process.cwd(), target) || target}/ left as it was`);
    failed = true;
    continue;
  }
  const manifest = await writeEdition(id, docs, target);
  const sizes = manifest.files.map((f) => `${f.name} ${(f.bytes / 1024).toFixed(1)} KiB`).join(', ');
  console.log(
    `${id}: ${sizes}; total ${(manifest.totalBytes / 1024).toFixed(1)} KiB (${Math.round(performance.now() - started)} ms)`,
  );
}
process.exit(failed ? 1 : 0);
