/**
 * An emulated Meta Quest 3 for the browser tests and the bench (iwer). Chromium's own `navigator.xr` finds no
 * headset and blocks the emulator, and iwer does not install over a native one unless forced, so an
 * init script removes it and installs iwer's device with `forceInstall` before the page's scripts
 * run. The device is `window.__xrDevice`; helpers below drive it: the head, a controller's pose
 * (aimed at a world point, through the rig's pose), thumbstick and trigger.
 */
import path from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from './server.ts';
import { visitState } from './page.ts';

/**
 * Installs the emulated headset in every page of `context`. `stereo`: one view per eye, as a headset
 * draws (the draw counts are then both eyes'); off, one view fills the canvas, for screenshots.
 */
export async function installHeadset(context: BrowserContext, { stereo = false }: { stereo?: boolean } = {}): Promise<void> {
  // tsx (the bench runs with it) keeps function names with a `__name` helper the page lacks.
  await context.addInitScript({ content: 'window.__name = window.__name || ((f) => f);' });
  await context.addInitScript(() => {
    delete (Navigator.prototype as unknown as { xr?: unknown }).xr;
  });
  await context.addInitScript({ path: createRequire(path.join(ROOT, 'package.json')).resolve('iwer/build/iwer.min.js') });
  await context.addInitScript((stereo: boolean) => {
    const IWER = (globalThis as unknown as { IWER: { XRDevice: new (c: unknown) => unknown; metaQuest3: unknown } }).IWER;
    const device = new IWER.XRDevice(IWER.metaQuest3) as { installRuntime(o: unknown): void; stereoEnabled: boolean };
    device.stereoEnabled = stereo;
    device.installRuntime({ forceInstall: true });
    (window as unknown as { __xrDevice: unknown }).__xrDevice = device;
  }, stereo);
}

type Hand = 'left' | 'right';

/** Sets a controller's pose in the rig's frame: position and a yaw/pitch (radians; yaw 0 looks toward −z). */
export function setController(
  page: Page,
  hand: Hand,
  position: [number, number, number],
  yaw: number,
  pitch: number,
): Promise<void> {
  return page.evaluate(
    ({ hand, position, yaw, pitch }) => {
      const d = (
        window as unknown as {
          __xrDevice: {
            controllers: Record<string, { position: { set(...a: number[]): void }; quaternion: { set(...a: number[]): void } }>;
          };
        }
      ).__xrDevice;
      const c = d.controllers[hand]!;
      c.position.set(...position);
      // q = yaw about y, then pitch about x (YXZ order).
      const cy = Math.cos(yaw / 2);
      const sy = Math.sin(yaw / 2);
      const cp = Math.cos(pitch / 2);
      const sp = Math.sin(pitch / 2);
      c.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp);
    },
    { hand, position, yaw, pitch },
  );
}

/** A controller's thumbstick (x −1 left … 1 right, y −1 forward … 1 back). */
export function thumbstick(page: Page, hand: Hand, x: number, y: number): Promise<void> {
  return page.evaluate(
    ({ hand, x, y }) => {
      const d = (
        window as unknown as {
          __xrDevice: { controllers: Record<string, { updateAxes(id: string, x: number, y: number): void }> };
        }
      ).__xrDevice;
      d.controllers[hand]!.updateAxes('thumbstick', x, y);
    },
    { hand, x, y },
  );
}

export function trigger(page: Page, hand: Hand, value: number): Promise<void> {
  return page.evaluate(
    ({ hand, value }) => {
      const d = (
        window as unknown as { __xrDevice: { controllers: Record<string, { updateButtonValue(id: string, v: number): void }> } }
      ).__xrDevice;
      d.controllers[hand]!.updateButtonValue('trigger', value);
    },
    { hand, value },
  );
}

/** Waits for `n` frames of the XR session (the session's own requestAnimationFrame). */
export function xrFrames(page: Page, n = 3): Promise<void> {
  return page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const session = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession;
        if (!session) return resolve();
        let left = count;
        const tick = () => (--left <= 0 ? resolve() : session.requestAnimationFrame(tick));
        session.requestAnimationFrame(tick);
      }),
    n,
  );
}

/** The rig-frame yaw and pitch that aim a controller at `position` (rig frame) toward a world point. */
export async function aimAt(
  page: Page,
  from: [number, number, number],
  world: [number, number, number],
): Promise<{ yaw: number; pitch: number }> {
  const { xr } = await visitState(page);
  const [rx, , rz] = xr.rig.position;
  const c = Math.cos(xr.rig.yaw);
  const s = Math.sin(xr.rig.yaw);
  // World → rig frame: the inverse of p_world = rig + Ry(yaw)·p.
  const wx = world[0] - rx;
  const wz = world[2] - rz;
  const lx = c * wx - s * wz;
  const lz = s * wx + c * wz;
  const dx = lx - from[0];
  const dy = world[1] - from[1];
  const dz = lz - from[2];
  return { yaw: Math.atan2(-dx, -dz), pitch: Math.atan2(dy, Math.hypot(dx, dz)) };
}

/** Switches the emulated headset between controllers and tracked hands. */
export function inputMode(page: Page, mode: 'controller' | 'hand'): Promise<void> {
  return page.evaluate((m) => {
    (window as unknown as { __xrDevice: { primaryInputMode: string } }).__xrDevice.primaryInputMode = m;
  }, mode);
}

/** Sets a tracked hand's pose in the rig's frame, as setController does for a controller. */
export function setHand(page: Page, hand: Hand, position: [number, number, number], yaw: number, pitch: number): Promise<void> {
  return page.evaluate(
    ({ hand, position, yaw, pitch }) => {
      const d = (
        window as unknown as {
          __xrDevice: {
            hands: Record<string, { position: { set(...a: number[]): void }; quaternion: { set(...a: number[]): void } }>;
          };
        }
      ).__xrDevice;
      const h = d.hands[hand]!;
      h.position.set(...position);
      const cy = Math.cos(yaw / 2);
      const sy = Math.sin(yaw / 2);
      const cp = Math.cos(pitch / 2);
      const sp = Math.sin(pitch / 2);
      h.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp);
    },
    { hand, position, yaw, pitch },
  );
}

/** A tracked hand's pinch, 0 (open) … 1 (thumb and index together: a select). */
export function pinch(page: Page, hand: Hand, value: number): Promise<void> {
  return page.evaluate(
    ({ hand, value }) => {
      const d = (window as unknown as { __xrDevice: { hands: Record<string, { updatePinchValue(v: number): void }> } })
        .__xrDevice;
      d.hands[hand]!.updatePinchValue(value);
    },
    { hand, value },
  );
}

/** Tilts the emulated head down by `pitch` radians (0: level), keeping its heading. */
export function lookDown(page: Page, pitch: number): Promise<void> {
  return page.evaluate((p) => {
    const d = (window as unknown as { __xrDevice: { quaternion: { set(...a: number[]): void } } }).__xrDevice;
    d.quaternion.set(-Math.sin(p / 2), 0, 0, Math.cos(p / 2));
  }, pitch);
}
