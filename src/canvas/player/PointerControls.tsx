/**
 * Pointer input on the canvas. On foot: drag (mouse or finger) to look, click or tap the ground to
 * walk there around obstacles; with pointer lock, the mouse looks. From the air: orbit controls
 * handle drags, and a click lands the visitor on foot at that place.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Raycaster, Vector2, type Camera, type Intersection, type Object3D } from 'three';
import { movement } from '../../input/movement.ts';
import { player } from '../../state/player.ts';
import { useVisit } from '../../state/visit.ts';
import { navGrid } from '../../walk/walkWorld.ts';
import { cancelRoute, startRoute } from '../../walk/route.ts';
import { goToPoint } from '../../walk/travel.ts';
import { markerClaimedPointer } from '../../state/hotspots.ts';

/** Radians of turn per pixel of drag. */
const DRAG_LOOK = 0.0042;
const LOCK_LOOK = 0.0022;
/** A press that moves less than this, in pixels, is a click, not a drag. */
const CLICK_SLOP = 6;

const raycaster = new Raycaster();
const ndc = new Vector2();

function underRoofOrSign(o: Object3D | null): boolean {
  for (let p = o; p; p = p.parent) if (p.name === 'roofs' || p.name === 'stand-signs') return true;
  return false;
}

/** Where a screen point meets the site (first solid surface, roofs and signs looked through), on the plan. */
export function pickGround(root: Object3D, camera: Camera, x: number, y: number, w: number, h: number): [number, number] | null {
  ndc.set((x / w) * 2 - 1, -(y / h) * 2 + 1);
  raycaster.setFromCamera(ndc, camera);
  const hits: Intersection[] = raycaster.intersectObject(root, true);
  const hit = hits.find((i) => !underRoofOrSign(i.object));
  if (!hit) {
    // Past every model: the ground plane itself.
    const t = raycaster.ray.direction.y < -1e-4 ? -raycaster.ray.origin.y / raycaster.ray.direction.y : -1;
    if (t < 0) return null;
    return [raycaster.ray.origin.x + raycaster.ray.direction.x * t, raycaster.ray.origin.z + raycaster.ray.direction.z * t];
  }
  // A wall or a booth side: aim for the floor just in front of it, on the visitor's side.
  const n = hit.face?.normal;
  if (n && Math.abs(n.y) < 0.5) {
    const back = raycaster.ray.direction;
    const len = Math.hypot(back.x, back.z) || 1;
    return [hit.point.x - (back.x / len) * 0.6, hit.point.z - (back.z / len) * 0.6];
  }
  return [hit.point.x, hit.point.z];
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
    const onUp = (e: PointerEvent) => {
      if (!down || e.pointerId !== down.id) return;
      const wasClick = down.moved <= CLICK_SLOP;
      down = null;
      // The press was on a hotspot marker: the marker opens its panel, the ground click does nothing.
      if (markerClaimedPointer.value) return void (markerClaimedPointer.value = false);
      if (!wasClick || locked()) return;
      const root = scene.getObjectByName('edition');
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
