/**
 * Pointer input on the canvas. On foot: drag (mouse or finger) to look, click or tap the ground to
 * walk there around obstacles, click or tap a stand to open it (a far one: go to it); with pointer
 * lock, the mouse looks. From the air: orbit controls handle drags, and a click on a stand or a
 * place goes to it on foot (framed in front of it), on open ground lands there, clear of the fence.
 * A mouse hovering says what a click would do: the stand it names (pointer cursor, its footprint
 * outlined), or the floor disc where a walk would end (`pointerHover`, drawn by PointerHints and the
 * page's hover label).
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { movement } from '../../input/movement.ts';
import { useVisit } from '../../state/visit.ts';
import { navGrid } from '../../walk/walkWorld.ts';
import { cancelRoute, startRoute } from '../../walk/route.ts';
import { goToPoint, goToStand } from '../../walk/travel.ts';
import { landingSpot } from '../../walk/framing.ts';
import { CLICK_SLOP, pickGround } from '../picking/picking.ts';
import { pickTarget } from '../picking/pickTarget.ts';
import { SITE_ROOT } from '../sceneNames.ts';
import { hotspotEmphasis, markerClaimedPointer, player, pointerHover, setPointerHover } from '../../state/frame.ts';
import type { Target } from '../../edition/targets.ts';

/** Radians of turn per pixel of drag. */
const DRAG_LOOK = 0.0042;
const LOCK_LOOK = 0.0022;
/** On foot, a click on a stand this near opens it; a farther one is gone to first, metres. */
const OPEN_WITHIN = 14;

const warn = (e: unknown) => console.warn(e);

/** Whether a stand is near enough to open from where the visitor stands. */
function nearby(target: Target): boolean {
  return Math.hypot(target.position[0] - player.position.x, target.position[1] - player.position.z) <= OPEN_WITHIN;
}

function setHover(kind: (typeof pointerHover)['kind'], target: string | null, x: number, y: number): void {
  pointerHover.x = x;
  pointerHover.y = y;
  setPointerHover(kind, target);
}

/** Walks to a plan point along a path around obstacles. */
export async function walkTo(target: [number, number]): Promise<boolean> {
  const nav = await navGrid();
  if (!nav) return false;
  const path = nav.findPath([player.position.x, player.position.z], target);
  if (!path || path.length < 2) return false;
  startRoute(path, path[path.length - 1]!);
  return true;
}

export function PointerControls() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const get = useThree((s) => s.get);

  useEffect(() => {
    const el = gl.domElement;
    let down: { id: number; x: number; y: number; lastX: number; lastY: number; moved: number } | null = null;
    const locked = () => document.pointerLockElement === el;

    const onDown = (e: PointerEvent) => {
      if (e.button !== 0 || down) return;
      // A hotspot marker under the pointer sets this again after this handler (r3f listens higher up).
      markerClaimedPointer.value = false;
      down = { id: e.pointerId, x: e.clientX, y: e.clientY, lastX: e.clientX, lastY: e.clientY, moved: 0 };
      if (useVisit.getState().view === 'ground') el.setPointerCapture?.(e.pointerId);
    };
    const onMove = (e: PointerEvent) => {
      if (locked()) {
        movement.lookYaw -= e.movementX * LOCK_LOOK;
        movement.lookPitch -= e.movementY * LOCK_LOOK;
        return;
      }
      if (!down || e.pointerId !== down.id) return;
      const dx = e.clientX - down.lastX;
      const dy = e.clientY - down.lastY;
      down.lastX = e.clientX;
      down.lastY = e.clientY;
      down.moved = Math.max(down.moved, Math.hypot(e.clientX - down.x, e.clientY - down.y));
      if (useVisit.getState().view === 'ground' && down.moved > CLICK_SLOP) {
        // Drag the world: moving the pointer right turns the view left, like grabbing it.
        movement.lookYaw += dx * DRAG_LOOK;
        movement.lookPitch += dy * DRAG_LOOK;
      }
    };
    const pick = (clientX: number, clientY: number) => {
      const root = scene.getObjectByName(SITE_ROOT);
      if (!root) return null;
      const rect = el.getBoundingClientRect();
      const x = clientX - rect.left;
      const y = clientY - rect.top;
      const { data, view } = useVisit.getState();
      return { root, rect, x, y, ...pickTarget(root, get().camera, x, y, rect.width, rect.height, data, view === 'aerial') };
    };
    const onUp = (e: PointerEvent) => {
      if (!down || e.pointerId !== down.id) return;
      const wasClick = down.moved <= CLICK_SLOP;
      down = null;
      // The press was on a hotspot marker: the marker opens its panel, the ground click does nothing.
      if (markerClaimedPointer.value) return void (markerClaimedPointer.value = false);
      if (!wasClick || locked()) return;
      const hit = pick(e.clientX, e.clientY);
      if (!hit) return;
      const { view, data, setOpenStand } = useVisit.getState();
      if (hit.target) {
        // A stand (or, from the air, a place): its panel, or go to it; never a walk into it.
        if (view === 'ground' && nearby(hit.target)) setOpenStand(hit.target.id);
        else void goToStand(hit.target.id).catch(warn);
        return;
      }
      const point = pickGround(hit.root, get().camera, hit.x, hit.y, hit.rect.width, hit.rect.height);
      if (!point) return;
      if (view === 'aerial') {
        const spot = landingSpot(point[0], point[1], data?.site.boundary ?? []);
        void goToPoint(spot.x, spot.z, spot.yaw).catch(warn);
      } else
        void walkTo(point).then((ok) => {
          if (!ok) cancelRoute();
        });
    };
    // Hover (a mouse, no button down): at most one pick a frame, and none while a marker is hovered.
    let hoverAt: { x: number; y: number } | null = null;
    let hoverFrame = 0;
    const hoverPick = () => {
      hoverFrame = 0;
      const at = hoverAt;
      hoverAt = null;
      if (!at || down || hotspotEmphasis.hovered >= 0 || locked()) return;
      const hit = pick(at.x, at.y);
      if (!hit) return;
      if (hit.target) setHover('target', hit.target.id, hit.x, hit.y);
      else if (hit.floor && hit.point && useVisit.getState().view === 'ground') {
        pointerHover.ground.set(hit.point[0], 0, hit.point[1]);
        setHover('ground', null, hit.x, hit.y);
      } else setHover('none', null, hit.x, hit.y);
      el.style.cursor = hit.target ? 'pointer' : '';
    };
    const onHover = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse' || e.target !== el) return;
      hoverAt = { x: e.clientX, y: e.clientY };
      if (!hoverFrame) hoverFrame = requestAnimationFrame(hoverPick);
    };
    const onLeave = () => {
      hoverAt = null;
      setHover('none', null, 0, 0);
    };
    const onCancel = () => (down = null);
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onHover);
    el.addEventListener('pointerleave', onLeave);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      el.removeEventListener('pointermove', onHover);
      el.removeEventListener('pointerleave', onLeave);
      cancelAnimationFrame(hoverFrame);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
  }, [gl, scene, get]);
  return null;
}
