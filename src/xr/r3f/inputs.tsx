import { useRef } from 'react';
import { extend, useFrame } from '@react-three/fiber';
import { DefaultXRController, DefaultXRHand, XRSpace, useXRInputSourceStateContext } from '@react-three/xr';
import { RAY, SNAP_TURN_DEG } from './config.ts';
import { useRig } from './context.ts';
import { CapsuleGeometry } from 'three';

// The controller's shape: registered here, with the headset's code, not in the first load (ViewCanvas.tsx).
extend({ CapsuleGeometry });

/**
 * A controller: a simple shape in the hand (no model download), the ray with its cursor (trigger
 * selects), and thumbstick snap turns.
 */
export function StoryController() {
  const state = useXRInputSourceStateContext('controller');
  const rig = useRig();
  const armed = useRef(true);
  useFrame(() => {
    const x = state.gamepad['xr-standard-thumbstick']?.xAxis ?? 0;
    if (armed.current && Math.abs(x) > 0.7) {
      armed.current = false;
      rig?.step(Math.sign(x) * SNAP_TURN_DEG);
    } else if (Math.abs(x) < 0.3) armed.current = true;
  });
  return (
    <>
      <XRSpace space="grip-space">
        <mesh rotation={[Math.PI / 2, 0, 0]} renderOrder={5}>
          <capsuleGeometry args={[0.018, 0.09, 4, 12]} />
          <meshBasicMaterial color="#2b3a48" />
        </mesh>
      </XRSpace>
      <DefaultXRController model={false} grabPointer={false} teleportPointer={false} rayPointer={RAY} />
    </>
  );
}

const TIPS = ['wrist', 'thumb-tip', 'index-finger-tip', 'middle-finger-tip', 'ring-finger-tip', 'pinky-finger-tip'] as const;

/** A tracked hand: dots on the finger tips (no model download) and a ray; pinch selects. */
export function StoryHand() {
  return (
    <>
      {TIPS.map((joint) => (
        <XRSpace key={joint} space={joint}>
          <mesh renderOrder={5}>
            <sphereGeometry args={[joint === 'wrist' ? 0.014 : 0.008, 10, 8]} />
            <meshBasicMaterial color={joint === 'index-finger-tip' || joint === 'thumb-tip' ? '#ffd166' : '#e8edf2'} />
          </mesh>
        </XRSpace>
      ))}
      <DefaultXRHand model={false} grabPointer={false} touchPointer={false} teleportPointer={false} rayPointer={RAY} />
    </>
  );
}
