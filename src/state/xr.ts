/**
 * The headset visit's state: what the page and the canvas both read (whether a headset can be used,
 * whether a session is presenting, the comfort settings) in a small store, and the per-frame values
 * of a session outside React (the head, the teleport arc, the fade and the vignette), as
 * src/state/frame.ts keeps the walk's. The session itself (entering, leaving, the @react-three/xr
 * store) is src/modes/xr/; its pure maths is src/xr/.
 *
 * | object     | written by                                  | read by                             |
 * | ---------- | ------------------------------------------- | ----------------------------------- |
 * | `useXr`    | support check, session (presenting), menu   | Enter VR button, canvas XR parts    |
 * | `xrFrame`  | XRRig (head), Locomotion (arc, fade, moves) | arc view, fade, vignette, API       |
 * | `xrControl`| the session module once loaded              | Enter VR button, `window.__visit`   |
 */
import { create } from 'zustand';
import { makeHeadPose, type Point3 } from '../xr/pose.ts';
import { makeTeleportArc } from '../xr/teleport.ts';
import { DEFAULT_SNAP_ANGLE, type SnapAngle } from '../xr/turn.ts';

export interface XrState {
  /** Whether this browser offers an immersive VR session: null until asked. */
  supported: boolean | null;
  /** The session code is loaded and connected to the renderer: entering may be asked for. */
  connected: boolean;
  /** A session is presenting (the visitor is in the headset). */
  presenting: boolean;
  /** Snap turn angle, degrees. */
  snapAngle: SnapAngle;
  /** Smooth movement with the left thumbstick (teleport stays available). Off by default: comfort first. */
  smooth: boolean;
  /** The hand menu is shown. */
  menuOpen: boolean;
}

export const useXr = create<XrState>()(() => ({
  supported: null,
  connected: false,
  presenting: false,
  snapAngle: DEFAULT_SNAP_ANGLE,
  smooth: false,
  menuOpen: false,
}));

/** A session's per-frame values. Allocated once. */
export const xrFrame = {
  /** The head in the rig's frame, from the last frame drawn in the session. */
  head: makeHeadPose(0, 1.6, 0, 0),
  /** Whether `head` comes from the session (false until its first frame). */
  headKnown: false,
  /** The teleport arc of the aiming hand, traced each frame while aiming. */
  arc: makeTeleportArc(),
  aiming: false,
  /** Teleports done and refused in this session (the API reads them). */
  teleports: 0,
  refused: 0,
  /** The in-world fade: 0 clear … 1 black. */
  fade: 0,
  /** The comfort vignette while moving smoothly (src/xr/smooth.ts). */
  vignette: { strength: 0 },
};

/** Entering and leaving, registered by the session module (src/modes/xr/session.ts) once it is loaded. */
export const xrControl = {
  enter: null as null | (() => Promise<boolean>),
  exit: null as null | (() => Promise<void>),
  /**
   * Puts the head at `x`, `z` facing `yaw`, through the in-world fade: what a travel (the menu's "go
   * to a stand", a tour) does in the headset instead of a flight, which would carry the visitor through
   * the air. Registered by the locomotion while a session presents.
   */
  jump: null as null | ((x: number, z: number, yaw: number) => Promise<void>),
};

/**
 * What the in-world panel shows, written by it (src/canvas/xr/XRStandPanel.tsx) when it changes, read
 * by `window.__visit`. `target` null: no panel.
 */
export const xrPanel = {
  target: null as string | null,
  hotspot: null as string | null,
  page: 0,
  pages: 0,
  video: null as null | { playing: boolean; muted: boolean; time: number; caption: string },
};

/**
 * The pressable surfaces shown in the headset (the panel, the video's screen and bar, the menu and
 * its tab), by name: where a point of each (its uv, as three gives a hit) is in the world now. The
 * automation interface reads it so a test aims a controller's ray where a visitor would.
 */
export const xrSurfaces = new Map<string, (u: number, v: number, out: Point3) => Point3>();

/**
 * What the hand menu's page offers, as painted last: each entry's action (as JSON) and its centre in
 * uv (v up). Written by the menu when it paints, read by `window.__visit` (tests press an entry by
 * what it does, wherever the layout puts it).
 */
export const xrMenuEntries: Array<{ action: string; u: number; v: number }> = [];
