/**
 * The headset session: the @react-three/xr store (what is asked of the browser, see src/xr/session.ts
 * for the choices), entering and leaving, and the hand-over with the walk. Loaded only where the
 * browser offers immersive VR (src/modes/xr/lazy.tsx), so a phone never downloads it.
 *
 * Hand-over: entering from on foot keeps the place and the heading (the head, not the rig's origin,
 * is put where the walker stood, facing where the walker faced, once the session's first head pose is
 * known); entering from the air starts at the edition's entrance, on foot. Leaving puts the walker
 * where the head is and facing where it faced, on free ground (src/xr/turn.ts).
 */
import { createXRStore } from '@react-three/xr';
import { player } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { useXr, xrFrame } from '../../state/xr.ts';
import { resetMovement } from '../../input/movement.ts';
import { cancelRoute } from '../../walk/route.ts';
import { endFlight } from '../../walk/flight.ts';
import { walkWorld } from '../../walk/walkWorld.ts';
import { FOVEATION, pickFrameRate } from '../../xr/session.ts';
import { rigFromWalk, walkFromRig, type WalkPose } from '../../xr/turn.ts';

/**
 * Controller and hand models come from this origin (public/xr-profiles, copied from
 * @webxr-input-profiles/assets at build time by tools/vite/xrProfiles.ts): the library's default is
 * a CDN. The URL must be absolute (it is resolved with `new URL(…, base)`).
 */
function profilesUrl(): string {
  // (Outside a page, in the unit tests that import every module, there is no location to resolve against.)
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  return new URL(`${import.meta.env.BASE_URL}xr-profiles/`, base).href;
}

/**
 * A press on a panel, a marker or the menu counts as a click however long it is held, as long as the
 * ray is still on what it pressed when the trigger (or the pinch) lets go: that is how the headset's
 * own interface behaves, and nothing in this visit gives a long press or a drag another meaning. The
 * library's default (300 ms, a mouse's) dropped a deliberate, slower press as nothing at all.
 */
const CLICK_MS = Number.POSITIVE_INFINITY;

const pointer = { clickThresholdMs: CLICK_MS } as const;

const xrStore = createXRStore({
  // Never the library's emulator (it would download a room scan and ship iwer); tests install one.
  emulate: false,
  // Quest's browser would offer AR (its own button) without being asked.
  offerSession: false,
  enterGrantedSession: false,
  baseAssetPath: profilesUrl(),
  // Only Quest's Touch Plus controllers and the generic hand are shipped; any other controller is drawn as them.
  defaultControllerProfileId: 'meta-quest-touch-plus',
  defaultXRHandProfileId: 'generic-hand',
  foveation: FOVEATION,
  frameRate: (rates) => pickFrameRate(rates),
  handTracking: true,
  anchors: false,
  hitTest: false,
  planeDetection: false,
  meshDetection: false,
  depthSensing: false,
  bodyTracking: false,
  layers: false,
  domOverlay: false,
  // Teleport is ours (src/canvas/xr/Locomotion.tsx: the same collision world as the walk); grabbing has no use here.
  controller: { teleportPointer: false, grabPointer: false, rayPointer: pointer },
  hand: { teleportPointer: false, grabPointer: false, rayPointer: pointer, touchPointer: { clickThresholdMs: CLICK_MS } },
  transientPointer: false,
  gaze: false,
  screenInput: false,
});

/**
 * The library's session store, for the <XR> component. A function, not the store itself: the visit's
 * own state is src/state/xr.ts (what a kiosk's reset plan lists), this one is the browser session's.
 */
export function sessionStore(): typeof xrStore {
  return xrStore;
}

/** The walk as it was when the visitor entered, applied to the rig at the session's first frame. */
const entry: WalkPose & { pending: boolean } = { position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0, pending: false };

function beginSession(): void {
  const visit = useVisit.getState();
  cancelRoute();
  endFlight();
  resetMovement();
  if (visit.view !== 'ground' && visit.data) {
    // From the air: the entrance, where a visit begins.
    const [x, z] = visit.data.edition.spawn.position;
    entry.position.x = x;
    entry.position.z = z;
    entry.yaw = (visit.data.edition.spawn.yaw * Math.PI) / 180;
  } else {
    entry.position.x = player.position.x;
    entry.position.z = player.position.z;
    entry.yaw = player.yaw;
  }
  entry.pending = true;
  xrFrame.headKnown = false;
  xrFrame.teleports = 0;
  xrFrame.refused = 0;
  xrFrame.fade = 0;
  xrFrame.vignette.strength = 0;
  visit.setView('ground');
  useXr.setState({ presenting: true, menuOpen: false });
}

/**
 * Called by the rig each session frame once the head is known: the first one places the rig so the
 * head is where the walker stood. Returns whether it placed it.
 */
export function settleEntry(): boolean {
  if (!entry.pending || !xrFrame.headKnown) return false;
  entry.pending = false;
  rigFromWalk(entry, xrFrame.head, player);
  player.pitch = 0;
  return true;
}

function endSession(): void {
  if (xrFrame.headKnown) walkFromRig(player, xrFrame.head, player, walkWorld.world);
  else player.position.y = 0;
  entry.pending = false;
  xrFrame.aiming = false;
  xrFrame.fade = 0;
  resetMovement();
  useXr.setState({ presenting: false, menuOpen: false });
}

let sessionSeen: XRSession | undefined;
xrStore.subscribe((state) => {
  if (state.session === sessionSeen) return;
  const started = state.session != null && sessionSeen == null;
  sessionSeen = state.session;
  if (started) beginSession();
  else if (state.session == null) endSession();
});

/** Enters the headset; resolves with whether a session started. */
export async function enterVR(): Promise<boolean> {
  if (useXr.getState().presenting) return true;
  const session = await xrStore.enterVR();
  return session != null;
}

export async function exitVR(): Promise<void> {
  const session = xrStore.getState().session;
  if (session) await session.end();
}
