import { useState } from 'react';
import { localize } from '../story/text.ts';
import { t } from '../i18n/index.ts';
import { useDoc, useEditor, useHistory, useSaveStatus, useSession } from './context.ts';
import { addSceneCommand, setStoryTitleCommand, tidyMapCommand } from './commands/index.ts';
import { redoLabel, undoLabel } from './state/editor.ts';
import { Icon } from './icons.tsx';
import { MediaToolbar } from './media/MediaToolbar.tsx';
import type { EditorFiles } from './files.ts';
import { RoomSaveState } from './room/RoomSaveState.tsx';
import { useSyncStatus } from './room/useSyncStatus.ts';

/** The top bar: back, story title, save state, undo/redo, add scene, tidy, export and publish (`files`), preview. */
export function Toolbar({ onBack, files }: { onBack(): void; files: EditorFiles }) {
  const { editor, assets } = useEditor();
  const story = useDoc((s) => s.story);
  const readOnly = useDoc((s) => s.readOnly);
  const undoStep = useHistory((h) => h.past[h.past.length - 1]);
  const redoStep = useHistory((h) => h.future[h.future.length - 1]);
  const selectedScene = useSession((s) => s.selection.sceneId);
  const lang = story.meta.defaultLanguage;
  const scene = selectedScene ? story.scenes.find((s) => s.id === selectedScene) : undefined;
  const undoText = undoStep ? undoLabel(undoStep.label) : t('history.nothingToUndo');
  const redoText = redoStep ? redoLabel(redoStep.label) : t('history.nothingToRedo');
  const previewText = scene ? t('editor.previewFrom', { title: localize(scene.title, lang) || t('editor.scene.untitled') }) : t('editor.previewStart');
  return (
    <header className="editor-toolbar">
      <button type="button" className="button quiet" onClick={onBack} aria-label={t('editor.backLabel')}>
        <Icon name="back" /> {t('editor.back')}
      </button>
      <div className="toolbar-title">
        <label htmlFor="story-title-input" className="visually-hidden">
          {t('editor.storyTitle')}
        </label>
        <input
          id="story-title-input"
          type="text"
          value={story.meta.title[lang] ?? ''}
          readOnly={readOnly}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => editor.run(setStoryTitleCommand, { language: lang, title: e.target.value })}
        />
      </div>
      <SaveState exportStory={files.exportStory} />
      <div className="toolbar-group" role="group" aria-label={t('editor.history')}>
        <button
          type="button"
          className="button icon"
          disabled={readOnly || !undoStep}
          aria-label={undoText}
          title={`${undoText} (Ctrl+Z)`}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={() => editor.undo()}
        >
          <Icon name="undo" /> {t('editor.undo')}
        </button>
        <button
          type="button"
          className="button icon"
          disabled={readOnly || !redoStep}
          aria-label={redoText}
          title={`${redoText} (Ctrl+Shift+Z)`}
          aria-keyshortcuts="Control+Shift+Z Control+Y Meta+Shift+Z"
          onClick={() => editor.redo()}
        >
          <Icon name="redo" /> {t('editor.redo')}
        </button>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          className="button"
          disabled={readOnly}
          onClick={() => editor.run(addSceneCommand, { near: selectedScene })}
          aria-keyshortcuts="Alt+Shift+N"
        >
          <Icon name="plus" /> {t('editor.addScene')}
        </button>
        <button type="button" className="button quiet" disabled={readOnly || story.scenes.length < 2} onClick={() => editor.run(tidyMapCommand, undefined)}>
          <Icon name="tidy" /> {t('editor.tidyMap')}
        </button>
      </div>
      <MediaToolbar />
      <files.Actions storyId={story.id} title={localize(story.meta.title, lang) || t('library.newTitle')} current={() => ({ story: editor.doc.getState().story, assets })} />
      <div className="toolbar-group">
        <button
          type="button"
          className="button primary"
          id="preview-button"
          disabled={story.scenes.length === 0}
          title={previewText}
          aria-label={previewText}
          onClick={() => editor.session.setState({ preview: { sceneId: scene?.id ?? null } })}
        >
          <Icon name="play" /> {t('editor.preview')}
        </button>
      </div>
    </header>
  );
}

/** "All changes saved" / "Saving…", or, when saving fails, what happened and what to do. */
function SaveState({ exportStory }: { exportStory: EditorFiles['exportStory'] }) {
  const { editor, assets } = useEditor();
  const state = useSaveStatus((s) => s.state);
  const error = useSaveStatus((s) => s.error);
  const readOnly = useDoc((s) => s.readOnly);
  const room = useSyncStatus(useDoc((s) => s.story.id));
  const [exporting, setExporting] = useState(false);
  if (readOnly) return <p className="save-state read-only"><Icon name="lock" /> {t('editor.save.readOnly')}</p>;
  if (state === 'failed' && error) {
    return (
      <div className="save-failed" role="alert">
        <p>
          <strong><Icon name="warning" /> {t('editor.save.failed')}.</strong> {t(`storage.error.${error.kind}`)}
        </p>
        <div className="row">
          <button type="button" className="button small" onClick={() => void editor.autosave.retry()}>
            {t('editor.save.tryAgain')}
          </button>
          <button
            type="button"
            className="button small"
            disabled={exporting}
            onClick={() => {
              setExporting(true);
              void exportStory(editor.doc.getState().story.id, { story: editor.doc.getState().story, assets }).finally(() => setExporting(false));
            }}
          >
            {t('editor.save.export')}
          </button>
        </div>
      </div>
    );
  }
  if (state === 'saved' && room) return <RoomSaveState status={room} />;
  const text = state === 'saved' ? t('editor.save.saved') : state === 'saving' ? t('editor.save.saving') : t('editor.save.pending');
  return (
    <p className={`save-state ${state}`}>
      {state === 'saved' && <Icon name="check" />} {text}
    </p>
  );
}
