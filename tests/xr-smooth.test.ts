/**
 * Smooth movement in the headset (src/xr/smooth.ts): the thumbstick writes the one movement input
 * with a dead zone, the walk step moves the body under the head, toward where the head faces, and no
 * frame however long carries it through a wall; the comfort vignette is 0 at rest and at most its
 * maximum while moving or turning.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { movement, resetMovement } from '../src/input/movement.ts';
import { CollisionWorld } from '../src/walk/collide.ts';
import { TURN_SPEED, WALK_SPEED } from '../src/walk/pace.ts';
import type { WalkInput } from '../src/walk/step.ts';
import { WALKER_RADIUS } from '../src/walk/walkWorld.ts';
import { headInWorld, makeHeadPose, wrapAngle, type HeadPose, type XrRig } from '../src/xr/pose.ts';
import {
  smoothStep,
  STICK_DEAD_ZONE,
  thumbstickToMovement,
  updateVignette,
  VIGNETTE_MAX,
  vignetteTarget,
} from '../src/xr/smooth.ts';

const DEG = Math.PI / 180;

const still = (): WalkInput => ({ keyForward: 0, keyStrafe: 0, keyTurn: 0, stickForward: 0, stickStrafe: 0, run: false });
const rigAt = (x: number, z: number, yaw: number): XrRig => ({ position: { x, y: 0, z }, yaw });
const headWorld = (rig: XrRig, head: HeadPose): HeadPose => headInWorld(rig, head, makeHeadPose());

afterEach(() => resetMovement());

describe('the moving thumbstick', () => {
  it('writes the one movement input: forward when pushed forward (Gamepad y −1), right for x 1', () => {
    thumbstickToMovement(0, -1);
    expect(movement.stickForward).toBe(1);
    expect(movement.stickStrafe).toBeCloseTo(0, 12);
    thumbstickToMovement(1, 0);
    expect(movement.stickStrafe).toBe(1);
    expect(movement.stickForward).toBeCloseTo(0, 12);
  });

  it('reads a push inside the dead zone as rest, and starts again from 0 beyond it', () => {
    const input = { stickForward: 0.5, stickStrafe: 0.5 };
    thumbstickToMovement(0.1, -0.1, input);
    expect(input).toEqual({ stickForward: 0, stickStrafe: 0 });
    thumbstickToMovement(0, -(STICK_DEAD_ZONE + 0.01), input);
    expect(input.stickForward).toBeGreaterThan(0);
    expect(input.stickForward).toBeLessThan(0.02);
    // Halfway between the dead zone and the rim walks at half the push.
    thumbstickToMovement(0, -(STICK_DEAD_ZONE + 1) / 2, input);
    expect(input.stickForward).toBeCloseTo(0.5, 9);
    // A diagonal past the rim is no faster than straight.
    thumbstickToMovement(1, -1, input);
    expect(Math.hypot(input.stickForward, input.stickStrafe)).toBeCloseTo(1, 9);
    thumbstickToMovement(Number.NaN, -1, input);
    expect(input.stickStrafe).toBe(0);
  });
});

describe('smooth movement', () => {
  it('goes where the head faces, at the walking pace, the head keeping its place in the rig', () => {
    // The rig faces north (−z); the visitor, 1 m right of its origin, looks west (90° left).
    const rig = rigAt(0, 0, 0);
    const head = makeHeadPose(1, 1.6, 0, 90 * DEG);
    thumbstickToMovement(0, -1);
    const before = headWorld(rig, head);
    const moved = smoothStep(movement, rig, head, null, 0.5);
    const after = headWorld(rig, head);
    expect(moved).toBeCloseTo(WALK_SPEED * 0.25, 9); // the frame counts as 0.25 s at most
    expect(after.position.x - before.position.x).toBeCloseTo(-moved, 9);
    expect(after.position.z - before.position.z).toBeCloseTo(0, 9);
    expect(rig.yaw).toBe(0);
  });

  it('does nothing at rest', () => {
    const rig = rigAt(3, 4, 1);
    expect(smoothStep(still(), rig, makeHeadPose(0.5, 1.6, 0.5, 0.2), null, 0.1)).toBe(0);
    expect(rig).toEqual(rigAt(3, 4, 1));
  });

  it('collides the body under the head, not the rig origin', () => {
    // A wall 2 m north of the head, which stands 3 m east of the rig's origin; nothing north of the origin.
    const wall = new CollisionWorld([{ cx: 3, cz: -2, hx: 1, hz: 0.05, rot: 0, minY: 0, maxY: 3 }], []);
    const rig = rigAt(0, 0, 0);
    const head = makeHeadPose(3, 1.6, 0, 0);
    const input = { ...still(), stickForward: 1 };
    for (let i = 0; i < 120; i++) smoothStep(input, rig, head, wall, 1 / 60);
    const h = headWorld(rig, head);
    expect(h.position.z).toBeGreaterThan(-2 + 0.05 + WALKER_RADIUS - 1e-3);
    expect(h.position.z).toBeLessThan(-2 + 0.05 + WALKER_RADIUS + 0.01);
  });

  it('never passes through a 2 cm wall, even in frames of a second, walking or running, head on or slanting', () => {
    for (const frame of [1, 0.25, 1 / 30])
      for (const run of [false, true])
        for (const lookDeg of [0, 25, -40]) {
          // 400 m long: sliding along it for the whole walk never reaches an end to walk round.
          const wall = new CollisionWorld([{ cx: 0, cz: -3, hx: 200, hz: 0.01, rot: 0, minY: 0, maxY: 3 }], []);
          const rig = rigAt(0.4, 0.3, 0.5);
          const head = makeHeadPose(-0.4, 1.6, -0.3, wrapAngle(lookDeg * DEG - 0.5));
          const input = { ...still(), stickForward: 1, run };
          // Long enough to reach the wall and slide along it: 40 s of motion (a frame counts for 0.25 s at most).
          for (let i = 0; i < 40 / Math.min(frame, 0.25); i++) {
            smoothStep(input, rig, head, wall, frame);
            expect(headWorld(rig, head).position.z).toBeGreaterThan(-3 + 0.01);
          }
          expect(headWorld(rig, head).position.z).toBeLessThan(-3 + 0.01 + WALKER_RADIUS + 0.01);
        }
  });

  it('turns about the head with an arrow key (a keyboard on the emulator)', () => {
    const rig = rigAt(5, 5, 0);
    const head = makeHeadPose(1, 1.6, -1, 0);
    const before = headWorld(rig, head);
    smoothStep({ ...still(), keyTurn: 1 }, rig, head, null, 0.1);
    const after = headWorld(rig, head);
    expect(Math.hypot(after.position.x - before.position.x, after.position.z - before.position.z)).toBeLessThan(1e-9);
    expect(wrapAngle(after.yaw - before.yaw)).toBeCloseTo(TURN_SPEED * 0.1, 9);
  });
});

describe('the comfort vignette', () => {
  it('is 0 at rest, the maximum at walking pace or turning speed, in proportion between', () => {
    expect(vignetteTarget(0, 0)).toBe(0);
    expect(vignetteTarget(WALK_SPEED, 0)).toBe(VIGNETTE_MAX);
    expect(vignetteTarget(10, 0)).toBe(VIGNETTE_MAX);
    expect(vignetteTarget(0, -TURN_SPEED)).toBe(VIGNETTE_MAX);
    expect(vignetteTarget(WALK_SPEED / 2, 0)).toBeCloseTo(VIGNETTE_MAX / 2, 12);
    expect(vignetteTarget(Number.NaN, Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('closes in quickly while walking, never past the maximum, and opens to 0 once stopped', () => {
    const v = { strength: 0 };
    for (let i = 0; i < 60; i++) expect(updateVignette(v, 0, 0, 1 / 60)).toBe(0);
    const history: number[] = [];
    for (let i = 0; i < 60; i++) history.push(updateVignette(v, WALK_SPEED / 60, 0, 1 / 60));
    expect(history[12]).toBeGreaterThan(VIGNETTE_MAX * 0.9); // within 0.2 s
    expect(Math.max(...history)).toBeLessThanOrEqual(VIGNETTE_MAX);
    for (let i = 1; i < history.length; i++) expect(history[i]).toBeGreaterThanOrEqual(history[i - 1]!);
    for (let i = 0; i < 120; i++) updateVignette(v, 0, 0, 1 / 60);
    expect(v.strength).toBe(0);
  });

  it('follows a real smooth walk: 0 before, strong during, 0 after', () => {
    const v = { strength: 0 };
    const rig = rigAt(0, 0, 0);
    const head = makeHeadPose(0.3, 1.6, 0.2, 0.4);
    const input = still();
    const frame = (): number => updateVignette(v, smoothStep(input, rig, head, null, 1 / 72), 0, 1 / 72);
    expect(frame()).toBe(0);
    input.stickForward = 1;
    for (let i = 0; i < 36; i++) frame();
    expect(v.strength).toBeGreaterThan(VIGNETTE_MAX * 0.9);
    input.stickForward = 0;
    for (let i = 0; i < 144; i++) frame();
    expect(v.strength).toBe(0);
  });
});
