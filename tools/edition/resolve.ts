/**
 * One way to name an edition, on every command that takes one (validate, models, qr, media, bench):
 * a name under scenes/ (`jpo-2024-agadir`), or a folder anywhere that holds an edition.json
 * (`./drafts/jpo-2025-x`, `/tmp/copy/jpo-2024-agadir`). An argument is a folder when it names a path
 * (holds a `/`, starts with `.`, or is a directory relative to where the command runs); otherwise it
 * is a name under scenes/. A command works on the folder it was given and no other: a broken copy of
 * an edition outside scenes/ is that copy, never scenes/'s edition of the same name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { listEditions, SCENES } from './read.ts';

export interface EditionRef {
  /** The folder's name: the edition's id in URLs and in public/models/. */
  id: string;
  /** Absolute. */
  folder: string;
  /** Whether it is scenes/<id> itself (then it is in the build). */
  inScenes: boolean;
}

export class EditionArgError extends Error {}

export function resolveEdition(arg: string, cwd = process.cwd(), scenes = SCENES): EditionRef {
  const asPath = arg.includes('/') || arg.includes(path.sep) || arg.startsWith('.') || isDir(path.resolve(cwd, arg));
  const folder = asPath ? path.resolve(cwd, arg) : path.join(scenes, arg);
  const known = () => `scenes/ has: ${listEditions(scenes).join(', ')}`;
  if (!isDir(folder))
    throw new EditionArgError(
      asPath
        ? `"${arg}" is not a folder (${folder}; ${known()})`
        : `"${arg}" is not an edition under scenes/ (${known()}); give a folder's path for one elsewhere`,
    );
  if (!fs.existsSync(path.join(folder, 'edition.json')))
    throw new EditionArgError(`${folder} holds no edition.json: not an edition folder (${known()})`);
  const id = path.basename(folder);
  return { id, folder, inScenes: path.resolve(scenes, id) === folder };
}

/** The editions a command's arguments name, or every edition under scenes/ when there is none. */
export function resolveEditions(args: readonly string[], cwd = process.cwd(), scenes = SCENES): EditionRef[] {
  if (!args.length) return listEditions(scenes).map((id) => ({ id, folder: path.join(scenes, id), inScenes: true }));
  return args.map((a) => resolveEdition(a, cwd, scenes));
}

/** For commands that run the built visit (media, bench): the edition must be one of the build's. */
export function requireInScenes(ref: EditionRef, command: string): void {
  if (!ref.inScenes)
    throw new EditionArgError(
      `${command} runs the built visit, which holds only scenes/'s editions: ${ref.folder} is not one of them (copy it to scenes/${ref.id} and build)`,
    );
}

/** Prints a resolution error as the command's own and exits 1; otherwise returns the value. */
export function orExit<T>(command: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof EditionArgError)) throw e;
    console.error(`${command}: ${e.message}`);
    process.exit(1);
  }
}

function isDir(p: string): boolean {
  return fs.existsSync(p) && fs.statSync(p).isDirectory();
}
