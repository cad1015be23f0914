/**
 * The hand menu's plan page: the site's boundary, its zones, the stands with their numbers and the
 * visitor's "you are here" dot with the way they look. The plan is a plan: north up and never
 * mirrored, in Arabic too; only the heading and the words under it follow the language. Colours as
 * the page's plan draws them (src/dom/plan/planStyle.ts, which the canvas may not import).
 */
import { corners, type Rect } from '../../../edition/geometry.ts';
import { PALETTE } from '../../../edition/palette.ts';
import type { EditionData, Zone, ZoneKind } from '../../../edition/schema.ts';
import { shortPlaceName } from '../../../edition/targets.ts';
import type { HitRect } from '../hits.ts';
import { MENU_WIDTH, type MenuAction } from './menuModel.ts';
import { fitMap, headingAngle, MAP_AREA, mapBottom, toPixels, type MapView } from './mapView.ts';
import { COLORS, fontOf, type Box, type Frame } from './paintKit.ts';
import { MENU_STRINGS } from './strings.ts';

const SITE_FILL = '#e8dcbf';
const SITE_EDGE = '#b59d6e';
const ZONE_FILL: Record<ZoneKind, [fill: string, edge: string]> = {
  pavilion: ['#ffffff', PALETTE.policeBlue],
  children: ['#fff1cc', PALETTE.orange],
  seminar: ['#d9e0ec', PALETTE.carpet],
  'blood-donation': ['#fdeceb', PALETTE.moroccoRed],
  demonstration: ['#e3ded2', PALETTE.grey],
  entrance: ['#ddd6c8', PALETTE.navy],
  outdoor: ['#eee6d2', PALETTE.grey],
};
const STAND_FILL = '#dbe6f5';
const STAND_EDGE = PALETTE.policeBlue;
const MARKER = PALETTE.moroccoRed;

/** Where the visitor stands on the plan and which way they look (yaw as three.js: 0 to −z, positive left). */
export interface Here {
  x: number;
  z: number;
  yaw: number;
}

function footprintPath(ctx: CanvasRenderingContext2D, view: MapView, r: Rect): void {
  ctx.beginPath();
  corners(r).forEach(([x, z], i) => {
    const [px, py] = toPixels(view, x, z);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
  ctx.closePath();
}

/** The "you are here" dot and its heading wedge, at the plan point's pixels. */
function paintHere(ctx: CanvasRenderingContext2D, view: MapView, here: Here): void {
  const [px, py] = toPixels(view, here.x, here.z);
  const a = headingAngle(here.yaw);
  const half = Math.PI / 6;
  ctx.beginPath();
  ctx.moveTo(px, py);
  ctx.arc(px, py, 44, a - half, a + half);
  ctx.closePath();
  ctx.fillStyle = 'rgba(193, 39, 45, 0.45)';
  ctx.fill();
  ctx.beginPath();
  ctx.arc(px, py, 11, 0, 2 * Math.PI);
  ctx.fillStyle = MARKER;
  ctx.fill();
  ctx.lineWidth = 4;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
}

/**
 * A place's short name across its middle, where it fits at 14 px or more (the arenas, the halls);
 * the pavilions are full of stand numbers and go without: their stands are what is looked for.
 */
function zoneLabel(f: Frame, view: MapView, zone: Zone): void {
  const { ctx } = f;
  const [px, py] = toPixels(view, zone.position[0], zone.position[1]);
  const room = Math.min(zone.width, zone.depth) * view.scale - 12;
  const across = (zone.rotation % 180 === 0 ? zone.width : zone.depth) * view.scale - 12;
  const words = shortPlaceName(zone.name[f.lang]).split(' ');
  // One line, or two halves where one is too long: "Espace de la / brigade cynotechnique".
  const cut = Math.ceil(words.length / 2);
  for (const lines of [[words.join(' ')], [words.slice(0, cut).join(' '), words.slice(cut).join(' ')]]) {
    for (let size = 20; size >= 14; size -= 2) {
      ctx.font = fontOf(f.lang, size, 600);
      if (lines.length * size * 1.25 > room || lines.some((l) => ctx.measureText(l).width > across)) continue;
      ctx.fillStyle = PALETTE.darkGrey;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      lines.forEach((l, i) => ctx.fillText(l, px, py + (i - (lines.length - 1) / 2) * size * 1.25));
      return;
    }
  }
}

/** North's arrow in the plan's top right corner (the plan's, whatever the language). */
function paintNorth(f: Frame, view: MapView, letter: string): void {
  const { ctx } = f;
  const [right, top] = [MAP_AREA.x + MAP_AREA.width - 34, Math.max(MAP_AREA.y, view.top) + 30];
  ctx.beginPath();
  ctx.moveTo(right, top - 18);
  ctx.lineTo(right + 12, top + 12);
  ctx.lineTo(right, top + 6);
  ctx.lineTo(right - 12, top + 12);
  ctx.closePath();
  ctx.fillStyle = PALETTE.navy;
  ctx.fill();
  ctx.font = fontOf(f.lang, 24, 700);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  ctx.fillText(letter, right, top + 16);
}

/** Paints the plan page and returns its pressable areas: the back button and the plan itself. */
export function paintMap(f: Frame, data: EditionData, here: Here, back: Box): HitRect<MenuAction>[] {
  const { ctx } = f;
  const t = MENU_STRINGS[f.lang];
  const view = fitMap(data.site.boundary);

  ctx.save();
  ctx.beginPath();
  ctx.rect(MAP_AREA.x, MAP_AREA.y, MAP_AREA.width, MAP_AREA.height);
  ctx.clip();

  ctx.beginPath();
  data.site.boundary.forEach(([x, z], i) => {
    const [px, py] = toPixels(view, x, z);
    if (i === 0) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  });
  ctx.closePath();
  ctx.fillStyle = SITE_FILL;
  ctx.fill();
  ctx.lineWidth = 3;
  ctx.strokeStyle = SITE_EDGE;
  ctx.stroke();

  for (const zone of data.site.zones) {
    const [fill, edge] = ZONE_FILL[zone.kind];
    footprintPath(ctx, view, zone);
    ctx.fillStyle = fill;
    ctx.fill();
    ctx.lineWidth = zone.covered ? 3 : 2;
    ctx.strokeStyle = edge;
    ctx.stroke();
  }

  ctx.direction = 'ltr';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const stand of data.stands) {
    footprintPath(ctx, view, stand);
    ctx.fillStyle = STAND_FILL;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = STAND_EDGE;
    ctx.stroke();
    // As large as the stand's shorter side allows: the list page is where names are read.
    const [px, py] = toPixels(view, stand.position[0], stand.position[1]);
    const side = Math.min(stand.width, stand.depth) * view.scale;
    const size = Math.max(10, Math.min(22, Math.floor(side * 0.9)));
    ctx.font = fontOf('en', size, 700);
    ctx.fillStyle = PALETTE.navy;
    ctx.fillText(String(stand.number), px, py);
  }
  ctx.direction = f.rtl ? 'rtl' : 'ltr';
  for (const zone of data.site.zones) if (!data.stands.some((s) => s.zone === zone.id)) zoneLabel(f, view, zone);

  paintHere(ctx, view, here);
  paintNorth(f, view, t.north);
  ctx.restore();

  // Under the plan: the dot's legend and what a press does, in the language's direction.
  const legendY = Math.min(MAP_AREA.y + MAP_AREA.height, mapBottom(view, data.site.boundary)) + 56;
  const dotX = f.rtl ? MENU_WIDTH - 24 - 11 : 24 + 11;
  ctx.beginPath();
  ctx.arc(dotX, legendY, 11, 0, 2 * Math.PI);
  ctx.fillStyle = MARKER;
  ctx.fill();
  f.textStart(t.youAreHere, f.box(24, legendY - 30, MENU_WIDTH - 48, 60), 36, legendY, 28, 600, COLORS.text);
  f.textStart(t.mapHint, f.box(24, legendY + 40, MENU_WIDTH - 48, 60), 0, legendY + 70, 26, 400, COLORS.muted, 24);

  return [
    { ...back, action: { kind: 'back' } },
    { x: MAP_AREA.x, y: MAP_AREA.y, w: MAP_AREA.width, h: MAP_AREA.height, action: { kind: 'map' } },
  ];
}
