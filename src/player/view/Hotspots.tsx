import { useEffect, useMemo } from 'react';
import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Hotspot } from '../../story/schema/index.ts';
import { HotspotMarker } from './HotspotMarker.tsx';
import { drawRing } from './markerArt.ts';
import { useFontsReady } from './useFontsReady.ts';

interface Props {
  hotspots: readonly Hotspot[];
  labelOf(h: Hotspot): string;
  /** The hotspot whose button has keyboard focus (or is hovered in the list). */
  highlightedId: string | null;
  /** Grows markers with the reader's text size. */
  scale: number;
  onChoose(id: string): void;
  onHover(id: string | null): void;
}

/** The visible hotspots of the current scene as 3D markers. */
export function Hotspots({ hotspots, labelOf, highlightedId, scale, onChoose, onHover }: Props) {
  const fontsReady = useFontsReady();
  const ring = useMemo(() => {
    const t = new CanvasTexture(drawRing());
    t.colorSpace = SRGBColorSpace;
    t.name = 'marker-ring';
    return t;
  }, []);
  useEffect(() => () => ring.dispose(), [ring]);
  return (
    <group name="hotspots">
      {hotspots.map((h) => (
        <HotspotMarker
          key={h.id}
          hotspot={h}
          label={labelOf(h)}
          highlighted={highlightedId === h.id}
          scale={scale}
          ring={ring}
          fontsReady={fontsReady}
          onChoose={onChoose}
          onHover={onHover}
        />
      ))}
    </group>
  );
}
