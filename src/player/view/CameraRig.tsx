import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { cameraEuler } from '../../story/angles.ts';
import type { ViewController } from './viewController.ts';

/** Copies the view controller's yaw/pitch/fov to the camera each frame; keeps frames coming while it moves. */
export function CameraRig({ controller, onFrame }: { controller: ViewController; onFrame?: (yaw: number, pitch: number) => void }) {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    controller.setOnChange(() => invalidate());
    invalidate();
    return () => controller.setOnChange(() => {});
  }, [controller, invalidate]);

  // Own clock: with render-on-demand the gap before a frame may be idle time (then count one
  // 60 Hz frame), but while moving it is real frame time (slow devices: motion keeps its speed).
  const last = useRef({ t: 0, moving: false });
  useFrame(() => {
    const now = performance.now();
    const dt = last.current.moving ? Math.min(0.1, (now - last.current.t) / 1000) : 1 / 60;
    if (!controller.enabled) return; // a headset drives the camera
    const moving = controller.step(dt);
    last.current = { t: now, moving };
    const e = cameraEuler(controller.yaw, controller.pitch);
    camera.rotation.set(e.x, e.y, e.z, 'YXZ');
    if (camera.fov !== controller.fov) {
      camera.fov = controller.fov;
      camera.updateProjectionMatrix();
    }
    onFrame?.(controller.yaw, controller.pitch);
    if (moving) invalidate();
  });
  return null;
}
