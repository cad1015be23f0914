/**
 * `npm run media [-- edition]`: makes the default media of an edition from its own 3D models. For each stand
 * listed below, it records a short orbit in front of the stand in Chromium (software WebGL) and
 * encodes it with ffmpeg (VP9 WebM + poster JPEG), writes WebVTT captions in every language from
 * the stand's description, and renders gallery views. Real footage can replace any file later:
 * the content model (poster, captions per language, duration) is the same.
 *
 * Needs: a build (`npm run build`), Chromium and ffmpeg. Output is committed; CI never runs this.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { frames, visitApi, waitReady } from '../browser/page.ts';
import { startPreview } from '../browser/server.ts';
import { readEdition } from '../edition/read.ts';
import { orExit, requireInScenes, resolveEdition } from '../edition/resolve.ts';
import { LANGS, type Stand } from '../../src/edition/schema.ts';
import { toPlan } from '../../src/edition/geometry.ts';

// An edition's name or folder (tools/edition/resolve.ts); it must be one of scenes/, the build's.
const REF = orExit('media', () => {
  const ref = resolveEdition(process.argv[2] ?? 'jpo-2024-agadir');
  requireInScenes(ref, 'media');
  return ref;
});
const EDITION = REF.id;
console.log(`media: edition folder ${REF.folder}`);
const VIDEO_STANDS = [
  'dna-profiling',
  'artificial-intelligence',
  'border-control',
  'bomb-disposal',
  'road-safety',
  'intervention-vehicles',
  'human-rights',
  'police-academy',
];
const GALLERY_STANDS = ['fingerprints', 'national-id-card', 'motorcycle-brigade', 'careers'];
const SIZE = { width: 640, height: 360 };
const FPS = 10;
const SECONDS = 9;

/** Viewpoint on an arc in front of a stand, angle in radians from its axis, looking at its centre. */
function orbit(stand: Stand, angle: number, radius: number): [number, number, number] {
  const [x, z] = toPlan(stand, Math.sin(angle) * radius, Math.cos(angle) * radius);
  const [cx, cz] = toPlan(stand, 0, -stand.depth * 0.15);
  return [x, z, Math.atan2(-(cx - x), -(cz - z))];
}

async function frame(page: Page, [x, z, yaw]: [number, number, number], file: string) {
  await visitApi(page, 'teleport', x, z, yaw);
  await frames(page, 2);
  await page.locator('canvas').first().screenshot({ path: file });
}

/** Stand detail streams in near the visitor: arrive first, and let it load before filming. */
async function arrive(page: Page, [x, z, yaw]: [number, number, number]) {
  await visitApi(page, 'teleport', x, z, yaw);
  await page.waitForTimeout(1500);
}

/** Posters and gallery views share one quality, so they weigh alike. */
function toJpeg(png: string, jpg: string) {
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', png, '-q:v', '5', jpg]);
}

function sentences(text: string): string[] {
  return (
    text
      .match(/[^.!?؟。]+[.!?؟]*/g)
      ?.map((s) => s.trim())
      .filter(Boolean) ?? [text]
  );
}

function vttTime(s: number): string {
  const ms = Math.round(s * 1000);
  const hh = String(Math.floor(ms / 3_600_000)).padStart(2, '0');
  const mm = String(Math.floor(ms / 60_000) % 60).padStart(2, '0');
  const ss = String(Math.floor(ms / 1000) % 60).padStart(2, '0');
  return `${hh}:${mm}:${ss}.${String(ms % 1000).padStart(3, '0')}`;
}

/** Captions: the stand's name, then the first sentence of its description, each on screen long enough to read. */
function captions(stand: Stand, lang: (typeof LANGS)[number]): string {
  const cues = [`${stand.number} — ${stand.name[lang]}`, sentences(stand.description[lang])[0]!];
  const nameTime = 2;
  const times: Array<[number, number]> = [
    [0, nameTime - 0.05],
    [nameTime, SECONDS - 0.05],
  ];
  return 'WEBVTT\n\n' + cues.map((c, i) => `${i + 1}\n${vttTime(times[i]![0])} --> ${vttTime(times[i]![1])}\n${c}\n`).join('\n');
}

const { data } = readEdition(REF.folder);
if (!data) throw new Error(`${EDITION} has problems: run npm run validate`);
/** The stand and its media folder (made if missing). */
const standMedia = (id: string): { stand: Stand; out: string } => {
  const out = path.join(REF.folder, 'media', id);
  fs.mkdirSync(out, { recursive: true });
  return { stand: data.stands.find((s) => s.id === id)!, out };
};
// Film a private copy of the build: other work may rebuild dist/ meanwhile.
const FILM_DIST = '.media-dist';
fs.rmSync(path.join(process.cwd(), FILM_DIST), { recursive: true, force: true });
fs.cpSync(path.join(process.cwd(), 'dist'), path.join(process.cwd(), FILM_DIST), { recursive: true });
const server = await startPreview(FILM_DIST);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: SIZE });
  await page.goto(`${server.url}?debug=1&capture=1&view=ground&lang=fr&edition=${EDITION}`);
  await waitReady(page);
  await page.addStyleTag({
    content: '.topbar,.toolbar,.joystick,[data-testid=plan-corner],[data-testid=twin-open]{display:none!important}',
  });
  for (const id of VIDEO_STANDS) {
    const { stand, out } = standMedia(id);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `media-${id}-`));
    const count = FPS * SECONDS;
    const radius = stand.depth / 2 + Math.max(4, stand.width * 0.55);
    await arrive(page, orbit(stand, -0.6, radius));
    for (let i = 0; i < count; i++) {
      const t = i / (count - 1);
      const at = orbit(stand, (-0.6 + 1.2 * t) * (stand.booth === 'island' ? 1.4 : 1), radius - t * 1.2);
      await frame(page, at, path.join(tmp, `f${String(i).padStart(4, '0')}.png`));
    }
    execFileSync('ffmpeg', [
      '-y',
      '-loglevel',
      'error',
      '-framerate',
      String(FPS),
      '-i',
      path.join(tmp, 'f%04d.png'),
      '-vf',
      `fps=24,format=yuv420p,fade=in:st=0:d=0.4,fade=out:st=${SECONDS - 0.5}:d=0.5`,
      '-c:v',
      'libvpx-vp9',
      '-b:v',
      '260k',
      '-deadline',
      'good',
      '-cpu-used',
      '4',
      '-row-mt',
      '1',
      '-an',
      path.join(out, 'tour.webm'),
    ]);
    toJpeg(path.join(tmp, `f${String(Math.floor(count / 2)).padStart(4, '0')}.png`), path.join(out, 'tour.jpg'));
    for (const lang of LANGS) fs.writeFileSync(path.join(out, `tour.${lang}.vtt`), captions(stand, lang));
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`${id}: tour.webm ${fs.statSync(path.join(out, 'tour.webm')).size} B`);
  }
  for (const id of GALLERY_STANDS) {
    const { stand, out } = standMedia(id);
    const radius = stand.depth / 2 + 3.5;
    await arrive(page, orbit(stand, 0, radius));
    for (const [i, angle] of [-0.55, 0, 0.55].entries()) {
      const png = path.join(os.tmpdir(), `view-${id}-${i}.png`);
      await frame(page, orbit(stand, angle, radius), png);
      toJpeg(png, path.join(out, `view-${i + 1}.jpg`));
      fs.rmSync(png);
    }
    console.log(`${id}: 3 views`);
  }
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(path.join(process.cwd(), FILM_DIST), { recursive: true, force: true });
}
