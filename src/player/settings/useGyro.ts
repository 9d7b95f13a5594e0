import { useCallback, useEffect, useRef, useState } from 'react';
import { Euler, Quaternion, Vector3 } from 'three';
import { yawPitchOf } from '../../story/angles.ts';
import type { ViewController } from '../view/viewController.ts';

type PermissionFn = () => Promise<'granted' | 'denied'>;

/** Phones and tablets with orientation sensors (a desktop browser defines the event but has no sensor). */
export function gyroSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'DeviceOrientationEvent' in window &&
    matchMedia('(hover: none) and (pointer: coarse)').matches
  );
}

const zee = new Vector3(0, 0, 1);
const toCamera = new Quaternion(-Math.sqrt(0.5), 0, 0, Math.sqrt(0.5)); // -90° about X: device top -> camera forward

/** Device orientation (degrees) -> where the back camera of the phone looks: document yaw/pitch. */
export function lookFromOrientation(alpha: number, beta: number, gamma: number, screenAngle: number) {
  const q = new Quaternion().setFromEuler(new Euler(beta * (Math.PI / 180), alpha * (Math.PI / 180), -gamma * (Math.PI / 180), 'YXZ'));
  q.multiply(toCamera);
  q.multiply(new Quaternion().setFromAxisAngle(zee, -screenAngle * (Math.PI / 180)));
  const fwd = new Vector3(0, 0, -1).applyQuaternion(q);
  return yawPitchOf(fwd.x, fwd.y, fwd.z);
}

/**
 * "Look by moving your phone": maps DeviceOrientationEvent to the view. On iOS the permission
 * prompt is shown from the button press. The yaw the reader had is kept (the sensor's compass
 * heading is arbitrary), dragging still works on top.
 */
export function useGyro(controller: ViewController) {
  const [supported] = useState(gyroSupported);
  const [active, setActive] = useState(false);
  const [denied, setDenied] = useState(false);
  const offset = useRef<number | null>(null);
  const lastSensorYaw = useRef(0);

  useEffect(() => {
    if (!active) return;
    offset.current = null;
    const onOrientation = (e: DeviceOrientationEvent) => {
      if (e.alpha === null || e.beta === null || e.gamma === null) return;
      const angle = screen.orientation?.angle ?? 0;
      const look = lookFromOrientation(e.alpha, e.beta, e.gamma, angle);
      if (offset.current === null) offset.current = controller.yaw - look.yaw;
      else offset.current += controller.yaw - (lastSensorYaw.current + offset.current); // keep drags made since
      lastSensorYaw.current = look.yaw;
      controller.set({ yaw: look.yaw + offset.current, pitch: look.pitch });
    };
    window.addEventListener('deviceorientation', onOrientation);
    return () => window.removeEventListener('deviceorientation', onOrientation);
  }, [active, controller]);

  const toggle = useCallback(async () => {
    if (active) return setActive(false);
    const request = (DeviceOrientationEvent as unknown as { requestPermission?: PermissionFn }).requestPermission;
    if (typeof request === 'function') {
      const answer = await request().catch(() => 'denied' as const);
      if (answer !== 'granted') return setDenied(true);
    }
    setDenied(false);
    setActive(true);
  }, [active]);

  return { supported, active, denied, toggle };
}
