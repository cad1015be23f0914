/**
 * `npm run media`: makes the default media of an edition from its own 3D models. For each stand
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
import { launchChromium } from '../../tests/browser/chromium.ts';
import { startPreview } from '../../tests/browser/server.ts';
import { readEdition, SCENES } from '../edition/read.ts';
import { LANGS, type Stand } from '../../src/edition/schema.ts';
import { toPlan } from '../../src/edition/geometry.ts';

const EDITION = process.argv[2] ?? 'jpo-2024-agadir';
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

type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchChromium>>['newPage']>>;

/** Viewpoint on an arc in front of a stand, angle in radians from its axis, looking at its centre. */
function orbit(stand: Stand, angle: number, radius: number): [number, number, number] {
  const [x, z] = toPlan(stand, Math.sin(angle) * radius, Math.cos(angle) * radius);
  const [cx, cz] = toPlan(stand, 0, -stand.depth * 0.15);
  return [x, z, Math.atan2(-(cx - x), -(cz - z))];
}

async function frame(page: Page, x: number, z: number, yaw: number, file: string) {
  await page.evaluate(
    ([x, z, yaw]) =>
      (window as unknown as { __visit: { teleport(a: number, b: number, c: number): void } }).__visit.teleport(x!, z!, yaw!),
    [x, z, yaw],
  );
  await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  await page.locator('canvas').first().screenshot({ path: file });
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

const { data } = readEdition(path.join(SCENES, EDITION));
if (!data) throw new Error(`${EDITION} has problems: run npm run validate`);
// Film a private copy of the build: other work may rebuild dist/ meanwhile.
const FILM_DIST = '.media-dist';
fs.rmSync(path.join(process.cwd(), FILM_DIST), { recursive: true, force: true });
fs.cpSync(path.join(process.cwd(), 'dist'), path.join(process.cwd(), FILM_DIST), { recursive: true });
const server = await startPreview(FILM_DIST);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: SIZE });
  await page.goto(`${server.url}?debug=1&capture=1&view=ground&lang=fr&edition=${EDITION}`);
  await page.waitForFunction(() => '__visit' in window);
  await page.evaluate(() => (window as unknown as { __visit: { ready: Promise<void> } }).__visit.ready);
  await page.addStyleTag({
    content: '.topbar,.toolbar,.joystick,[data-testid=plan-corner],[data-testid=twin-open]{display:none!important}',
  });
  for (const id of VIDEO_STANDS) {
    const stand = data.stands.find((s) => s.id === id)!;
    const out = path.join(SCENES, EDITION, 'media', id);
    fs.mkdirSync(out, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `media-${id}-`));
    const frames = FPS * SECONDS;
    const radius = stand.depth / 2 + Math.max(4, stand.width * 0.55);
    // Stand detail streams in near the visitor: arrive first, let it load, then film.
    const [sx, sz, syaw] = orbit(stand, -0.6, radius);
    await page.evaluate(
      ([x, z, yaw]) =>
        (window as unknown as { __visit: { teleport(a: number, b: number, c: number): void } }).__visit.teleport(x!, z!, yaw!),
      [sx, sz, syaw],
    );
    await page.waitForTimeout(1500);
    for (let i = 0; i < frames; i++) {
      const t = i / (frames - 1);
      const [x, z, yaw] = orbit(stand, (-0.6 + 1.2 * t) * (stand.booth === 'island' ? 1.4 : 1), radius - t * 1.2);
      await frame(page, x, z, yaw, path.join(tmp, `f${String(i).padStart(4, '0')}.png`));
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
    execFileSync('ffmpeg', [
      '-y',
      '-loglevel',
      'error',
      '-i',
      path.join(tmp, `f${String(Math.floor(frames / 2)).padStart(4, '0')}.png`),
      '-q:v',
      '5',
      path.join(out, 'tour.jpg'),
    ]);
    for (const lang of LANGS) fs.writeFileSync(path.join(out, `tour.${lang}.vtt`), captions(stand, lang));
    fs.rmSync(tmp, { recursive: true, force: true });
    console.log(`${id}: tour.webm ${fs.statSync(path.join(out, 'tour.webm')).size} B`);
  }
  for (const id of GALLERY_STANDS) {
    const stand = data.stands.find((s) => s.id === id)!;
    const out = path.join(SCENES, EDITION, 'media', id);
    fs.mkdirSync(out, { recursive: true });
    const radius = stand.depth / 2 + 3.5;
    const [gx, gz, gyaw] = orbit(stand, 0, radius);
    await page.evaluate(
      ([x, z, yaw]) =>
        (window as unknown as { __visit: { teleport(a: number, b: number, c: number): void } }).__visit.teleport(x!, z!, yaw!),
      [gx, gz, gyaw],
    );
    await page.waitForTimeout(1500);
    for (const [i, angle] of [-0.55, 0, 0.55].entries()) {
      const png = path.join(os.tmpdir(), `view-${id}-${i}.png`);
      const [x, z, yaw] = orbit(stand, angle, radius);
      await frame(page, x, z, yaw, png);
      execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', png, '-q:v', '5', path.join(out, `view-${i + 1}.jpg`)]);
      fs.rmSync(png);
    }
    console.log(`${id}: 3 views`);
  }
} finally {
  await browser.close();
  await server.stop();
  fs.rmSync(path.join(process.cwd(), FILM_DIST), { recursive: true, force: true });
}
