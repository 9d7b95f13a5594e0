import type { Guide, GuideCommand, Lead } from '../../live/showcase.ts';

/** One facilitator command applied to one headset's guide (pure: a new object). */
export function applyCommand(guide: Guide, command: GuideCommand): Guide {
  switch (command.do) {
    case 'send':
      // A new story: the old lead belongs to the old story, and a paused headset stays paused.
      return { ...guide, storyId: command.storyId, sent: guide.sent + 1, lead: guide.lead?.storyId === command.storyId ? guide.lead : null };
    case 'follow':
      return { ...guide, follow: true };
    case 'explore':
      return { ...guide, follow: false };
    case 'restart':
      // Back to the start: the facilitator's old scene no longer pulls following headsets away from it.
      return { ...guide, restart: guide.restart + 1, lead: null };
    case 'pause':
      return { ...guide, pause: { message: command.message } };
    case 'resume':
      return { ...guide, pause: null };
  }
}

/** The facilitator's new scene (headsets decide whether they follow it). */
export function withLead(guide: Guide, lead: Lead): Guide {
  return { ...guide, lead };
}
