import { useSyncExternalStore } from 'react';
import { watchImmersiveVrSupport } from './core/support.ts';

// One answer per page, shared by every caller; re-checked when a headset comes or goes.
let supported = false;
let stopWatching: (() => void) | null = null;
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  stopWatching ??= watchImmersiveVrSupport((v) => {
    supported = v;
    for (const l of listeners) l();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopWatching?.();
      stopWatching = null;
    }
  };
}

/**
 * True once `navigator.xr` says immersive VR can start here (false until it has answered). Tiny
 * and free of XR code, so the player's and editor's first loads can ask before loading any.
 */
export function useImmersiveVr(): boolean {
  return useSyncExternalStore(subscribe, () => supported, () => false);
}
