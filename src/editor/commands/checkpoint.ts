import { closeUntilAnswered, openLink } from '../../story/graph/checkpoint-ops.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';

/** Closes a go-to link until a question is answered right (`name`: the variable's name, for authors). */
export const closeLinkUntilAnsweredCommand = defineCommand<{ linkId: HotspotId; questionId: HotspotId; name: string }>({
  id: 'checkpoint.close-until-answered',
  label: 'cmd.closeLink',
  run: (doc, { linkId, questionId, name }) => closeUntilAnswered(doc, linkId, questionId, name),
});

/** Opens a closed link again (what only it waited for goes too). */
export const openLinkCommand = defineCommand<{ linkId: HotspotId }>({
  id: 'checkpoint.open',
  label: 'cmd.openLink',
  run: (doc, { linkId }) => openLink(doc, linkId),
});
