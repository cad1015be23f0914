/**
 * What the headset session is asked for, chosen here with the reasons, as plain values and one pure
 * choice (tested in tests/xr-session.test.ts).
 *
 * - Frame rate 72 Hz. Quest 3 offers 72, 80, 90 and 120; @react-three/xr would pick the highest. The
 *   site is a large open scene drawn twice (one view per eye) on a phone-class GPU: 72 Hz gives each
 *   frame 13.9 ms, 90 Hz only 11.1. A steady 72 is more comfortable than a 90 that drops frames
 *   (a dropped frame in a headset is a judder of the whole world), and 72 is the headset's own default.
 *   Where 72 is not offered, the lowest rate at or above it, else the highest there is.
 * - Foveation 0.3 (on Quest: "low"). Fixed foveation renders the edges of each lens at a lower rate;
 *   its default (1, "high") reaches in far enough to soften text that is not dead ahead. Panels and
 *   the video are placed within 30° of straight ahead (src/xr/placement.ts), inside the part that
 *   "low" leaves at full rate, while the periphery, where nobody reads, still costs less.
 * - Reference space 'local-floor' (@react-three/xr's default): y of the head is its height above the
 *   floor, so the rig stays on the ground.
 * - Hands requested (a visitor may put the controllers down); nothing of AR: no hit test, planes,
 *   meshes, anchors, depth or DOM overlay, which the browser would otherwise ask permission for.
 */

/** Wanted refresh rate, Hz. */
export const TARGET_FRAME_RATE = 72;
/** WebXR fixed foveation, 0 (none) … 1 (most). */
export const FOVEATION = 0.3;

/** The frame rate to ask for among those the session supports; false to leave the session's own. */
export function pickFrameRate(supported: ArrayLike<number> | null | undefined): number | false {
  if (!supported || supported.length === 0) return false;
  const rates = Array.from(supported).filter((r) => Number.isFinite(r) && r > 0);
  if (!rates.length) return false;
  const atOrAbove = rates.filter((r) => r >= TARGET_FRAME_RATE);
  return atOrAbove.length ? Math.min(...atOrAbove) : Math.max(...rates);
}
