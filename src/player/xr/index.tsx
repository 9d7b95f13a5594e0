/**
 * The headset mode's door into the player. This file is in the player's first load, so it stays
 * tiny: it asks whether immersive VR is supported and, only then, loads the XR code
 * (@react-three/xr, world-space text, gaze selection) as a separate chunk with React.lazy.
 */
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import type { PlayerEngine } from '../engine/index.ts';
import type { ViewController } from '../view/viewController.ts';
import type { Story } from '../../story/schema/index.ts';
import type { EditorContextValue } from '../../editor/context.ts';
import { watchImmersiveVrSupport } from '../../xr/core/support.ts';

export { isImmersiveVrSupported } from '../../xr/core/support.ts';

/** Where captions come from (the soundscape engine in src/audio fits). */
export interface CaptionSource {
  readonly caption: { text: string } | null;
  onCaption(listener: (caption: { text: string } | null) => void): () => void;
}

/** What the in-scene XR layer needs from the player: the same engine and view as every mode. */
export interface XRSceneProps {
  story: Story;
  engine: PlayerEngine;
  /** The desktop view: paused while a headset drives the camera, and set to where the head looked on exit. */
  controller: ViewController;
  /** The player's own choose (the same path as a click on a marker). */
  onChoose(hotspotId: string): void;
  /** Lights a marker while it is looked at (as hovering it does). */
  onHover?(hotspotId: string | null): void;
  /** The hotspot a controller ray (or the mouse) is over, for its label in the headset. */
  hoveredId?: string | null;
  /** The reader's text size (1 = standard). */
  textScale?: number;
  /** The soundscape: its current caption is shown under the view in the headset. */
  audio?: CaptionSource | null;
  /** Every XR frame with the head's world yaw/pitch (degrees), e.g. for the sound listener. */
  onViewFrame?(yaw: number, pitch: number): void;
  /** Installs `window.__storyXR` for tests and benchmarks. */
  debug?: boolean;
}

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

/** True once `navigator.xr` says immersive VR can start here (false until it has answered). */
export function useImmersiveVr(): boolean {
  return useSyncExternalStore(subscribe, () => supported, () => false);
}

const chunk = () => import('./chunk.ts');
const LazyLayer = lazy(() => chunk().then((m) => ({ default: m.XRLayer })));
const LazyButton = lazy(() => chunk().then((m) => ({ default: m.EnterVRButton })));

/**
 * Inside the player's <Canvas>: the XR session, controllers, hands, gaze and the world-space UI.
 * Renders nothing (and loads nothing) where immersive VR is not supported.
 */
export function XRSceneSlot(props: XRSceneProps) {
  const vr = useImmersiveVr();
  // Once loaded it stays mounted, so a session never loses its scene if support flickers.
  const [loaded, setLoaded] = useState(false);
  if (vr && !loaded) setLoaded(true);
  if (!vr && !loaded) return null;
  return (
    <Suspense fallback={null}>
      <LazyLayer {...props} />
    </Suspense>
  );
}

/** The "Enter VR" button (DOM), shown only where immersive VR is supported. */
export function XRButtonSlot() {
  const vr = useImmersiveVr();
  if (!vr) return null;
  return (
    <Suspense fallback={null}>
      <LazyButton />
    </Suspense>
  );
}

const LazyEditButton = lazy(() => import('../../editor/vr/chunk.ts').then((m) => ({ default: m.EditInVRButton })));

/**
 * "Edit in VR" for the editor's 360 view (DOM), shown only where immersive VR is supported; the
 * VR editor's code loads only then. `debug` installs `window.__storyXREdit` for tests and the bench.
 */
export function EditInVRSlot(props: { ctx: EditorContextValue; debug?: boolean }) {
  const vr = useImmersiveVr();
  if (!vr) return null;
  return (
    <Suspense fallback={null}>
      <LazyEditButton {...props} />
    </Suspense>
  );
}
