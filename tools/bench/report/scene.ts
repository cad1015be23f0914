/** The report's sections on the scene: draw counts at the fixed viewpoints, GPU objects after every stand. */
import { BUDGETS } from '../budgets.ts';
import type { Stats } from '../../browser/page.ts';
import { relativeChange, VIEWPORT, type MemoryRoundTrip, type ViewpointResult } from '../measure/viewpoints.ts';
import { num, overMark, pct, table } from './format.ts';

export function viewpointsSection(viewpoints: ViewpointResult[]): string {
  const rows = viewpoints.map((v) => [
    v.label,
    `(${v.position[0]!.toFixed(1)}, ${v.position[2]!.toFixed(1)}) yaw ${v.yaw.toFixed(2)}`,
    `${num(v.stats.calls)}${overMark('calls', v.stats.calls)}`,
    `${num(v.stats.triangles)}${overMark('triangles', v.stats.triangles)}`,
    num(v.stats.geometries),
    num(v.stats.textures),
    `${(v.stats.textureBytes / 2 ** 20).toFixed(1)}${overMark('textureBytes', v.stats.textureBytes)}`,
    num(v.stats.programs),
  ]);

  return `## Draw calls and triangles at fixed viewpoints

Viewport ${VIEWPORT.width}×${VIEWPORT.height}. At each viewpoint the visit waits 6 frames, then reads \`__visit.stats()\` (\`renderer.info\` of the last frame). Stands are reached with \`goTo\`; the other places with \`teleport\`; the aerial view with \`view('aerial')\`. Texture memory is every texture a material of the scene names, at 4 bytes a texel and a third more with mipmaps (\`src/automation/textureMemory.ts\`). Budgets: ${BUDGETS.calls} draw calls, ${num(BUDGETS.triangles)} triangles, ${BUDGETS.textureBytes / 2 ** 20} MiB of textures per viewpoint.

${table(['Viewpoint', 'eye (x, z)', 'draw calls', 'triangles', 'geometries', 'textures', 'texture MiB', 'programs'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'])}`;
}

export function gpuSection(memory: MemoryRoundTrip, onFootFirst: Stats): string {
  return `## GPU objects after visiting every stand

The visit opened as a visitor opens it (aerial view first); at the entrance right after ready (*cold*); then after a flight to a first stand (\`${memory.warmUpStand}\`) and back (*start*); then after \`goTo\` to each of the ${memory.stands} stands (stands.json order) and a teleport back to the entrance (*end*); 6 frames after arriving each time. three.js creates a geometry or texture on the GPU the first time it is drawn, and some things exist only near a stand or a zone (hotspot markers, a zone's detail model), so the budget compares *end* with *start*, taken after that first stand: a change there is something created on the way and kept, not the first upload of what every stand shows. The change from *cold* is shown too. For reference, a visit opened on foot (\`?view=ground\`) holds ${onFootFirst.geometries} geometries and ${onFootFirst.textures} textures 6 frames after ready, before it has looked around.

| | cold | start | end | end vs start (budget ±${BUDGETS.memoryDrift * 100}%) | end vs cold |
| --- | ---: | ---: | ---: | ---: | ---: |
| geometries | ${memory.cold.geometries} | ${memory.start.geometries} | ${memory.end.geometries} | ${pct(memory.geometries)}${overMark('memoryDrift', memory.geometries)} | ${pct(memory.coldGeometries)} |
| textures | ${memory.cold.textures} | ${memory.start.textures} | ${memory.end.textures} | ${pct(memory.textures)}${overMark('memoryDrift', memory.textures)} | ${pct(memory.coldTextures)} |
| programs | ${memory.cold.programs} | ${memory.start.programs} | ${memory.end.programs} | ${pct(relativeChange(memory.start.programs, memory.end.programs))} | ${pct(relativeChange(memory.cold.programs, memory.end.programs))} |`;
}
