import { Fragment, Suspense, lazy } from 'react';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Library } from './library/Library.tsx';
import { PlayRoute } from './PlayRoute.tsx';
import { EditRoute } from './EditRoute.tsx';
import { navigate, useRoute } from './router.ts';
import { t, useUiLanguage } from '../i18n/index.ts';
import { RoomRoute } from './room-routes.tsx';
import { useRoom } from '../room/context.ts';
import { useSentStories } from './guide.ts';

const KitPage = lazy(() => import('./workshops/KitPage.tsx'));
// The library service's admin page (#17): its own chunk, only admins open it.
const AdminPage = lazy(() => import('../admin/AdminPage.tsx'));

export function App() {
  const route = useRoute();
  // A new UI language renders every screen again from scratch, so every string follows it.
  const language = useUiLanguage();
  useSentStories(useRoom(), route.name === 'play');
  return (
    <ErrorBoundary>
      <Fragment key={language}>
        {route.name === 'library' && <Library />}
        {route.name === 'play' && <PlayRoute key={route.storyId} storyId={route.storyId} />}
        {route.name === 'edit' && <EditRoute key={route.storyId} storyId={route.storyId} />}
        {route.name === 'workshops' && (
          <Suspense fallback={<p className="page" role="status">{t('kit.loading')}</p>}>
            <KitPage slug={route.doc} />
          </Suspense>
        )}
        {(route.name === 'join' || route.name === 'room' || route.name === 'headsets') && <RoomRoute page={route.name} />}
        {route.name === 'add' && <RoomRoute key={route.storyId} page="add" storyId={route.storyId} />}
        {route.name === 'admin' && (
          <Suspense fallback={<p className="page" role="status">{t('admin.loading')}</p>}>
            <AdminPage library={() => navigate({ name: 'library' })} />
          </Suspense>
        )}
        {route.name === 'not-found' && (
          <main className="page message-page">
            <h1>{t('error.title')}</h1>
            <p>{t('app.notFound', { path: route.path })}</p>
            <button type="button" className="button primary" onClick={() => navigate({ name: 'library' })}>
              {t('player.back')}
            </button>
          </main>
        )}
      </Fragment>
    </ErrorBoundary>
  );
}
