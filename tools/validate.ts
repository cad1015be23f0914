/**
 * `npm run validate [edition…]`: checks editions (all of scenes/ by default) and exits non-zero on
 * any problem, printing each as `file: path.to.field: message`. An edition is a name under scenes/
 * or a folder anywhere (tools/edition/resolve.ts).
 */
import { formatProblem, readEdition } from './edition/read.ts';
import { orExit, resolveEditions } from './edition/resolve.ts';
import { deriveFigures } from '../src/edition/figures.ts';

const refs = orExit('validate', () => resolveEditions(process.argv.slice(2)));
let failed = 0;
for (const { folder } of refs) {
  console.log(`validate: edition folder ${folder}`);
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
