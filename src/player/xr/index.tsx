/**
 * The headset mode's door into the player. This file is in the player's first load, so it stays
 * tiny: it asks whether immersive VR is supported and, only then, loads the XR code
 * (@react-three/xr, world-space text, gaze selection) as a separate chunk with React.lazy.
 * What the layer is given lives in ./types.ts, so the chunk never imports this file back.
 */
import { lazy, Suspense, useState } from 'react';
import { useImmersiveVr } from '../../xr/useImmersiveVr.ts';
import type { XRSceneProps } from './types.ts';

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
