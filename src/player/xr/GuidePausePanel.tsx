import { DIST } from '../../xr/r3f/config.ts';
import { Card } from '../../xr/r3f/ui/Card.tsx';
import { TagAlong } from '../../xr/r3f/ui/place.tsx';
import { ui } from '../../i18n/player.ts';

/**
 * The guide paused this headset (#16): the facilitator's calm message in front of the reader,
 * following their head, over the darkened story (the layer's scrim). No buttons: the adult resumes.
 */
export function GuidePausePanel({ message }: { message: string }) {
  return (
    <TagAlong pitch={0} distance={DIST.panel} slackDeg={15}>
      <group name="xr-guide-pause">
        <Card id="guide-pause" title={message || ui('guide.paused')} subtitle={ui('guide.paused')} body={ui('guide.pausedHint')} actions={[]} />
      </group>
    </TagAlong>
  );
}
