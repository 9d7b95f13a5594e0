import { createXRStore, type XRStore } from '@react-three/xr';
import { CLICK_MS, RAY } from './config.ts';
import { StoryController, StoryHand } from './inputs.tsx';

/** Where the controller layouts are served (public/xr/input-profiles: never a CDN). */
export function inputProfilesUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}xr/input-profiles/`, document.baseURI).href;
}

let store: XRStore | null = null;

/**
 * The page's one XR store (one immersive session per page). Never emulates: tests install the
 * emulator (iwer) themselves, readers get their real headset or nothing. Asks for no feature a
 * 360° story does not use (planes, meshes, anchors, hit tests would prompt for room data).
 * 'layers' is optional: where the browser has it (Quest Browser), a 360° video is shown as a media
 * layer by the compositor (src/player/xr/VideoMediaLayer.tsx).
 */
export function getXRStore(): XRStore {
  store ??= createXRStore({
    emulate: false,
    offerSession: false,
    enterGrantedSession: false,
    baseAssetPath: inputProfilesUrl(),
    handTracking: true,
    layers: true,
    anchors: false,
    meshDetection: false,
    planeDetection: false,
    hitTest: false,
    domOverlay: false,
    depthSensing: false,
    bodyTracking: false,
    controller: StoryController,
    hand: StoryHand,
    gaze: { ...RAY, cursorModel: false },
    transientPointer: { clickThresholdMs: CLICK_MS, cursorModel: RAY.cursorModel },
    screenInput: false,
  });
  return store;
}

// Whether an <XR> is mounted in a canvas (the button waits for it before it can start a session).
let connected = 0;
const connectedListeners = new Set<() => void>();
export function markConnected(delta: 1 | -1) {
  connected += delta;
  for (const l of connectedListeners) l();
}
export function subscribeConnected(listener: () => void) {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}
export const isConnected = () => connected > 0;
