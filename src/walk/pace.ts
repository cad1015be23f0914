/**
 * How fast the visitor moves on foot, and how a frame's time is counted. Plain numbers with no
 * imports, so the Node tools (the bench's account of a walk) read the same values as the app.
 */

/** Walking pace, m/s, and the faster pace on demand (Shift, long click-to-go routes). */
export const WALK_SPEED = 1.4;
export const RUN_SPEED = 3.2;
/** Arrow-key turning speed, rad/s. */
export const TURN_SPEED = 1.9;
/**
 * Longest frame the motion accounts for, s: a frame every 0.25 s (4 frames per second, a slow phone
 * or software rendering) still walks at full pace; a longer one (a stalled tab, a tab brought back)
 * counts as 0.25 s, so the visitor is never teleported.
 */
export const MAX_DELTA = 0.25;
/**
 * Longest sub-step of the motion, s: a longer frame is walked as equal sub-steps no longer than this,
 * so turning, a route's corners and collisions play out as they do at 50 to 60 frames per second.
 * A frame at 50 Hz or faster is one sub-step.
 */
export const MAX_SUBSTEP = 1 / 50;
