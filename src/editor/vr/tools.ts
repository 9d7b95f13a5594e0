import type { MessageKey } from '../../i18n/index.ts';

/** What the trigger or a pinch on the photo does in the VR editor. */
export type Tool = 'hotspot' | 'question' | 'sound' | 'narration';

export const TOOLS: ReadonlyArray<{ id: Tool; label: MessageKey }> = [
  { id: 'hotspot', label: 'vrEdit.toolHotspot' },
  { id: 'question', label: 'vrEdit.toolQuestion' },
  { id: 'sound', label: 'vrEdit.toolSound' },
  { id: 'narration', label: 'vrEdit.toolNarration' },
];
