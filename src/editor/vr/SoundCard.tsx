import type { Story } from '../../story/schema/story.ts';
import type { PositionalSource } from '../../story/schema/soundscape.ts';
import { t } from '../../i18n/index.ts';
import { Card } from '../../xr/r3f/ui/Card.tsx';
import { Placed } from '../../xr/r3f/ui/place.tsx';
import { Slider3D } from '../../xr/r3f/ui/Slider3D.tsx';
import { beside, CARD_DISTANCE, CARD_SCALE } from './HotspotCard.tsx';

const SLIDER_HEIGHT = 0.26;

/**
 * The selected sound's card beside it: its name and direction, a volume slider (heard while it
 * moves; let go: one change), and Delete.
 */
export function SoundCard({ story, source, onVolume, onDelete }: { story: Story; source: PositionalSource; onVolume(volume: number, done: boolean): void; onDelete(): void }) {
  const at = beside(source);
  const name = story.assets.find((a) => a.id === source.asset)?.name || t('sceneView.sound');
  return (
    <Placed yaw={at.yaw} pitch={at.pitch} distance={CARD_DISTANCE}>
      <group name={`xr-card:${source.id}`} scale={CARD_SCALE}>
        <Card
          id="vr-sound"
          title={name}
          body={t('sceneView.soundAt', { name, yaw: Math.round(source.yaw), pitch: Math.round(source.pitch) })}
          extra={{
            height: SLIDER_HEIGHT,
            node: (
              <Slider3D
                id="vr-sound-volume"
                label={t('vrEdit.volume')}
                value={source.volume}
                min={0}
                max={1}
                step={0.05}
                width={1.05}
                position={[0, -0.03, 0]}
                onChange={(v) => onVolume(v, false)}
                onCommit={(v) => onVolume(v, true)}
              />
            ),
          }}
          actions={[{ id: 'vr-sound-delete', label: t('vrEdit.delete'), onSelect: onDelete }]}
        />
      </group>
    </Placed>
  );
}
