import { lazy, Suspense, useMemo } from 'react';
import { t } from '../i18n/index.ts';
import { navigate } from './router.ts';
import { useRepository } from '../storage/context.ts';
import { editorFiles } from './EditorFileActions.tsx';

// Loaded by the app's /edit/<id> route. The editor (and the story map library) is its own chunk: playing a story never loads it.
const EditorScreen = lazy(() => import('../editor/EditorScreen.tsx').then((m) => ({ default: m.EditorScreen })));

/** The editor, given its way back to the library and its file actions (export, publish). */
export function EditRoute({ storyId }: { storyId: string }) {
  const repo = useRepository();
  const files = useMemo(() => editorFiles(repo), [repo]);
  return (
    <Suspense
      fallback={
        <main className="page message-page" aria-busy="true">
          <p role="status">{t('editor.loading')}</p>
        </main>
      }
    >
      <EditorScreen
        storyId={storyId}
        onExit={() => navigate({ name: 'library' })}
        files={files}
        onSwitchStory={(id) => navigate({ name: 'edit', storyId: id }, { replace: true })}
      />
    </Suspense>
  );
}
