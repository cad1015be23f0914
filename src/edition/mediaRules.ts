/**
 * The media files an edition names (a hotspot's image, video, poster, captions; a stand's model) and
 * the rules their paths follow beyond the schema's: under `media/` (the one folder the build copies
 * and serves, tools/vite/editionMedia.ts), no empty or `.` segment, and a file type the field can
 * show. The files' content is checked on disk by tools/edition/mediaChecks.ts. Pure, like rules.ts.
 */
import type { Problem } from './rules.ts';
import type { EditionData, Hotspot, Lang } from './schema.ts';

export type MediaRole = 'image' | 'video' | 'captions';

/** The extensions each role accepts: what tools/vite/editionMedia.ts serves with a type a browser shows. */
export const MEDIA_EXTENSIONS: Record<MediaRole, readonly string[]> = {
  image: ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.svg'],
  video: ['.webm', '.mp4'],
  captions: ['.vtt'],
};

/** One media file named by a field of stands.json or site.json. */
export interface MediaRef {
  file: 'stands.json' | 'site.json';
  /** The field, as `stands[0].hotspots[2].video.captions.fr`. */
  path: string;
  /** The path inside the edition folder. */
  src: string;
  role: MediaRole;
  /** Captions: their language, and the length of their video (seconds). */
  lang?: Lang;
  duration?: number;
}

/** A hotspot's media: field (from the hotspot), path in the edition folder, role. */
export function hotspotMedia(h: Hotspot): Array<{ field: string; src: string; role: MediaRole; lang?: Lang }> {
  switch (h.type) {
    case 'info':
      return h.image ? [{ field: 'image.src', src: h.image.src, role: 'image' }] : [];
    case 'video':
      return [
        { field: 'video.src', src: h.video.src, role: 'video' },
        { field: 'video.poster', src: h.video.poster, role: 'image' },
        ...(['fr', 'ar', 'en'] as const).map((lang) => ({
          field: `video.captions.${lang}`,
          src: h.video.captions[lang],
          role: 'captions' as const,
          lang,
        })),
      ];
    case 'gallery':
      return h.images.map((img, i) => ({ field: `images[${i}].src`, src: img.src, role: 'image' as const }));
    case 'link':
      return [];
  }
}

/** Every media file the edition's stands and places name, in file order. */
export function mediaRefs(data: EditionData): MediaRef[] {
  const out: MediaRef[] = [];
  const add = (file: MediaRef['file'], at: string, h: Hotspot) => {
    const duration = h.type === 'video' ? h.video.duration : undefined;
    for (const m of hotspotMedia(h))
      out.push({ file, path: `${at}.${m.field}`, src: m.src, role: m.role, ...(m.lang ? { lang: m.lang, duration } : {}) });
  };
  data.site.zones.forEach((z, i) => (z.hotspots ?? []).forEach((h, j) => add('site.json', `zones[${i}].hotspots[${j}]`, h)));
  data.stands.forEach((s, i) => s.hotspots.forEach((h, j) => add('stands.json', `stands[${i}].hotspots[${j}]`, h)));
  return out;
}

/** Why a relative path is badly formed (an empty or `.` segment, a trailing slash), or undefined. */
export function pathShapeIssue(p: string): string | undefined {
  const segments = p.split('/');
  if (segments.some((s) => s === '')) return 'an empty segment (// or a slash at an end)';
  if (segments.some((s) => s === '.')) return 'a "." segment';
  return undefined;
}

/** Why a media path may not be used for its role, or undefined. */
export function mediaPathIssue(ref: Pick<MediaRef, 'src' | 'role'>): string | undefined {
  const shape = pathShapeIssue(ref.src);
  if (shape) return `"${ref.src}" has ${shape}`;
  if (!ref.src.startsWith('media/'))
    return `"${ref.src}" is not under media/: only the edition's media folder is published with the visit`;
  const ext = /\.[^./]+$/.exec(ref.src)?.[0]?.toLowerCase();
  const allowed = MEDIA_EXTENSIONS[ref.role];
  if (!ext || !allowed.includes(ext)) return `"${ref.src}" is not a file of a type this field shows (${allowed.join(', ')})`;
  return undefined;
}

export function checkMediaPaths(data: EditionData): Problem[] {
  const problems: Problem[] = [];
  for (const ref of mediaRefs(data)) {
    const issue = mediaPathIssue(ref);
    if (issue) problems.push({ file: ref.file, path: ref.path, message: issue });
  }
  data.stands.forEach((s, i) => {
    const shape = s.model ? pathShapeIssue(s.model) : undefined;
    if (shape) problems.push({ file: 'stands.json', path: `stands[${i}].model`, message: `"${s.model}" has ${shape}` });
  });
  return problems;
}
