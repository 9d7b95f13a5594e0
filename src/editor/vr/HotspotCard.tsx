import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { clamp } from '../../xr/core/seated.ts';
import { Card, type CardAction } from '../../xr/r3f/ui/Card.tsx';
import { Placed } from '../../xr/r3f/ui/place.tsx';
import { describeAction, hotspotLabel } from './labels.ts';
import type { PanelState } from './EditPanels.tsx';
import { checkpointWords } from './checkpoint-words.ts';

/** Where a card goes beside a marker: to its right, at a height that is comfortable to read. */
export const beside = (m: { yaw: number; pitch: number }) => ({ yaw: m.yaw + 25, pitch: clamp(m.pitch, -30, 30) });
export const CARD_DISTANCE = 2.3;
export const CARD_SCALE = 0.72;

/**
 * The selected hotspot's card beside it: its label, what it does, and the buttons that change
 * that (a scene, a text, a sound or a question) or delete it. A go-to link's card also says whether
 * it is closed (a checkpoint), and closes it until a question is answered right (or any N, or a
 * thing the story remembers), or opens it again.
 */
export function HotspotCard({ story, hotspot, onPanel, onQuestion, onOpenLink, onDelete }: {
  story: Story;
  hotspot: Hotspot;
  onPanel(p: PanelState): void;
  /** Makes it a question (with words to replace). */
  onQuestion(): void;
  onOpenLink(): void;
  onDelete(): void;
}) {
  const at = beside(hotspot);
  const goto = hotspot.action.type === 'goto' ? hotspot.action : null;
  const info = hotspot.action.type === 'info' ? localize(hotspot.action.text, story.meta.defaultLanguage) : checkpointWords(story, hotspot);
  const checkpoint: CardAction[] = !goto
    ? []
    : goto.closed
      ? [
          { id: 'vr-link-question', label: t('vrEdit.closedUntilWhich'), onSelect: () => onPanel({ kind: 'checkpoint' }) },
          { id: 'vr-link-message', label: t('vrEdit.closedMessageButton'), onSelect: () => onPanel({ kind: 'type-closed' }) },
          { id: 'vr-link-open', label: t('vrEdit.openLink'), onSelect: onOpenLink },
        ]
      : [{ id: 'vr-link-close', label: t('vrEdit.closeLink'), onSelect: () => onPanel({ kind: 'checkpoint' }) }];
  return (
    <Placed yaw={at.yaw} pitch={at.pitch} distance={CARD_DISTANCE}>
      <group name={`xr-card:${hotspot.id}`} scale={CARD_SCALE}>
        <Card
          id="vr-hotspot"
          title={hotspotLabel(story, hotspot) || t('vrEdit.toolHotspot')}
          subtitle={describeAction(story, hotspot)}
          body={info}
          actions={[
            ...checkpoint,
            { id: 'vr-hotspot-goto', label: t('vrEdit.goTo'), onSelect: () => onPanel({ kind: 'target' }), primary: !!goto },
            { id: 'vr-hotspot-info', label: t('vrEdit.info'), onSelect: () => onPanel({ kind: 'info' }), primary: hotspot.action.type === 'info' },
            { id: 'vr-hotspot-sound', label: t('vrEdit.sound'), onSelect: () => onPanel({ kind: 'sound' }), primary: hotspot.action.type === 'sound' },
            { id: 'vr-hotspot-question', label: t('vrEdit.question'), onSelect: onQuestion },
            { id: 'vr-hotspot-delete', label: t('vrEdit.delete'), onSelect: onDelete },
          ]}
        />
      </group>
    </Placed>
  );
}
