/**
 * Test page for the headset mode (tests/e2e/xr.test.ts, bench/suites/xr.bench.ts), served by Vite
 * dev (serveDev()). It installs Meta's WebXR emulator (iwer, a Quest 3 with controllers) BEFORE the
 * player loads, then renders the player: the app itself never emulates.
 * Query: ?story=keyboard|bench|info|chain|video|template:<id> [&xr=none: no emulator] [&transition=none]
 * [&layers=polyfill|nobinding]: the headset offers the 'layers' feature (as Quest Browser does).
 * iwer itself has no layers (it sets XRMediaBinding to undefined), so `polyfill` adds Meta's WebXR
 * Layers polyfill over it: XRMediaBinding, XRWebGLBinding (three then draws into a projection
 * layer, as on a Quest) and a compositor drawn in WebGL. (iwer's own `polyfillLayers` option installs
 * the same polyfill but then puts back its own XRWebGLBinding, which has no createProjectionLayer.)
 * `nobinding` leaves the browser without XRMediaBinding.
 * xr-edit.html loads the editor on a copy of the sample story instead (tests/e2e/xr-edit.test.ts).
 */
import { XRDevice, metaQuest3 } from 'iwer';
import WebXRLayersPolyfill from 'webxr-layers-polyfill';
import { Euler, Quaternion } from 'three';

declare global {
  interface Window {
    __xrDevice?: XRDevice;
    xrTest: XRTestApi;
  }
}

export interface XRTestApi {
  /** Turns the head (no roll) to a WORLD yaw/pitch of the story (degrees), given the current turn. */
  look(yaw: number, pitch: number): void;
  /** Puts a controller (or hand) at the head, pointing at a world yaw/pitch. */
  point(hand: 'left' | 'right', yaw: number, pitch: number, kind?: 'controller' | 'hand'): void;
  /** Trigger (controller) or pinch (hand) value, applied at the next frame. */
  squeeze(hand: 'left' | 'right', value: number, kind?: 'controller' | 'hand'): void;
  /** Disconnects or reconnects both controllers. */
  controllers(connected: boolean): void;
  /** 'controller' or 'hand' tracking. */
  inputMode(mode: 'controller' | 'hand'): void;
  headPosition(x: number, y: number, z: number): void;
  active(): boolean;
  end(): Promise<void>;
}

const q = new URLSearchParams(location.search);
let device: XRDevice | undefined;
const layers = q.get('layers');
if (q.get('xr') !== 'none') {
  // iwer's feature type has no 'layers' (it models none), but its runtime enables any listed feature.
  const withLayers = [...metaQuest3.supportedFeatures, 'layers'] as typeof metaQuest3.supportedFeatures;
  device = new XRDevice(layers ? { ...metaQuest3, supportedFeatures: withLayers } : metaQuest3);
  device.installRuntime({ forceInstall: true });
  if (layers === 'polyfill') new WebXRLayersPolyfill();
  window.__xrDevice = device;
}

const DEG = Math.PI / 180;
// The player's handle, or the VR editor's (tests/e2e/pages/xr-edit.html).
const turn = () => (window.__storyXR ?? window.__storyXREdit)?.state().turn ?? 0;
/** A tracking-space quaternion looking at a world yaw/pitch (worldYaw = localYaw - turn). */
function orientation(yaw: number, pitch: number) {
  const local = yaw + turn();
  return new Quaternion().setFromEuler(new Euler(pitch * DEG, -local * DEG, 0, 'YXZ'));
}
const need = () => {
  if (!device) throw new Error('no emulated headset on this page (xr=none)');
  return device;
};

window.xrTest = {
  look(yaw, pitch) {
    const o = orientation(yaw, pitch);
    need().quaternion.set(o.x, o.y, o.z, o.w);
  },
  point(hand, yaw, pitch, kind = 'controller') {
    const d = need();
    const input = kind === 'hand' ? d.hands[hand] : d.controllers[hand];
    if (!input) throw new Error(`no ${kind} ${hand}`);
    const o = orientation(yaw, pitch);
    input.position.set(d.position.x, d.position.y, d.position.z);
    input.quaternion.set(o.x, o.y, o.z, o.w);
  },
  squeeze(hand, value, kind = 'controller') {
    const d = need();
    if (kind === 'hand') d.hands[hand]?.updatePinchValue(value);
    else d.controllers[hand]?.updateButtonValue('trigger', value);
  },
  controllers(connected) {
    const d = need();
    for (const c of [d.controllers.left, d.controllers.right]) if (c) c.connected = connected;
  },
  inputMode(mode) {
    need().primaryInputMode = mode;
  },
  headPosition(x, y, z) {
    need().position.set(x, y, z);
  },
  active: () => !!device?.activeSession,
  end: async () => {
    await device?.activeSession?.end();
  },
};

// xr-edit.html (data-app="editor") opens the editor instead of the player.
await (document.documentElement.dataset.app === 'editor' ? import('./xr-edit-app.tsx') : import('./xr-app.tsx'));
