import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { createPanoramaGeometry } from './panoramaGeometry.ts';
import { createPanoramaMaterial } from './panoramaMaterial.ts';
import { createVideoTexture } from './videoTexture.ts';
import { PANORAMA_RADIUS } from './Panorama.tsx';

/**
 * A scene's 360° video, drawn on its own sphere inside the panorama's (whose picture is the poster
 * frame, shown until the video has a frame). The view renders on demand: each new video frame asks
 * for one (requestVideoFrameCallback, or every animation frame where there is none).
 */
export function VideoSphere({ element, visible }: { element: HTMLVideoElement | null; visible: boolean }) {
  const invalidate = useThree((s) => s.invalidate);
  const res = useMemo(() => {
    if (!element) return null;
    const texture = createVideoTexture(element);
    const material = createPanoramaMaterial({ map: texture, depthWrite: false });
    return { texture, material, geometry: createPanoramaGeometry(PANORAMA_RADIUS * 0.8) };
  }, [element]);
  useEffect(
    () => () => {
      if (res) for (const r of Object.values(res)) r.dispose();
    },
    [res],
  );

  useEffect(() => {
    if (!element || !visible) return;
    // The frame it has now: the frame callbacks below (and three's) only tell of the next one, so
    // a video whose first frame came before this texture (the published page's early video), or
    // one that waits for a tap, drew nothing over the poster until it played on.
    if (res && element.readyState >= element.HAVE_CURRENT_DATA) res.texture.needsUpdate = true;
    invalidate();
    // A paused video moved to another frame (the editor's playhead) draws it too.
    const onSeeked = () => {
      if (res) res.texture.needsUpdate = true;
      invalidate();
    };
    element.addEventListener('seeked', onSeeked);
    const off = () => element.removeEventListener('seeked', onSeeked);
    let stop = false;
    let id = 0;
    if (typeof (element as { requestVideoFrameCallback?: unknown }).requestVideoFrameCallback === 'function') {
      const onFrame = () => {
        if (stop) return;
        invalidate();
        id = element.requestVideoFrameCallback(onFrame);
      };
      id = element.requestVideoFrameCallback(onFrame);
      return () => {
        stop = true;
        off();
        element.cancelVideoFrameCallback(id);
      };
    }
    const tick = () => {
      if (stop) return;
      if (!element.paused) invalidate();
      id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => {
      stop = true;
      off();
      cancelAnimationFrame(id);
    };
  }, [element, visible, invalidate, res]);

  if (!res) return null;
  return <mesh name="panorama:video" geometry={res.geometry} material={res.material} frustumCulled={false} renderOrder={2} visible={visible} />;
}
