/**
 * Turning and placing the XR rig about the head (src/xr/turn.ts, src/xr/pose.ts): a snap turn leaves
 * the head where it is, twelve of 30° come back to the start, one push of the stick is one turn, a
 * teleport puts the head (not the rig's origin) over the landing, and entering then leaving VR
 * without moving gives back the same walker.
 */
import { Euler, Quaternion } from 'three';
import { describe, expect, it } from 'vitest';
import { CollisionWorld } from '../src/walk/collide.ts';
import { WALKER_RADIUS } from '../src/walk/walkWorld.ts';
import { headInWorld, headYaw, makeHeadPose, wrapAngle, type HeadPose, type XrRig } from '../src/xr/pose.ts';
import {
  landingFromTeleportPoint,
  rigForLanding,
  rigFromWalk,
  snapFromStick,
  snapTurn,
  walkFromRig,
  type WalkPose,
} from '../src/xr/turn.ts';

const DEG = Math.PI / 180;
/** 1 mm. */
const MM = 1e-3;

const rigAt = (x: number, z: number, yaw: number): XrRig => ({ position: { x, y: 0, z }, yaw });
/** A visitor standing 1.2 m right and 0.8 m ahead of the middle of their play area, looking 20° left. */
const offCentre = (): HeadPose => makeHeadPose(1.2, 1.6, -0.8, 20 * DEG);

function headWorld(rig: XrRig, head: HeadPose): HeadPose {
  return headInWorld(rig, head, makeHeadPose());
}

describe('snap turn about the head', () => {
  it.each([30, 45] as const)('turns %i° left and right with the head staying within 1 mm of where it was', (angle) => {
    for (const direction of [1, -1]) {
      const rig = rigAt(10, -3, 0.7);
      const head = offCentre();
      const before = headWorld(rig, head);
      snapTurn(rig, head, direction, angle);
      const after = headWorld(rig, head);
      expect(Math.hypot(after.position.x - before.position.x, after.position.z - before.position.z)).toBeLessThan(MM);
      expect(after.position.y).toBe(before.position.y);
      expect(wrapAngle(after.yaw - before.yaw)).toBeCloseTo(direction * angle * DEG, 9);
      // The rig's origin had to move for that: it swung round the head, not round itself.
      expect(Math.hypot(rig.position.x - 10, rig.position.z + 3)).toBeGreaterThan(0.5);
    }
  });

  it('comes back to the start after 12 turns of 30° (and 8 of 45°) either way', () => {
    for (const [angle, turns] of [
      [30, 12],
      [45, 8],
    ] as const)
      for (const direction of [1, -1]) {
        const rig = rigAt(-42.5, 17, -2.9);
        const head = offCentre();
        for (let i = 0; i < turns; i++) snapTurn(rig, head, direction, angle);
        expect(rig.position.x).toBeCloseTo(-42.5, 9);
        expect(rig.position.z).toBeCloseTo(17, 9);
        expect(wrapAngle(rig.yaw + 2.9)).toBeCloseTo(0, 9);
      }
  });

  it('does nothing for no direction', () => {
    const rig = rigAt(1, 2, 0.3);
    snapTurn(rig, offCentre(), 0, 45);
    expect(rig).toEqual(rigAt(1, 2, 0.3));
  });
});

describe('the turning thumbstick', () => {
  it('turns once per push, right for a push right, and again only after it comes back', () => {
    const stick = { held: false };
    const pushes = [0, 0.4, 0.7, 1, 0.9, 0.5, 0.4, 0.7, 0.2, -0.8, -1, 0.1, 0.65];
    expect(pushes.map((x) => snapFromStick(stick, x))).toEqual([0, 0, -1, 0, 0, 0, 0, 0, 0, 1, 0, 0, -1]);
    expect(snapFromStick({ held: false }, Number.NaN)).toBe(0);
  });
});

describe('teleport landing under the head', () => {
  it('puts the head over the landing whatever the rig is turned, and keeps its yaw', () => {
    const head = offCentre();
    for (const yaw of [0, 1.1, -2.5, Math.PI]) {
      const rig = rigAt(3, 4, yaw);
      rigForLanding(rig, head, { x: -7, y: 0, z: 12 });
      const h = headWorld(rig, head);
      expect(Math.hypot(h.position.x + 7, h.position.z - 12)).toBeLessThan(MM);
      expect(rig.yaw).toBeCloseTo(wrapAngle(yaw), 12);
      expect(rig.position.y).toBe(0);
    }
  });

  it("recovers the landing from @react-three/xr's onTeleport point (the hit less the head's offset, y = 0)", () => {
    const head = offCentre();
    const hit = { x: 5, y: 0.04, z: -9 };
    // As makeTeleportArc's listener gives it: hit − camera offset in the rig's frame, y set to 0.
    const point = { x: hit.x - head.position.x, y: 0, z: hit.z - head.position.z };
    const landing = landingFromTeleportPoint(point, head, { x: 0, y: 0, z: 0 });
    expect(landing).toEqual({ x: hit.x, y: 0, z: hit.z });
    const rig = rigAt(0, 0, 1.1);
    rigForLanding(rig, head, landing);
    const h = headWorld(rig, head);
    expect(Math.hypot(h.position.x - hit.x, h.position.z - hit.z)).toBeLessThan(MM);
    // Taking the point as the rig's position, as the library means it, misses once the rig is turned.
    const naive = headWorld({ position: { ...point }, yaw: 1.1 }, head);
    expect(Math.hypot(naive.position.x - hit.x, naive.position.z - hit.z)).toBeGreaterThan(0.5);
  });
});

describe('entering and leaving VR', () => {
  const walker = (): WalkPose => ({ position: { x: 12.5, y: 0, z: -30 }, yaw: 2.2, pitch: -0.3 });

  it('enters with the head where the walker stood, facing where it faced', () => {
    const rig = rigAt(0, 0, 0);
    const head = offCentre();
    rigFromWalk(walker(), head, rig);
    const h = headWorld(rig, head);
    expect(Math.hypot(h.position.x - 12.5, h.position.z + 30)).toBeLessThan(MM);
    expect(wrapAngle(h.yaw - 2.2)).toBeCloseTo(0, 9);
    expect(rig.position.y).toBe(0);
  });

  it('gives back the same walker after entering and leaving without moving', () => {
    for (const head of [offCentre(), makeHeadPose(), makeHeadPose(-0.4, 1.2, 1.5, -170 * DEG)]) {
      const rig = rigAt(99, 99, 1);
      rigFromWalk(walker(), head, rig);
      const back: WalkPose = { position: { x: 0, y: 5, z: 0 }, yaw: 0, pitch: 1 };
      walkFromRig(rig, head, back);
      expect(Math.hypot(back.position.x - 12.5, back.position.z + 30)).toBeLessThan(MM);
      expect(wrapAngle(back.yaw - 2.2)).toBeCloseTo(0, 9);
      // Level, on the ground: the walk's pitch is the mouse's, and the headset's height is not the walker's.
      expect(back.position.y).toBe(0);
      expect(back.pitch).toBe(0);
    }
  });

  it('leaves where the head went in the room, and out of a wall the visitor walked into', () => {
    const rig = rigAt(0, 0, 0);
    const head = makeHeadPose(0, 1.6, 0);
    rigFromWalk({ position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0 }, head, rig);
    // Two steps ahead in the room, into a wall that the play area does not have.
    head.position.z = -2;
    const wall = new CollisionWorld([{ cx: 0, cz: -2, hx: 3, hz: 0.2, rot: 0, minY: 0, maxY: 3 }], []);
    const back: WalkPose = { position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0 };
    walkFromRig(rig, head, back, wall);
    expect(wall.isFree(back.position.x, back.position.z, WALKER_RADIUS)).toBe(true);
    expect(Math.abs(back.position.z + 2)).toBeLessThan(0.2 + WALKER_RADIUS + 0.01);
  });
});

describe('the head yaw from its orientation', () => {
  const yawOf = (yaw: number, pitch: number, roll: number): number => {
    const q = new Quaternion().setFromEuler(new Euler(pitch, yaw, roll, 'YXZ'));
    return headYaw(q.x, q.y, q.z, q.w);
  };

  it('is the facing on the ground whatever the pitch and roll', () => {
    for (const yaw of [0, 0.5, -1.2, 3])
      for (const pitch of [0, -0.6, 0.8, -1.5])
        for (const roll of [0, 0.3, -0.4]) expect(wrapAngle(yawOf(yaw, pitch, roll) - yaw)).toBeCloseTo(0, 6);
  });

  it('is still the facing looking straight down or straight up (the top of the head points it)', () => {
    // Roll about a vertical line of sight is a yaw: only the level head is tested there.
    for (const yaw of [0, 0.5, -1.2, 3])
      for (const pitch of [-Math.PI / 2, Math.PI / 2]) expect(wrapAngle(yawOf(yaw, pitch, 0) - yaw)).toBeCloseTo(0, 6);
  });
});
