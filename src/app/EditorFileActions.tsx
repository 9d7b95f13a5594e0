import { useState } from 'react';
import { t } from '../i18n/index.ts';
import { useRepository } from '../storage/context.ts';
import { exportStory } from '../packages/exporter.ts';
import { TaskDialog } from '../packages/TaskDialog.tsx';
import { PublishButton } from '../publish/PublishButton.tsx';
import type { StoryRepository } from '../storage/repository.ts';
import type { EditorFiles, FileActionsProps } from '../editor/files.ts';

/** The editor toolbar's Export and Publish (of the document in memory, saved or not), with their dialogs. */
export function EditorFileActions(props: FileActionsProps) {
  const repo = useRepository();
  const [exporting, setExporting] = useState(false);
  return (
    <div className="toolbar-group">
      <button
        type="button"
        className="button quiet"
        disabled={exporting}
        title={t('editor.exportHelp')}
        onClick={() => {
          setExporting(true);
          void exportStory(repo, { storyId: props.storyId, ...props.current() }).finally(() => setExporting(false));
        }}
      >
        {t('editor.export')}
      </button>
      <PublishButton storyId={props.storyId} title={props.title} className="button quiet" story={props.current} />
      <TaskDialog />
    </div>
  );
}

/** What the app lets the editor do with files, over the library `repo`. */
export function editorFiles(repo: StoryRepository): EditorFiles {
  return { Actions: EditorFileActions, exportStory: (storyId, current) => exportStory(repo, { storyId, ...current }) };
}
