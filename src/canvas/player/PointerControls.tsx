/**
 * Pointer input on the canvas. On foot: drag (mouse or finger) to look, click or tap the ground to
 * walk there around obstacles; with pointer lock, the mouse looks. From the air: orbit controls
 * handle drags, and a click lands the visitor on foot at that place.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { movement } from '../../input/movement.ts';
import { useVisit } from '../../state/visit.ts';
import { navGrid } from '../../walk/walkWorld.ts';
import { cancelRoute, startRoute } from '../../walk/route.ts';
import { goToPoint } from '../../walk/travel.ts';
import { CLICK_SLOP, pickGround } from '../picking/picking.ts';
import { SITE_ROOT } from '../sceneNames.ts';
import { markerClaimedPointer, player } from '../../state/frame.ts';

/** Radians of turn per pixel of drag. */
const DRAG_LOOK = 0.0042;
const LOCK_LOOK = 0.0022;

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
    const onUp = (e: PointerEvent) => {
      if (!down || e.pointerId !== down.id) return;
      const wasClick = down.moved <= CLICK_SLOP;
      down = null;
      // The press was on a hotspot marker: the marker opens its panel, the ground click does nothing.
      if (markerClaimedPointer.value) return void (markerClaimedPointer.value = false);
      if (!wasClick || locked()) return;
      const root = scene.getObjectByName(SITE_ROOT);
      if (!root) return;
      const rect = el.getBoundingClientRect();
      const point = pickGround(root, get().camera, e.clientX - rect.left, e.clientY - rect.top, rect.width, rect.height);
      if (!point) return;
      if (useVisit.getState().view === 'aerial') void goToPoint(point[0], point[1]).catch(() => undefined);
      else
        void walkTo(point).then((ok) => {
          if (!ok) cancelRoute();
        });
    };
    const onCancel = () => (down = null);
    el.addEventListener('pointerdown', onDown);
    window.addEventListener('pointermove', onMove);
    window.addEventListener('pointerup', onUp);
    window.addEventListener('pointercancel', onCancel);
    return () => {
      el.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove);
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('pointercancel', onCancel);
    };
  }, [gl, scene, get]);
  return null;
}
