import { Component, useEffect, useRef, useState, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import { XRLayer, useXR, useXRSessionFeatureEnabled, useXRStore } from '@react-three/xr';
import type { XRVideo } from './types.ts';

/**
 * Radius (m) of the video's layer and of the hole it leaves in the drawn view: outside the
 * hotspot markers (10 m) and the panels, inside the poster's sphere (50 m), which it hides once
 * the video has a frame. The head stays at its centre (the rig), so nothing shifts as it moves.
 */
export const VIDEO_LAYER_RADIUS = 25;
// The whole sphere; the picture's centre lies toward -Z (yaw 0), as on the panorama's sphere.
const WHOLE = { centralHorizontalAngle: Math.PI * 2, upperVerticalAngle: Math.PI / 2, lowerVerticalAngle: -Math.PI / 2 };

/**
 * A 360° video in the headset as a WebXR media layer (XRMediaBinding.createEquirectLayer), where
 * the session has 'layers' and the browser a media binding (Quest Browser): the compositor draws
 * the video's frames itself, sharper and without uploading them as a texture every frame. The
 * drawn view (hotspots, captions, menu, video controls) is the projection layer above it, clear
 * where the video shows. @react-three/xr's XRLayer makes the layer, places it each frame relative
 * to the XR origin (so the reader's turns and recentring move it as they move the scene) and puts
 * it under the projection layer in the session's render state.
 *
 * Elsewhere (no 'layers', no media binding, or the layer could not be made) it draws nothing and
 * the player's VideoSphere shows the video as a texture, as on a screen.
 */
export function VideoMediaLayer({ video, onShown }: { video: XRVideo | null | undefined; onShown?: (shown: boolean) => void }) {
  const layers = useXRSessionFeatureEnabled('layers');
  const binding = useXR((s) => s.mediaBinding);
  const element = video?.element ?? null;
  // The element the layer failed for: that video keeps its sphere.
  const [failed, setFailed] = useState<HTMLVideoElement | null>(null);
  const shown = layers && !!binding && !!element && failed !== element;
  useOnlyProjectionWhenNoLayers();
  useTransparentClear(shown && !!video?.hasFrame);

  const notify = useRef(onShown);
  notify.current = onShown;
  useEffect(() => {
    notify.current?.(shown);
    return () => notify.current?.(false);
  }, [shown]);

  if (!shown) return null;
  return (
    <LayerBoundary key={elementKey(element)} onError={() => setFailed(element)}>
      <XRLayer
        name="xr-video-layer"
        src={element}
        shape="equirect"
        layout="mono"
        {...WHOLE}
        scale={VIDEO_LAYER_RADIUS}
        // Until the video has a frame the poster stays in front of the (still empty) layer.
        visible={!!video?.hasFrame}
      />
    </LayerBoundary>
  );
}

/**
 * @react-three/xr 6.6 updates the render state only while it has layers of its own: when the last
 * one goes (the reader leaves the video scene) the media layer would stay in the session's layers.
 * This puts the projection layer back alone.
 */
function useOnlyProjectionWhenNoLayers() {
  const store = useXRStore();
  const gl = useThree((s) => s.gl);
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        if (state.layerEntries.length > 0 || prev.layerEntries.length === 0 || !state.session) return;
        const base = gl.xr.getBaseLayer();
        const current = state.session.renderState.layers;
        if (!base || !current || current.length <= 1) return;
        state.session.updateRenderState({ layers: [base as XRLayer] });
      }),
    [store, gl],
  );
}

/** While the video layer shows, the drawn view is cleared to transparent instead of black. */
function useTransparentClear(on: boolean) {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    if (!on) return;
    const before = gl.getClearAlpha();
    gl.setClearAlpha(0);
    return () => gl.setClearAlpha(before);
  }, [on, gl]);
}

const keys = new WeakMap<HTMLVideoElement, number>();
let nextKey = 1;
function elementKey(element: HTMLVideoElement): number {
  let k = keys.get(element);
  if (k === undefined) keys.set(element, (k = nextKey++));
  return k;
}

/** A media layer the browser refuses to make leaves the video on its sphere instead of breaking the view. */
class LayerBoundary extends Component<{ onError: (e: unknown) => void; children: ReactNode }, { error: boolean }> {
  override state = { error: false };
  static getDerivedStateFromError() {
    return { error: true };
  }
  override componentDidCatch(e: unknown) {
    console.warn('The headset could not show the video as a media layer; it is drawn as a texture instead.', e);
    this.props.onError(e);
  }
  override render() {
    return this.state.error ? null : this.props.children;
  }
}
