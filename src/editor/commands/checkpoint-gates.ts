import {
  closeUntil,
  removeCheckpointGate,
  setCheckpointGate,
  setCheckpointMessage,
  setLinkClosed,
  type Gate,
  type TallyNames,
} from '../../story/graph/checkpoint-gates.ts';
import { localize } from '../../story/text.ts';
import { shorten } from '../../story/graph/text.ts';
import { t } from '../../i18n/index.ts';
import { defineCommand } from './types.ts';
import type { HotspotId } from '../../story/schema/common.ts';
import type { Story } from '../../story/schema/story.ts';

/** What the tally variables are called (authors meet them in the problems list), in the UI language. */
const names = (story: Story): TallyNames => ({
  rightCount: t('checkpoint.var.rightCount'),
  questionRight: (q) => {
    const prompt = q.action.type === 'question' ? localize(q.action.prompt, story.meta.defaultLanguage) : '';
    return t('checkpoint.var.questionRight', { question: shorten(prompt || localize(q.label, story.meta.defaultLanguage) || q.id) });
  },
});

/** Keeps a link closed until something happens (or opens it for good). */
export const setLinkClosedCommand = defineCommand<{ hotspotId: HotspotId; closed: boolean }>({
  id: 'checkpoint.set-closed',
  label: 'cmd.setLinkClosed',
  run: (doc, { hotspotId, closed }) => setLinkClosed(doc, hotspotId, closed, names(doc)),
});

/** Closes a link until one thing holds, replacing what it waited for (the headset editor's way). */
export const closeLinkUntilCommand = defineCommand<{ linkId: HotspotId; gate: Gate }>({
  id: 'checkpoint.close-until',
  label: 'cmd.closeLink',
  run: (doc, { linkId, gate }) => closeUntil(doc, linkId, gate, names(doc)),
});

/** Sets (or adds, at index = their number) what a closed link waits for. Typing a number merges into one step. */
export const setCheckpointGateCommand = defineCommand<{ hotspotId: HotspotId; index: number; gate: Gate; field?: string }>({
  id: 'checkpoint.set-condition',
  label: 'cmd.setCheckpointCondition',
  run: (doc, { hotspotId, index, gate }) => setCheckpointGate(doc, hotspotId, index, gate, names(doc)),
  coalesce: ({ hotspotId, index, field }) => (field ? `checkpoint:${hotspotId}:${index}:${field}` : undefined),
});

export const removeCheckpointGateCommand = defineCommand<{ hotspotId: HotspotId; index: number }>({
  id: 'checkpoint.remove-condition',
  label: 'cmd.removeCheckpointCondition',
  run: (doc, { hotspotId, index }) => removeCheckpointGate(doc, hotspotId, index),
});

/** The words a reader sees while the link is closed, in one language (typing merges into one step). */
export const setCheckpointMessageCommand = defineCommand<{ hotspotId: HotspotId; language: string; text: string }>({
  id: 'checkpoint.set-message',
  label: 'cmd.setCheckpointMessage',
  run: (doc, { hotspotId, language, text }) => setCheckpointMessage(doc, hotspotId, language, text),
  coalesce: ({ hotspotId, language }) => `checkpoint-message:${hotspotId}:${language}`,
});
