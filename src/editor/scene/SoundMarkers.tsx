import { useEffect, useMemo } from 'react';
import type { PositionalSource } from '../../story/schema/soundscape.ts';
import { directionOf } from '../../story/angles.ts';
import { MARKER_DISTANCE } from '../../player/view/HotspotMarker.tsx';
import { drawSoundMarker } from './soundArt.ts';

/** World size of a sound marker (hotspot markers are about 1.5 wide at the same distance). */
export const SOUND_MARKER_SIZE = 0.9;
/** Just in front of the hotspots, so a sound placed on a hotspot can still be seen and grabbed. */
const DISTANCE = MARKER_DISTANCE * 0.95;

/** The scene's positional sounds in the editor's 360 view (never shown to readers). */
export function SoundMarkers({ sources, selectedId }: { sources: readonly PositionalSource[]; selectedId: string | null }) {
  const art = useMemo(() => ({ plain: drawSoundMarker(false), selected: drawSoundMarker(true) }), []);
  useEffect(
    () => () => {
      art.plain.dispose();
      art.selected.dispose();
    },
    [art],
  );
  return (
    <group name="sound-sources">
      {sources.map((s) => {
        const [x, y, z] = directionOf(s.yaw, s.pitch);
        const selected = s.id === selectedId;
        return (
          <sprite
            key={s.id}
            name={`sound:${s.id}`}
            position={[x * DISTANCE, y * DISTANCE, z * DISTANCE]}
            scale={SOUND_MARKER_SIZE * (selected ? 1.2 : 1)}
            renderOrder={20}
            raycast={() => null}
          >
            <spriteMaterial map={selected ? art.selected : art.plain} transparent depthTest={false} depthWrite={false} toneMapped={false} />
          </sprite>
        );
      })}
    </group>
  );
}
