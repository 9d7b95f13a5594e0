import type { Story } from '../../story/schema/story.ts';
import type { MessageKey } from '../../i18n/index.ts';
import type { HotspotId, SceneId } from '../../story/schema/common.ts';

/** What is selected in the editor (session state: never saved in the document). */
export interface Selection {
  sceneId: SceneId | null;
  hotspotId: HotspotId | null;
}

export const NOTHING_SELECTED: Selection = { sceneId: null, hotspotId: null };

export interface CommandOutcome {
  story: Story;
  /** What to select afterwards (undo selects what was selected before). */
  select?: Selection;
}

/**
 * One user action. Menus, buttons, shortcuts and undo labels all come from here:
 * `run` is pure (document in, document out, built on the story's graph operations),
 * `label` names the action for people ("Move hotspot" -> "Undo move hotspot").
 */
export interface Command<A> {
  id: string;
  label: MessageKey;
  run(doc: Story, args: A): Story | CommandOutcome;
  /** Keyboard shortcuts such as "Mod+Shift+N" (Mod = Ctrl, or Cmd on a Mac). */
  keys?: readonly string[];
  /** Steps with the same key that follow each other merge into one undo step (drags, typing). */
  coalesce?(args: A): string | undefined;
}

export function defineCommand<A = void>(command: Command<A>): Command<A> {
  return command;
}

export function outcome(result: Story | CommandOutcome): CommandOutcome {
  return 'schemaVersion' in result ? { story: result } : result;
}
