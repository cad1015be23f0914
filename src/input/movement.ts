/**
 * The one movement input every device feeds (keyboard, touch joystick, click-to-go, later the XR
 * thumbstick), read by the walker each frame. Plain mutable values: no React, no allocation.
 */
export const movement = {
  /** −1 (back) … 1 (forward), from held keys. */
  keyForward: 0,
  /** −1 (left) … 1 (right), from held keys. */
  keyStrafe: 0,
  /** −1 (turn right) … 1 (turn left), from held arrow keys. */
  keyTurn: 0,
  /** Joystick: −1 … 1 on each axis. */
  stickForward: 0,
  stickStrafe: 0,
  /** The faster pace is asked for. */
  run: false,
  /** Look deltas (radians) accumulated since the last frame: drag, pointer lock, touch. */
  lookYaw: 0,
  lookPitch: 0,
  /** Bumped by any direct input, so a click-to-go route knows it must stop. */
  directInputs: 0,
};

/** Whether a device is steering directly this frame. */
export function hasDirectInput(): boolean {
  return (
    movement.keyForward !== 0 ||
    movement.keyStrafe !== 0 ||
    movement.keyTurn !== 0 ||
    movement.stickForward !== 0 ||
    movement.stickStrafe !== 0
  );
}

export function resetMovement(): void {
  movement.keyForward = movement.keyStrafe = movement.keyTurn = 0;
  movement.stickForward = movement.stickStrafe = 0;
  movement.run = false;
  movement.lookYaw = movement.lookPitch = 0;
}
