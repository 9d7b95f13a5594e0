import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { PlaneGeometry, SRGBColorSpace, Texture } from 'three';
import { useViewAssets } from '../view/viewAssets.ts';
import { fittedSize } from '../../story/media/panorama-grid.ts';
import { COLOURS, ORDER } from '../../xr/r3f/config.ts';
import { UIText } from '../../xr/r3f/ui/text.tsx';
import { PanelBox } from '../../xr/r3f/ui/widgets.tsx';

/** Largest side of a panel picture on the GPU: sharp at panel distance, small in memory. */
const MAX_PIXELS = 1024;

interface Props {
  /** Names the picture's mesh `xr-image:<name>` once it shows (tests and the debug handle). */
  name: string;
  assetId: string;
  /** The picture's size from the story (its shape is known before it loads). */
  size: { width: number; height: number };
  /** The alt text, shown under the picture as its caption. */
  alt: string;
  /** Panel width in metres. */
  width: number;
  /** Caption size (the reader's text size). */
  scale: number;
  position?: [number, number, number];
}

type Loaded = { state: 'loading' } | { state: 'ready'; texture: Texture } | { state: 'failed' };

/**
 * An info hotspot's picture on its own panel beside the text: sized to fit, with its alt text as
 * a caption. If the picture cannot be loaded, the caption alone says what it shows.
 */
export function PanelImage({ name, assetId, size, alt, width, scale, position }: Props) {
  const loaded = usePanelTexture(assetId, size);
  const pad = 0.06;
  const inner = width - pad * 2;
  const aspect = size.width > 0 && size.height > 0 ? size.width / size.height : 4 / 3;
  const maxH = inner * 0.8;
  const w = aspect > inner / maxH ? inner : maxH * aspect;
  const h = w / aspect;
  const showImage = loaded.state !== 'failed';
  const fs = 0.058 * Math.max(1, scale);
  const [captionH, setCaptionH] = useState(fs * 1.3);
  const onCaption = useCallback((t: { textRenderInfo?: { blockBounds?: [number, number, number, number] } }) => {
    const b = t.textRenderInfo?.blockBounds;
    if (b) setCaptionH(b[3] - b[1]);
  }, []);
  const gap = alt && showImage ? 0.04 : 0;
  const height = pad + (showImage ? h : 0) + gap + (alt ? captionH : 0) + pad;
  const top = height / 2 - pad;
  const geometry = useMemo(() => new PlaneGeometry(w, h), [w, h]);
  useEffect(() => () => geometry.dispose(), [geometry]);

  return (
    <PanelBox width={width} height={height} position={position}>
      {showImage && (
        <mesh name={loaded.state === 'ready' ? `xr-image:${name}` : undefined} geometry={geometry} position={[0, top - h / 2, 0.002]} renderOrder={ORDER.panelText} raycast={() => null}>
          {loaded.state === 'ready' ? (
            <meshBasicMaterial map={loaded.texture} toneMapped={false} />
          ) : (
            <meshBasicMaterial color={COLOURS.raised} toneMapped={false} />
          )}
        </mesh>
      )}
      {alt && (
        <Suspense fallback={null}>
          <UIText
            name={`xr-image-caption:${name}`}
            fontSize={fs}
            color={COLOURS.muted}
            maxWidth={inner}
            anchorX="center"
            anchorY="top"
            textAlign="center"
            position={[0, top - (showImage ? h + gap : 0), 0.002]}
            renderOrder={ORDER.panelText}
            onSync={onCaption}
          >
            {alt}
          </UIText>
        </Suspense>
      )}
    </PanelBox>
  );
}

/** Fetches and decodes the picture off the main thread, at most MAX_PIXELS on its longer side. */
function usePanelTexture(assetId: string, size: { width: number; height: number }): Loaded {
  const assets = useViewAssets();
  const [loaded, setLoaded] = useState<{ id: string; value: Loaded } | null>(null);
  useEffect(() => {
    let live = true;
    let texture: Texture | null = null;
    void (async () => {
      const url = await assets?.getUrl(assetId);
      if (!url) throw new Error('the picture is not available');
      const res = await fetch(url);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const blob = await res.blob();
      const f = fittedSize(size.width, size.height, MAX_PIXELS);
      const bitmap = await createImageBitmap(blob, { imageOrientation: 'flipY', resizeWidth: f.width, resizeHeight: f.height, resizeQuality: 'high' });
      if (!live) return bitmap.close();
      texture = new Texture(bitmap as unknown as HTMLImageElement);
      texture.colorSpace = SRGBColorSpace;
      texture.flipY = false; // flipped while decoding (WebGL ignores flipY for ImageBitmaps)
      texture.name = 'xr-panel-image';
      texture.needsUpdate = true;
      setLoaded({ id: assetId, value: { state: 'ready', texture } });
    })().catch(() => live && setLoaded({ id: assetId, value: { state: 'failed' } }));
    return () => {
      live = false;
      if (texture) {
        texture.dispose();
        (texture.image as ImageBitmap).close();
      }
    };
  }, [assets, assetId, size.width, size.height]);
  return loaded?.id === assetId ? loaded.value : { state: 'loading' };
}
