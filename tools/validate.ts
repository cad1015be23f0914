/**
 * `npm run validate [scene-folder…]`: checks editions (all of them by default) and exits non-zero
 * on any problem, printing each as `file: path.to.field: message`.
 */
import path from 'node:path';
import { formatProblem, listEditions, readEdition, SCENES } from './edition/read.ts';
import { deriveFigures } from '../src/edition/figures.ts';

const args = process.argv.slice(2);
const folders = args.length ? args.map((a) => path.resolve(a)) : listEditions().map((e) => path.join(SCENES, e));
let failed = 0;
for (const folder of folders) {
  const { data, problems, folder: rel } = readEdition(folder);
  if (!data) {
    failed++;
    for (const p of problems) console.error(formatProblem(p));
    console.error(`${rel}: ${problems.length} problem${problems.length > 1 ? 's' : ''}`);
    continue;
  }
  const f = deriveFigures(data);
  console.log(
    `${rel}: ok — ${f.stands} stands, site ${Math.round(f.siteArea)} m², covered ${Math.round(f.coveredArea)} m², children's pavilion ${Math.round(f.childrenPavilionArea)} m²`,
  );
}
process.exit(failed ? 1 : 0);
