/**
 * The headset's camera in the rig: while a session presents, the XR camera is a child of the rig
 * group (src/canvas/Cameras.tsx), so everything that moves the rig (`player`: teleport, snap turn,
 * smooth movement, travels) moves the visitor, and the headset only adds the head's pose in the
 * room. Each session frame the head's pose in the rig's frame is read from the XRFrame into
 * `xrFrame.head`, for locomotion, the panels and the hand-over (`onHead` places the rig at entry).
 */
import { useEffect } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useXr, xrFrame } from '../../state/xr.ts';
import { headYaw } from '../../xr/pose.ts';
import { RIG } from '../sceneNames.ts';

export function XRRig({ onHead }: { onHead: () => void }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const presenting = useXr((s) => s.presenting);

  useEffect(() => {
    if (!presenting) return;
    const rig = scene.getObjectByName(RIG);
    const camera = gl.xr.getCamera();
    if (!rig) return;
    rig.add(camera);
    return () => void rig.remove(camera);
  }, [presenting, gl, scene]);

  useFrame((_, __, frame: XRFrame | undefined) => {
    if (!frame || !gl.xr.isPresenting) return;
    const space = gl.xr.getReferenceSpace();
    const pose = space ? frame.getViewerPose(space) : undefined;
    if (!pose) return;
    const { position: p, orientation: q } = pose.transform;
    xrFrame.head.position.x = p.x;
    xrFrame.head.position.y = p.y;
    xrFrame.head.position.z = p.z;
    xrFrame.head.yaw = headYaw(q.x, q.y, q.z, q.w);
    xrFrame.headKnown = true;
    onHead();
  }, -900);
  return null;
}
