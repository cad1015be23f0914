/**
 * The report's sections on walking: JavaScript per frame, frame intervals and heap along the route;
 * the walking pace on a page slowed to about 4 frames per second.
 */
import { ENTRANCE } from '../measure/viewpoints.ts';
import { PACE_START, type PaceResult, type WalkResult } from '../measure/walk.ts';
import { MAX_DELTA, MAX_SUBSTEP, WALK_SPEED } from '../../../src/walk/pace.ts';
import { MiB, ms1, pct, SOFTWARE } from './format.ts';

export function walkSection(walked: WalkResult): string {
  return `## JavaScript per frame while walking

Route: teleport to the entrance (${ENTRANCE.x}, ${ENTRANCE.z}, yaw ${ENTRANCE.yaw}), then hold W for 10 s, turning left (←) from 3.0 to 3.4 s and right (→) from 5.8 to 6.6 s; walked from (${walked.from[0]!.toFixed(1)}, ${walked.from[2]!.toFixed(1)}) to (${walked.to[0]!.toFixed(1)}, ${walked.to[2]!.toFixed(1)}), ${Math.hypot(walked.to[0]! - walked.from[0]!, walked.to[2]! - walked.from[2]!).toFixed(1)} m at ${WALK_SPEED} m/s: the walker counts at most ${MAX_DELTA} s a frame, so only frames slower than that cover less than the ${(WALK_SPEED * walked.seconds).toFixed(0)} m of a real walk. Viewport ${walked.viewport}.

Method: an init script wraps \`requestAnimationFrame\` before the app loads; each callback is timed with \`performance.now()\`, and the callbacks that receive the same frame timestamp are summed into that frame. The app's whole frame (the @react-three/fiber loop: \`useFrame\` work and the WebGL calls of the render) runs in rAF, so this is the main thread's JavaScript per frame; key handlers run outside it. Cross-check: CDP \`Performance.getMetrics\` ScriptDuration (all script, events and GC included) over the walk ÷ frames. Heap: \`performance.memory.usedJSHeapSize\` (Chromium runs with --enable-precise-memory-info), sampled every frame.

| | |
| --- | ---: |
| frames recorded in ${walked.seconds.toFixed(1)} s | ${walked.frames} |
| JS per frame, median | ${ms1(walked.jsMs.median)} |
| JS per frame, 95th percentile | ${ms1(walked.jsMs.p95)} |
| JS per frame, max / mean | ${ms1(walked.jsMs.max)} / ${ms1(walked.jsMs.mean)} |
| ScriptDuration ÷ frames (cross-check) | ${ms1(walked.scriptPerFrameMs)} |
| TaskDuration ÷ frames (all main-thread work) | ${ms1(walked.taskPerFrameMs)} |
| frame interval, median / 95th percentile (${SOFTWARE}) | ${ms1(walked.intervalMs.median)} / ${ms1(walked.intervalMs.p95)} |
| JS heap at start / max / end | ${MiB(walked.heap.start)} / ${MiB(walked.heap.max)} / ${MiB(walked.heap.end)} |

${SOFTWARE}. With SwiftShader the WebGL calls themselves are cheap for the main thread (drawing happens in the GPU process on the same 2 cores), but the cores are shared with rasterisation, so these times are higher than on a machine with a GPU.`;
}

export function paceSection(p: PaceResult): string {
  const expected = WALK_SPEED * p.motionSeconds;
  return `## Walking pace at a low frame rate

The visit on foot, brought to about 4 frames per second by its window's size (a bigger canvas is slower to rasterise) and, past the biggest, CDP \`Emulation.setCPUThrottlingRate\`: it settled at ${p.viewport}, CPU throttling ${p.cpuThrottle === 1 ? 'none' : `${p.cpuThrottle}×`}; then W held for ${p.seconds.toFixed(2)} s on open ground from beside the entrance's middle divider (${PACE_START.x}, ${PACE_START.z}), facing north. The walker counts each frame's time up to ${MAX_DELTA} s and walks a long frame in sub-steps of at most ${(MAX_SUBSTEP * 1000).toFixed(0)} ms (\`src/walk/step.ts\`), so down to 4 frames per second it keeps the pace (before, it counted at most 0.1 s a frame: at 4 frames per second, 40% of the pace). Frames and the key's state are read in the page, in each frame, as the walker reads them.

| | |
| --- | ---: |
| frames per second while W was held | ${p.fps.toFixed(1)} (${p.frames} frames) |
| frame interval, median / max | ${p.frames ? `${ms1(p.frameMs.median)} / ${ms1(p.frameMs.max)}` : 'no frame drawn'} |
| frames longer than ${MAX_DELTA} s (clamped) | ${p.longFrames} |
| walked | ${p.metres.toFixed(2)} m, from (${p.from[0]!.toFixed(2)}, ${p.from[2]!.toFixed(2)}) to (${p.to[0]!.toFixed(2)}, ${p.to[2]!.toFixed(2)}) |
| pace | ${p.metresPerSecond.toFixed(2)} m/s, ${pct(p.metresPerSecond / WALK_SPEED - 1)} against ${WALK_SPEED} m/s |
| frame time the walker accounts for (each delta clamped at ${MAX_DELTA} s) | ${p.motionSeconds.toFixed(2)} s, i.e. ${expected.toFixed(2)} m at ${WALK_SPEED} m/s |
| the same frames clamped at 0.1 s, as before sub-steps | ${p.formerMotionSeconds.toFixed(2)} s, i.e. ${(WALK_SPEED * p.formerMotionSeconds).toFixed(2)} m |

The pace falls short of ${WALK_SPEED} m/s only by the frames on either side of the key's press and release, and by any frame longer than ${MAX_DELTA} s (a clamp, on purpose: a stalled tab must not teleport the visitor). ${SOFTWARE}.`;
}
