/**
 * Whether this browser offers an immersive VR session (a headset's browser, or a desktop browser
 * with a headset attached): asked once, after the first frame, into `useXr.supported`. Nothing of
 * the headset's code is downloaded where the answer is no (src/modes/xr/lazy.tsx).
 */
import { useXr } from '../state/xr.ts';

export async function checkVrSupport(): Promise<boolean> {
  let supported = false;
  try {
    supported = Boolean(await navigator.xr?.isSessionSupported('immersive-vr'));
  } catch {
    // A browser that blocks WebXR (a permissions policy, an insecure origin) throws: no headset here.
    supported = false;
  }
  useXr.setState({ supported });
  return supported;
}
