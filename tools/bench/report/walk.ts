/** The report's section on walking: JavaScript per frame, frame intervals and heap along the route. */
import { ENTRANCE } from '../measure/viewpoints.ts';
import type { WalkResult } from '../measure/walk.ts';
import { MAX_DELTA, WALK_SPEED } from '../../../src/walk/pace.ts';
import { MiB, ms1, SOFTWARE } from './format.ts';

export function walkSection(walked: WalkResult): string {
  return `## JavaScript per frame while walking

Route: teleport to the entrance (${ENTRANCE.x}, ${ENTRANCE.z}, yaw ${ENTRANCE.yaw}), then hold W for 10 s, turning left (←) from 3.0 to 3.4 s and right (→) from 5.8 to 6.6 s; walked from (${walked.from[0]!.toFixed(1)}, ${walked.from[2]!.toFixed(1)}) to (${walked.to[0]!.toFixed(1)}, ${walked.to[2]!.toFixed(1)}), ${Math.hypot(walked.to[0]! - walked.from[0]!, walked.to[2]! - walked.from[2]!).toFixed(1)} m: the walker moves ${WALK_SPEED} m/s but counts at most ${MAX_DELTA} s per frame, so with frames slower than that it covers less than the ${(WALK_SPEED * walked.seconds).toFixed(0)} m of a real walk. Viewport ${walked.viewport}.

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
