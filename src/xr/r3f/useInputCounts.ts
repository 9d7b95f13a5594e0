import { useXR } from '@react-three/xr';
import { shallow } from 'zustand/shallow';

/** How many controllers, hands and other inputs (gaze, screen) the session tracks now. */
export function useInputCounts(): { controllers: number; hands: number; other: number } {
  return useXR((s) => {
    let controllers = 0;
    let hands = 0;
    for (const i of s.inputSourceStates) {
      if (i.type === 'controller') controllers++;
      else if (i.type === 'hand') hands++;
    }
    return { controllers, hands, other: s.inputSourceStates.length - controllers - hands };
  }, shallow);
}
