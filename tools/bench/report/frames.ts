/** The report's section on frame rates: the visit beside the bare three.js reference, adaptive quality, early frames. */
import { ADAPT_MS, EARLY_LOADS, type EarlyFrames, type FramesResult, type ViewpointFrames } from '../measure/frames.ts';
import { ms, SOFTWARE, table } from './format.ts';

/** Issue 11: the visit's frame cost within 1.25× of the bare viewer's at every viewpoint. */
export const RATIO_TARGET = 1.25;

const fps = (v: number) => v.toFixed(2);

function settled(v: ViewpointFrames): string {
  if (!v.settled) return 'n/a';
  const { pixelRatio, tier, level } = v.settled;
  return `${level.toFixed(2)} (pixel ratio ${pixelRatio}, ${tier})`;
}

const buffer = (w: ViewpointFrames['visit']) => [...new Set(w.map((x) => x.buffer.join('×')))].join(', ');

/** The Markdown section; the JSON is `{ frames, earlyFrames }` as measured. */
export function framesSection(frames: FramesResult, early: EarlyFrames | null): string {
  const rows = frames.viewpoints.map((v) => [
    v.label,
    fps(v.visitFps),
    fps(v.referenceFps),
    `${v.ratio.toFixed(2)}×${v.ratio > RATIO_TARGET ? ' **over target**' : ''}`,
    settled(v),
  ]);
  const worst = Math.max(...frames.viewpoints.map((v) => v.ratio));
  const buffers = frames.viewpoints.map((v) => `${v.id} ${buffer(v.visit)}`).join('; ');
  const drift = Math.max(...frames.viewpoints.map((v) => v.cameraDrift));
  const uploads = Math.max(...frames.viewpoints.flatMap((v) => [...v.visit, ...v.reference].map((w) => w.parkedUploads)));
  const pinned = frames.pinned
    ? 'The visit’s quality is pinned for the comparison with `__visit.setQuality({ pixelRatio: 1, tier: "full" })`.'
    : '`__visit.setQuality` was missing: the visit’s quality was not pinned and its own adaptive pixel ratio ran during the windows (see the drawing buffers below).';
  const earlyRows = (early?.loads ?? []).map((l, i) => [
    `load ${i + 1} (ready at ${ms(l.readyAt)})`,
    ms(l.longestMs),
    String(l.overLong),
    String(l.frames),
  ]);
  return `## Frames per second beside a bare three.js viewer

The reference (\`tools/bench/reference/\`, served at \`/bench-reference/\` beside the visit) draws the same \`site.glb\` and \`stands.glb\` with their own materials, one hemisphere and one directional light as the visit's, and nothing else (no sky, fog, post-processing, markers or signs): one \`WebGLRenderer\` with antialias and otherwise three's defaults (output sRGB, no tone mapping, pixel ratio 1), \`GLTFLoader\` with the meshopt decoder. At each viewpoint the visit is moved there, its last frame's camera (\`__visit.camera()\`) is copied to the reference, and each page's frames are counted over ${frames.windowMs / 1000} s after ${frames.warmUpMs / 1000} s of warm-up, visit and reference alternately (${frames.rounds} rounds: machine load falls on both alike), both at ${frames.viewport}, deviceScaleFactor 1, in one browser. Headless Chromium keeps every page visible, so the page not measured is parked: an init script holds its requestAnimationFrame callbacks, as a hidden page's are held; each window checks that the parked page ran no frame and no WebGL draw. ${pinned} Ratio = reference fps ÷ visit fps: the visit's frame cost relative to the bare viewer (target ≤ ${RATIO_TARGET}). Then the visit's quality adapts (\`setQuality('auto')\`) for ${ADAPT_MS / 1000} s and \`__visit.state().quality\` gives the level it settled at (1 = full).

${table(['Viewpoint', 'visit fps', 'reference fps', 'ratio', 'adaptive quality settled at'], rows, ['l', 'r', 'r', 'r', 'l'])}

Worst ratio ${worst.toFixed(2)}× (target ${RATIO_TARGET}×). Visit drawing buffers during its windows: ${buffers}. The visit's camera moved at most ${drift.toFixed(3)} m during a viewpoint's windows; the parked page made at most ${uploads} WebGL compiles or uploads during a window (0: the measured page had the GPU to itself). ${SOFTWARE}: only the ratio means anything.

${early ? earlySection(early, earlyRows) : ''}`;
}

function earlySection(early: EarlyFrames, earlyRows: string[][]): string {
  return `### The longest early frame

The longest frame interval overlapping the first ${early.windowMs / 1000} s after \`__visit.ready\`, on a fresh load (new context, nothing cached) at ${early.viewport}, and the frames over ${early.longFrameMs} ms in that window; an init script timestamps every frame from the first script on. Median of ${EARLY_LOADS} loads: **${ms(early.longestMs)}**, ${early.overLong} frames over ${early.longFrameMs} ms.

${table(['Load', 'longest frame', `frames over ${early.longFrameMs} ms`, 'frames in the window'], earlyRows)}`;
}
