import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { PositionalSource } from '../../story/schema/soundscape.ts';
import { t } from '../../i18n/index.ts';
import { Card } from '../r3f/ui/Card.tsx';
import { Placed } from '../r3f/ui/place.tsx';
import { beside, CARD_DISTANCE, CARD_SCALE } from './HotspotCard.tsx';

/** The selected sound's card beside it: its name and Delete. */
export function SoundCard({ story, source, onDelete }: { story: Story; scene: Scene; source: PositionalSource; onDelete(): void }) {
  const at = beside(source);
  const name = story.assets.find((a) => a.id === source.asset)?.name || t('sceneView.sound');
  return (
    <Placed yaw={at.yaw} pitch={at.pitch} distance={CARD_DISTANCE}>
      <group name={`xr-card:${source.id}`} scale={CARD_SCALE}>
        <Card
          id="vr-sound"
          title={name}
          body={t('sceneView.soundAt', { name, yaw: Math.round(source.yaw), pitch: Math.round(source.pitch) })}
          actions={[{ id: 'vr-sound-delete', label: t('vrEdit.delete'), onSelect: onDelete }]}
        />
      </group>
    </Placed>
  );
}
