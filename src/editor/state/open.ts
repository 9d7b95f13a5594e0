import type { Problem } from '../../story/problems.ts';
import { BrokenStoryError, type StoryRepository } from '../../storage/repository.ts';
import { announceLibraryChange } from '../../storage/library-channel.ts';
import { idbAssetSource, type IdbAssetSource } from '../../storage/idb-asset-source.ts';
import { lockStory, type StoryLock } from '../../storage/locks.ts';
import { flushOnPageHide } from '../../storage/autosave.ts';
import { StorageError } from '../../storage/errors.ts';
import { t } from '../../i18n/index.ts';
import { createEditor, type Editor } from './editor.ts';

/**
 * Opening a story for editing: take the story's lock (or open read-only when another tab has it),
 * read it, make the editor, save on every change and when the page is hidden, and warn before
 * the tab closes with unsaved work. `close()` saves, lets go of the lock and the object URLs.
 */
export interface EditorSession {
  editor: Editor;
  assets: IdbAssetSource;
  close(): Promise<void>;
}

export type OpenResult =
  | { ok: true; session: EditorSession }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'broken'; problems: Problem[] }
  | { ok: false; reason: 'storage'; error: StorageError };

export async function openEditorSession(repo: StoryRepository, storyId: string): Promise<OpenResult> {
  let editor: Editor | null = null;
  let lock: StoryLock | null = null;
  const becameEditable = async () => {
    // The other tab closed: take over from what it saved last.
    const fresh = await repo.get(storyId).catch(() => null);
    if (!editor) return;
    editor.replace(fresh?.story ?? editor.doc.getState().story, false);
    editor.notify(t('editor.nowEditable'));
  };
  try {
    lock = await lockStory(storyId, () => void becameEditable());
    const stored = await repo.get(storyId);
    if (!stored) {
      lock.release();
      return { ok: false, reason: 'not-found' };
    }
    editor = createEditor({
      story: stored.story,
      readOnly: !lock.editable,
      async save(story, assets) {
        await repo.save(story, { assets });
      },
    });
    const ed = editor;
    const assets = idbAssetSource(repo, ed.pendingAssets);

    const stopHide = flushOnPageHide(() => ed.flush());
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (ed.autosave.dirty()) {
        void ed.flush().catch(() => undefined);
        e.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    // A read-only tab follows what the editing tab saves.
    const stopFollow = repo.onChange((id) => {
      if (id !== storyId || !ed.doc.getState().readOnly) return;
      void repo
        .get(storyId)
        .then((s) => s && ed.doc.getState().readOnly && ed.replace(s.story, true))
        .catch(() => undefined);
    });
    const heldLock = lock;
    return {
      ok: true,
      session: {
        editor: ed,
        assets,
        async close() {
          stopFollow();
          stopHide();
          window.removeEventListener('beforeunload', beforeUnload);
          try {
            if (!ed.doc.getState().readOnly) await ed.flush();
          } finally {
            ed.dispose();
            heldLock.release();
            assets.dispose();
            // Libraries showing "open in another tab" look again (the lock is this browser's, as is the channel).
            setTimeout(() => announceLibraryChange(storyId), 50);
          }
        },
      },
    };
  } catch (e) {
    lock?.release();
    if (e instanceof BrokenStoryError) return { ok: false, reason: 'broken', problems: e.problems };
    return { ok: false, reason: 'storage', error: e instanceof StorageError ? e : new StorageError('failed', { cause: e }) };
  }
}
