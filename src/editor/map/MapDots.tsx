import { useStore, type ReactFlowState } from '@xyflow/react';

const transformOf = (s: ReactFlowState) => s.transform;

/**
 * The map's dotted background, one dot every `gap` map units, moving and scaling with the map.
 * Drawn as a CSS gradient on one element rather than xyflow's <Background> (an SVG pattern): a
 * browser without a GPU (software WebGL, as on many school laptops and in the bench) took up to
 * half a second to draw the SVG pattern again on every frame, so each keystroke and each click
 * waited for it; the gradient costs a few milliseconds.
 */
export function MapDots({ gap, color }: { gap: number; color: string }) {
  const [x, y, zoom] = useStore(transformOf);
  const step = gap * zoom;
  const radius = Math.max(0.5, zoom / 2);
  return (
    <div
      className="map-dots"
      aria-hidden="true"
      style={{
        backgroundImage: `radial-gradient(circle, ${color} ${radius}px, transparent ${radius + 0.75}px)`,
        backgroundSize: `${step}px ${step}px`,
        // A dot sits in the middle of each cell: the cells start half a step before the map's origin.
        backgroundPosition: `${x - step / 2}px ${y - step / 2}px`,
      }}
    />
  );
}
