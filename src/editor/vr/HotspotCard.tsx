import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { clamp } from '../../xr/core/seated.ts';
import { Card } from '../../xr/r3f/ui/Card.tsx';
import { Placed } from '../../xr/r3f/ui/place.tsx';
import { describeAction, hotspotLabel } from './labels.ts';
import type { PanelState } from './EditPanels.tsx';

/** Where a card goes beside a marker: to its right, at a height that is comfortable to read. */
export const beside = (m: { yaw: number; pitch: number }) => ({ yaw: m.yaw + 25, pitch: clamp(m.pitch, -30, 30) });
export const CARD_DISTANCE = 2.3;
export const CARD_SCALE = 0.72;

/**
 * The selected hotspot's card beside it: its label, what it does, and the buttons that change
 * that (a scene, a text or a sound, chosen from lists) or delete it.
 */
export function HotspotCard({ story, hotspot, onPanel, onDelete }: { story: Story; hotspot: Hotspot; onPanel(p: PanelState): void; onDelete(): void }) {
  const at = beside(hotspot);
  const info = hotspot.action.type === 'info' ? localize(hotspot.action.text, story.meta.defaultLanguage) : '';
  return (
    <Placed yaw={at.yaw} pitch={at.pitch} distance={CARD_DISTANCE}>
      <group name={`xr-card:${hotspot.id}`} scale={CARD_SCALE}>
        <Card
          id="vr-hotspot"
          title={hotspotLabel(story, hotspot) || t('vrEdit.toolHotspot')}
          subtitle={describeAction(story, hotspot)}
          body={info}
          actions={[
            { id: 'vr-hotspot-goto', label: t('vrEdit.goTo'), onSelect: () => onPanel({ kind: 'target' }), primary: hotspot.action.type === 'goto' },
            { id: 'vr-hotspot-info', label: t('vrEdit.info'), onSelect: () => onPanel({ kind: 'info' }), primary: hotspot.action.type === 'info' },
            { id: 'vr-hotspot-sound', label: t('vrEdit.sound'), onSelect: () => onPanel({ kind: 'sound' }), primary: hotspot.action.type === 'sound' },
            { id: 'vr-hotspot-delete', label: t('vrEdit.delete'), onSelect: onDelete },
          ]}
        />
      </group>
    </Placed>
  );
}
