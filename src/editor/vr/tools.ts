import type { MessageKey } from '../../i18n/index.ts';

/** What the trigger or a pinch on the photo does in the VR editor. */
export type Tool = 'hotspot' | 'sound' | 'narration';

export const TOOLS: ReadonlyArray<{ id: Tool; label: MessageKey }> = [
  { id: 'hotspot', label: 'vrEdit.toolHotspot' },
  { id: 'sound', label: 'vrEdit.toolSound' },
  { id: 'narration', label: 'vrEdit.toolNarration' },
];
