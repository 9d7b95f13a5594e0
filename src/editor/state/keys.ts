import type { Command } from '../commands/types.ts';
import type { Editor } from './editor.ts';

/** Keyboard shortcuts: Ctrl/Cmd+Z undo; Shift+Ctrl/Cmd+Z and Ctrl+Y redo; commands' own `keys`. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** "Mod+Shift+N" for a key event (Mod = Ctrl, or Cmd on a Mac). */
export function shortcutOf(e: KeyLike, mac = isMac()): string {
  const parts: string[] = [];
  if (mac ? e.metaKey : e.ctrlKey) parts.push('Mod');
  if (mac && e.ctrlKey) parts.push('Ctrl');
  if (e.altKey) parts.push('Alt');
  if (e.shiftKey) parts.push('Shift');
  const key = e.key.length === 1 ? e.key.toUpperCase() : e.key;
  parts.push(key);
  return parts.join('+');
}

export type ShortcutAction = 'undo' | 'redo' | { command: Command<undefined> };

export function actionFor(e: KeyLike, commands: ReadonlyArray<Command<undefined>> = [], mac = isMac()): ShortcutAction | null {
  const s = shortcutOf(e, mac);
  if (s === 'Mod+Z') return 'undo';
  if (s === 'Mod+Shift+Z' || (!mac && s === 'Mod+Y')) return 'redo';
  for (const command of commands) if (command.keys?.includes(s)) return { command };
  return null;
}

/** Handles a keydown for the editor. Returns true when it did something (the event is then cancelled). */
export function handleEditorKey(editor: Editor, e: KeyboardEvent, commands: ReadonlyArray<Command<undefined>> = []): boolean {
  if (e.defaultPrevented || e.isComposing) return false;
  const action = actionFor(e, commands);
  if (!action) return false;
  e.preventDefault();
  if (action === 'undo') editor.undo();
  else if (action === 'redo') editor.redo();
  else editor.run(action.command, undefined);
  return true;
}
