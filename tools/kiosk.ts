/**
 * `npm run kiosk -- --id <kiosk> (--base <url> | --preview) [--edition <id>] [--out <folder>]`: writes
 * the files that turn a Debian machine into one kiosk of scenes/<edition>/kiosks.json (tools/kiosk/files.ts)
 * into a folder, all or nothing. docs/kiosk.md says what to do with them.
 *
 * --base is required: a kiosk pointed at a guessed address shows a browser error all day. `--preview`
 * says it on purpose: the local `npm run preview` server, to try the kiosk on this machine.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem, listEditions, readEdition, ROOT, SCENES } from './edition/read.ts';
import { chromiumArgs, kioskFiles, kioskUrl } from './kiosk/files.ts';

/** `vite preview`'s address. */
export const PREVIEW_BASE = 'http://127.0.0.1:4173/';

class UsageError extends Error {}

/** A service worker, hence the offline copy, needs a secure origin: https, or this machine itself. */
function checkBase(base: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new UsageError(`--base must be an address such as https://visit.example/, not "${base}"`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new UsageError(
      `--base must be https:// (the offline copy needs a secure origin; plain http works only for localhost), not "${base}"`,
    );
  return url.href;
}

function run(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      id: { type: 'string' },
      edition: { type: 'string' },
      base: { type: 'string' },
      preview: { type: 'boolean', default: false },
      out: { type: 'string' },
    },
    strict: true,
  });
  const defaults = JSON.parse(fs.readFileSync(path.join(SCENES, 'editions.json'), 'utf8')) as { default: string };
  const edition = values.edition ?? defaults.default;
  if (!listEditions().includes(edition))
    throw new UsageError(`unknown edition "${edition}" (scenes/ has: ${listEditions().join(', ')})`);
  const file = path.relative(process.cwd(), path.join(SCENES, edition, 'kiosks.json'));
  if (!values.id) throw new UsageError(`--id <kiosk> is required: one of the ids in ${file}`);
  if (values.base && values.preview) throw new UsageError('give --base or --preview, not both');
  if (!values.base && !values.preview)
    throw new UsageError(
      `--base <url> is required: where the site's server serves the visit (e.g. --base https://visit.example/); ` +
        `--preview points the kiosk at ${PREVIEW_BASE} (npm run preview) to try it on this machine`,
    );
  const base = checkBase(values.base ?? PREVIEW_BASE);

  const { data, extras, problems } = readEdition(path.join(SCENES, edition));
  if (!data || !extras)
    throw new UsageError(`the edition has problems (npm run validate):\n${problems.map(formatProblem).join('\n')}`);
  if (!fs.existsSync(path.join(SCENES, edition, 'kiosks.json')))
    throw new UsageError(`${file} not found: this edition has no kiosks`);
  const kiosk = extras.kiosks.find((k) => k.id === values.id);
  if (!kiosk)
    throw new UsageError(
      `no kiosk "${values.id}" in ${file}; its kiosks: ${extras.kiosks.map((k) => k.id).join(', ') || '(none)'}`,
    );

  const out = path.resolve(values.out ?? path.join(ROOT, 'kiosk', kiosk.id));
  const files = kioskFiles({ kiosk, edition, defaultEdition: defaults.default, base });
  // Written beside the target, then swapped in: never a half-written folder, even on a full disk.
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(path.dirname(out), `.${path.basename(out)}-`));
  try {
    for (const f of files) fs.writeFileSync(path.join(tmp, f.name), f.content, { mode: f.executable ? 0o755 : 0o644 });
    fs.chmodSync(tmp, 0o755);
    fs.rmSync(out, { recursive: true, force: true });
    fs.renameSync(tmp, out);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }

  const rel = path.relative(process.cwd(), out) || '.';
  console.log(`kiosk ${kiosk.id} (${kiosk.name.en}, ${kiosk.orientation}) → ${rel}/`);
  console.log(`  opens ${kioskUrl({ kiosk, edition, defaultEdition: defaults.default, base })}`);
  if (values.preview)
    console.log(`  --preview: the kiosk loads ${PREVIEW_BASE}, the local preview; use --base for a machine on the site`);
  console.log(`  chromium ${chromiumArgs(kiosk).join(' ')}`);
  for (const f of files) console.log(`  ${f.name.padEnd(18)} ${f.installedAs}`);
  console.log(`  then, on the kiosk, from this folder: sudo sh install.sh <kiosk-user> (docs/kiosk.md)`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    run(process.argv.slice(2));
  } catch (e) {
    // parseArgs reports an unknown or incomplete option with a readable message and an ERR_PARSE_ARGS_ code.
    const parse = String((e as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
    if (!(e instanceof UsageError) && !parse) throw e;
    console.error(`kiosk: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
