/**
 * How fast the visitor moves on foot, and the longest frame the motion accounts for. Plain numbers
 * with no imports, so the Node tools (the bench's account of a walk) read the same values as the app.
 */

/** Walking pace, m/s, and the faster pace on demand (Shift, long click-to-go routes). */
export const WALK_SPEED = 1.4;
export const RUN_SPEED = 3.2;
/** Arrow-key turning speed, rad/s. */
export const TURN_SPEED = 1.9;
/** Longest frame the motion accounts for, s: a stalled tab must not teleport the visitor. */
export const MAX_DELTA = 0.1;
