/**
 * The addresses of the pages to share (written by the build, tools/share/): one per stand or place,
 * tour and programme session, in each language, relative to the build's base. The app's share button,
 * the QR codes and the sitemap use these, so a link passed around shows what it points at.
 */
import type { Lang } from './constants.ts';

export type ShareKind = 'stand' | 'tour' | 'session';

const FOLDER: Record<ShareKind, string> = { stand: 'stands', tour: 'tours', session: 'sessions' };

/** `fr/stands/dna-profiling/`: a folder whose index.html is the page (servers answer the folder). */
export function sharePath(kind: ShareKind, id: string, lang: Lang): string {
  return `${lang}/${FOLDER[kind]}/${encodeURIComponent(id)}/`;
}

/** The visit's own deep link to the same thing, relative to the base: what the page opens. */
export function visitQuery(kind: ShareKind, id: string, lang: Lang, edition?: string): string {
  const q = new URLSearchParams();
  if (edition) q.set('edition', edition);
  q.set(kind, id);
  q.set('lang', lang);
  return `?${q.toString()}`;
}
