/**
 * Comfortable locomotion in the headset, read from the controllers' thumbsticks each session frame
 * (the Gamepad API's xr-standard mapping: axes 2 and 3 are the thumbstick), moving the rig only:
 * - push a thumbstick forward to aim the teleport arc (src/xr/teleport.ts, the walk's collision
 *   world and the booths' footprints), let go to land, through a short fade; a refused landing is
 *   shown red and does nothing;
 * - push it left or right for one snap turn of the setting's angle, about the head (src/xr/turn.ts);
 * - with smooth movement on, the left thumbstick writes the one movement input instead
 *   (src/xr/smooth.ts; the walker moves the body under the head, src/canvas/player/Walker.tsx).
 * - with hands (no controllers, no thumbsticks), a pinch held with the left hand aims the same arc
 *   from that hand's ray and letting go lands; the right hand points and pinches at markers, panels
 *   and the menu (a ray pointer of @react-three/xr), so the two never compete for one pinch.
 * Travels asked for in the headset (the menu, a tour) jump through the same fade (`xrControl.jump`).
 */
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { player } from '../../state/frame.ts';
import { useVisit } from '../../state/visit.ts';
import { useXr, xrControl, xrFrame } from '../../state/xr.ts';
import { thumbstickToMovement } from '../../xr/smooth.ts';
import { keepOutOf, traceTeleport, type TeleportWorld } from '../../xr/teleport.ts';
import { placeRigUnderHead, rigForLanding, snapFromStick, snapTurn, type SnapStick } from '../../xr/turn.ts';
import { forwardOf, rigDirectionToWorld, rigPointToWorld, type Point3 } from '../../xr/pose.ts';
import { walkWorld } from '../../walk/walkWorld.ts';
import { movement } from '../../input/movement.ts';

/** Forward past this aims the arc; back under this (let go) lands. */
const AIM_PRESS = 0.6;
const AIM_RELEASE = 0.3;
/** The fade: out, then in, seconds. Short enough not to feel like a wait, long enough to hide the jump. */
const FADE_OUT = 0.12;
const FADE_IN = 0.2;

interface Stick extends SnapStick {
  aiming: boolean;
}

/** A jump in progress: fading out, then in. */
const jump = {
  phase: 'none' as 'none' | 'out' | 'in',
  t: 0,
  x: 0,
  z: 0,
  /** The head's facing on arrival, or null to keep it (a teleport). */
  yaw: null as number | null,
  done: [] as Array<() => void>,
};

function startJump(x: number, z: number, yaw: number | null): Promise<void> {
  return new Promise((resolve) => {
    // A jump asked for while one fades back in fades out again from where the fade is.
    if (jump.phase !== 'out') jump.t = jump.phase === 'in' ? xrFrame.fade * FADE_OUT : 0;
    Object.assign(jump, { x, z, yaw, phase: 'out' });
    jump.done.push(resolve);
  });
}

const landing: Point3 = { x: 0, y: 0, z: 0 };

function advanceJump(delta: number): void {
  if (jump.phase === 'none') return;
  jump.t += delta;
  if (jump.phase === 'out') {
    xrFrame.fade = Math.min(1, jump.t / FADE_OUT);
    if (jump.t < FADE_OUT) return;
    if (jump.yaw === null) {
      landing.x = jump.x;
      landing.z = jump.z;
      rigForLanding(player, xrFrame.head, landing);
    } else {
      placeRigUnderHead(player, xrFrame.head, jump.x, jump.z, jump.yaw - xrFrame.head.yaw);
      player.position.y = 0;
    }
    jump.phase = 'in';
    jump.t = 0;
    return;
  }
  xrFrame.fade = Math.max(0, 1 - jump.t / FADE_IN);
  if (jump.t < FADE_IN) return;
  jump.phase = 'none';
  jump.t = 0;
  xrFrame.fade = 0;
  for (const d of jump.done.splice(0)) d();
}

const origin: Point3 = { x: 0, y: 0, z: 0 };
const direction: Point3 = { x: 0, y: 0, z: 0 };
const scratch: Point3 = { x: 0, y: 0, z: 0 };

/** The hand that teleports with a pinch: the left, leaving the right to point at things. */
const TELEPORT_HAND: XRHandedness = 'left';

export function Locomotion() {
  const gl = useThree((s) => s.gl);
  const session = useXR((s) => s.session);
  // Hands' pinches, as the session reports them (a hand has no gamepad buttons to read).
  const pinching = useMemo(() => new Set<XRInputSource>(), []);
  useEffect(() => {
    if (!session) return;
    const start = (e: XRInputSourceEvent) => {
      if (e.inputSource.hand && e.inputSource.handedness === TELEPORT_HAND) pinching.add(e.inputSource);
    };
    const end = (e: XRInputSourceEvent) => pinching.delete(e.inputSource);
    session.addEventListener('selectstart', start);
    session.addEventListener('selectend', end);
    return () => {
      session.removeEventListener('selectstart', start);
      session.removeEventListener('selectend', end);
      pinching.clear();
    };
  }, [session, pinching]);
  const pinchAim = useMemo(() => ({ aiming: false }), []);
  const data = useVisit((s) => s.data);
  const world = useMemo<TeleportWorld>(() => ({ collision: null, keepOut: data ? keepOutOf(data.stands) : [] }), [data]);
  const sticks = useMemo(
    () => ({ left: { held: false, aiming: false } as Stick, right: { held: false, aiming: false } as Stick }),
    [],
  );

  useEffect(() => {
    xrControl.jump = (x, z, yaw) => startJump(x, z, yaw);
    return () => {
      xrControl.jump = null;
    };
  }, []);

  useFrame((_, delta, frame: XRFrame | undefined) => {
    if (!frame || !gl.xr.isPresenting) return;
    const dt = Math.min(delta, 0.25);
    advanceJump(dt);
    const space = gl.xr.getReferenceSpace();
    const { smooth, snapAngle } = useXr.getState();
    world.collision = walkWorld.world;
    let aiming = false;
    const aimFrom = (source: XRInputSource) => {
      const pose = space ? frame.getPose(source.targetRaySpace, space) : undefined;
      if (!pose) return;
      const { position: p, orientation: q } = pose.transform;
      scratch.x = p.x;
      scratch.y = p.y;
      scratch.z = p.z;
      rigPointToWorld(player, scratch, origin);
      rigDirectionToWorld(player, forwardOf(q.x, q.y, q.z, q.w, scratch), direction);
      traceTeleport(origin, direction, world, xrFrame.arc);
    };
    const land = () => {
      if (xrFrame.arc.allowed && jump.phase === 'none') {
        xrFrame.teleports++;
        void startJump(xrFrame.arc.landing.x, xrFrame.arc.landing.z, null);
      } else xrFrame.refused++;
    };
    // A hand's pinch held aims; letting go lands.
    let pinched: XRInputSource | undefined;
    for (const source of pinching) pinched = source;
    if (pinched) {
      aimFrom(pinched);
      pinchAim.aiming = true;
      aiming = true;
    } else if (pinchAim.aiming) {
      pinchAim.aiming = false;
      land();
    }
    for (const source of frame.session.inputSources) {
      const pad = source.gamepad;
      if (!pad || source.hand || (source.handedness !== 'left' && source.handedness !== 'right')) continue;
      const x = pad.axes[2] ?? 0;
      const y = pad.axes[3] ?? 0;
      if (smooth && source.handedness === 'left') {
        thumbstickToMovement(x, y, movement);
        continue;
      }
      const stick = sticks[source.handedness];
      if (!stick.aiming && y < -AIM_PRESS && -y > Math.abs(x)) stick.aiming = true;
      if (stick.aiming) {
        aimFrom(source);
        if (y > -AIM_RELEASE) {
          stick.aiming = false;
          land();
        } else aiming = true;
        continue;
      }
      const turn = snapFromStick(stick, x);
      if (turn !== 0 && jump.phase === 'none') snapTurn(player, xrFrame.head, turn, snapAngle);
    }
    xrFrame.aiming = aiming;
  });
  return null;
}
