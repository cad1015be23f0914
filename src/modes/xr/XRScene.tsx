/**
 * The headset mode inside the one Canvas: the @react-three/xr session (its controllers, hands and
 * rays) and what this visit adds to it: the XR camera in the rig, locomotion, the arc, the comfort
 * fade and vignette, and the in-world stand panel, video and hand menu. Mounted once a headset is
 * offered and kept (entering and leaving a session changes nothing of the tree).
 */
import { XR } from '@react-three/xr';
import { sessionStore, settleEntry } from './session.ts';
import { XRRig } from '../../canvas/xr/XRRig.tsx';
import { Locomotion } from '../../canvas/xr/Locomotion.tsx';
import { TeleportArcView } from '../../canvas/xr/TeleportArcView.tsx';
import { ComfortView } from '../../canvas/xr/ComfortView.tsx';

export function XRScene() {
  return (
    <XR store={sessionStore()}>
      <XRRig onHead={settleEntry} />
      <Locomotion />
      <TeleportArcView />
      <ComfortView />
    </XR>
  );
}
