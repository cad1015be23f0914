/**
 * The menu in the hand: a small "menu" tab floats over the left controller; pressing it with the
 * other hand's ray (or the controller's X button) opens the menu above the hand, turned toward the
 * head: language, the plan with "you are here" (pointing at a stand goes in front of it), the list of
 * stands and places, the guided tours, and leaving the headset. Painted with canvas 2D
 * (src/canvas/xr/menu/), on changes only (on the plan page also when the visitor has moved or turned
 * enough for the dot to move). What an entry does comes back as an effect for the mode to apply
 * (src/modes/xr/XRScene.tsx): the canvas does not start tours or end sessions itself.
 */
import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { Vector3, type Mesh } from 'three';
import { useVisit } from '../../state/visit.ts';
import { player } from '../../state/frame.ts';
import { useXr, xrFrame, xrMenuEntries } from '../../state/xr.ts';
import { headInWorld, makeHeadPose, rigPointToWorld, type Point3 } from '../../xr/pose.ts';
import type { HitRect } from './hits.ts';
import { usePaintedPlane, useXrSurface } from './surface.ts';
import {
  MENU_HEIGHT,
  MENU_PLANE,
  MENU_START,
  MENU_WIDTH,
  menuPress,
  type MenuAction,
  type MenuEffect,
  type MenuTour,
} from './menu/menuModel.ts';
import { menuActionAt } from './menu/mapView.ts';
import { paintMenu } from './menu/paintMenu.ts';
import { fontOf } from './menu/paintKit.ts';
import { MENU_STRINGS } from './menu/strings.ts';

/** The tab: 6 cm square, painted at the menu's density. */
const TAB_SIZE = 0.06;
const TAB_PIXELS = 144;
/** Above the hand, metres: the tab just over the controller, the menu's centre higher, clear of it. */
const TAB_ABOVE = 0.09;
const MENU_ABOVE = 0.3;
/** The plan's dot is painted again when the visitor has moved this far or turned this much. */
const REPAINT_MOVE = 0.5;
const REPAINT_TURN = (5 * Math.PI) / 180;
/** X on a Quest's left controller, in the xr-standard gamepad mapping. */
const X_BUTTON = 4;

const grip: Point3 = { x: 0, y: 0, z: 0 };
const gripWorld: Point3 = { x: 0, y: 0, z: 0 };
const headWorld = makeHeadPose();
const look = new Vector3();

function paintTab(ctx: CanvasRenderingContext2D, label: string, lang: 'fr' | 'ar' | 'en'): void {
  const s = TAB_PIXELS;
  ctx.clearRect(0, 0, s, s);
  ctx.fillStyle = '#16325c';
  ctx.beginPath();
  ctx.roundRect(4, 4, s - 8, s - 8, 28);
  ctx.fill();
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 9;
  ctx.lineCap = 'round';
  for (const y of [40, 58, 76]) {
    ctx.beginPath();
    ctx.moveTo(40, y);
    ctx.lineTo(s - 40, y);
    ctx.stroke();
  }
  ctx.fillStyle = '#ffffff';
  ctx.font = fontOf(lang, 26, 600);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.direction = lang === 'ar' ? 'rtl' : 'ltr';
  ctx.fillText(label, s / 2, 110, s - 16);
}

export function XRMenu({ tours, onEffect }: { tours: readonly MenuTour[]; onEffect: (effect: MenuEffect) => void }) {
  const gl = useThree((s) => s.gl);
  const data = useVisit((s) => s.data);
  const lang = useVisit((s) => s.lang);
  const open = useXr((s) => s.menuOpen);
  const [state, setState] = useState(MENU_START);
  const [fontsIn, setFontsIn] = useState(0);
  const [here, setHere] = useState({ x: 0, z: 0, yaw: 0 });
  const menu = usePaintedPlane(MENU_WIDTH, MENU_HEIGHT, MENU_PLANE.width, MENU_PLANE.height);
  const tab = usePaintedPlane(TAB_PIXELS, TAB_PIXELS, TAB_SIZE, TAB_SIZE);
  const menuMesh = useRef<Mesh>(null);
  const tabMesh = useRef<Mesh>(null);
  const hits = useRef<HitRect<MenuAction>[]>([]);
  const xHeld = useRef(false);
  const sinceCheck = useRef(0);
  useXrSurface('menu', menuMesh, MENU_PLANE.width, MENU_PLANE.height);
  useXrSurface('menu-tab', tabMesh, TAB_SIZE, TAB_SIZE);

  useEffect(() => {
    let live = true;
    void Promise.all(
      [400, 600, 700].map((w) => document.fonts.load(fontOf(lang, 30, w as 400 | 600 | 700), lang === 'ar' ? 'القائمة' : 'Menu')),
    )
      .catch(() => undefined)
      .then(() => live && setFontsIn((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang]);

  useEffect(() => {
    paintTab(tab.ctx, MENU_STRINGS[lang].title, lang);
    tab.texture.needsUpdate = true;
  }, [tab, lang, fontsIn]);

  useEffect(() => {
    if (!data || !open) return;
    hits.current = paintMenu(menu.ctx, { state, lang, data, tours, here });
    menu.texture.needsUpdate = true;
    xrMenuEntries.length = 0;
    for (const h of hits.current)
      xrMenuEntries.push({
        action: JSON.stringify(h.action),
        u: (h.x + h.w / 2) / MENU_WIDTH,
        v: 1 - (h.y + h.h / 2) / MENU_HEIGHT,
      });
  }, [menu, data, open, state, lang, tours, here, fontsIn]);

  // A menu closed and opened again starts at its home page.
  useEffect(() => {
    if (!open) setState(MENU_START);
  }, [open]);

  useFrame((_, delta, frame: XRFrame | undefined) => {
    const t = tabMesh.current;
    const m = menuMesh.current;
    if (!t || !m) return;
    const space = gl.xr.getReferenceSpace();
    let source: XRInputSource | undefined;
    if (frame) for (const s of frame.session.inputSources) if (s.handedness === 'left') source = s;
    const pose = source && space && frame ? frame.getPose(source.gripSpace ?? source.targetRaySpace, space) : undefined;
    t.visible = Boolean(pose) && !useXr.getState().menuOpen;
    m.visible = Boolean(pose) && useXr.getState().menuOpen;
    if (!pose) return;
    // The controller's X button opens and closes it too (once per press).
    const x = Boolean(source?.gamepad?.buttons[X_BUTTON]?.pressed);
    if (x && !xHeld.current) useXr.setState((s) => ({ menuOpen: !s.menuOpen }));
    xHeld.current = x;
    grip.x = pose.transform.position.x;
    grip.y = pose.transform.position.y;
    grip.z = pose.transform.position.z;
    rigPointToWorld(player, grip, gripWorld);
    headInWorld(player, xrFrame.head, headWorld);
    look.set(headWorld.position.x, headWorld.position.y, headWorld.position.z);
    t.position.set(gripWorld.x, gripWorld.y + TAB_ABOVE, gripWorld.z);
    t.lookAt(look);
    m.position.set(gripWorld.x, gripWorld.y + MENU_ABOVE, gripWorld.z);
    m.lookAt(look);
    // The plan's "you are here", painted again only when it would move.
    sinceCheck.current += delta;
    if (m.visible && sinceCheck.current > 0.25) {
      sinceCheck.current = 0;
      const moved = Math.hypot(headWorld.position.x - here.x, headWorld.position.z - here.z);
      const turned = Math.abs(Math.atan2(Math.sin(headWorld.yaw - here.yaw), Math.cos(headWorld.yaw - here.yaw)));
      if (moved > REPAINT_MOVE || turned > REPAINT_TURN)
        setHere({ x: headWorld.position.x, z: headWorld.position.z, yaw: headWorld.yaw });
    }
  });

  const pressTab = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    headInWorld(player, xrFrame.head, headWorld);
    setHere({ x: headWorld.position.x, z: headWorld.position.z, yaw: headWorld.yaw });
    useXr.setState({ menuOpen: true });
  };
  const pressMenu = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (!e.uv || !data) return;
    const action = menuActionAt(hits.current, e.uv.x, e.uv.y, data);
    if (!action) return;
    const next = menuPress(state, action);
    setState(next.state);
    if (!next.effect) return;
    // Going somewhere closes the menu: the visitor looks at where they arrive, not at the hand.
    if (next.effect.kind === 'go' || next.effect.kind === 'tour' || next.effect.kind === 'exit')
      useXr.setState({ menuOpen: false });
    onEffect(next.effect);
  };

  return (
    <>
      <mesh
        ref={tabMesh}
        name="xr-menu-tab"
        geometry={tab.geometry}
        material={tab.material}
        onClick={pressTab}
        visible={false}
        renderOrder={6}
      />
      <mesh
        ref={menuMesh}
        name="xr-menu"
        geometry={menu.geometry}
        material={menu.material}
        onClick={pressMenu}
        visible={false}
        renderOrder={6}
      />
    </>
  );
}
