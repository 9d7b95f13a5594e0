import { lazy, Suspense } from 'react';
import { t } from '../i18n/index.ts';

// Loaded by the app's /edit/<id> route. The editor (and the story map library) is its own chunk: playing a story never loads it.
const EditorScreen = lazy(() => import('../editor/EditorScreen.tsx').then((m) => ({ default: m.EditorScreen })));

export function EditRoute({ storyId }: { storyId: string }) {
  return (
    <Suspense
      fallback={
        <main className="page message-page" aria-busy="true">
          <p role="status">{t('editor.loading')}</p>
        </main>
      }
    >
      <EditorScreen storyId={storyId} />
    </Suspense>
  );
}
