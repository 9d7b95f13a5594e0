/**
 * The editor for tests/e2e/pages/xr-edit.html, loaded after the emulator is installed (see
 * xr-page.ts): on a new copy of the sample story, or with ?story=<id> the one already stored
 * (a reload). Keep `?debug` in the address for `window.__storyXREdit`.
 */
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '../../../src/app/app.css';
import { EditorScreen } from '../../../src/editor/EditorScreen.tsx';
import { createFromSample } from '../../../src/app/stories.ts';
import { editorFiles } from '../../../src/app/EditorFileActions.tsx';
import { navigate } from '../../../src/app/router.ts';
import { createIdbRepository } from '../../../src/storage/idb-repository.ts';
import { RepositoryContext } from '../../../src/storage/context.ts';

const repo = createIdbRepository();
const q = new URLSearchParams(location.search);
let id = q.get('story');
if (!id) {
  id = (await createFromSample(repo, (title) => title)).id;
  q.set('story', id);
  history.replaceState(null, '', `?${q.toString()}`);
}
createRoot(document.getElementById('root')!).render(
  <RepositoryContext value={repo}>
    <EditorScreen storyId={id} onExit={() => navigate({ name: 'library' })} files={editorFiles(repo)} />
  </RepositoryContext>,
);
