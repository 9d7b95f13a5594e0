import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { getUiLanguage, t } from '../../i18n/index.ts';
import { navigate, routePath } from '../router.ts';
import { SAMPLE_STORY_ID, loadSampleStory, sampleThumbnail } from '../sample.ts';
import { localize } from '../../story/text.ts';
import { createBlankStory, createFromSample } from '../stories.ts';
import { useRepository } from '../../storage/context.ts';
import { Icon } from '../../editor/icons.tsx';
import { ImportTourButton } from '../../editor/import/ImportTourButton.tsx';
import { LibraryFileActions } from '../../packages/LibraryFileActions.tsx';
import { UiLanguageSwitch } from '../UiLanguageSwitch.tsx';
import { Bin } from './Bin.tsx';
import { StoragePanel } from './StoragePanel.tsx';
import { StoryCard } from './StoryCard.tsx';
import { errorText, sceneCount, titleOf } from './text.ts';
import { useLibrary } from './useLibrary.ts';
import { RoomLibrary } from '../../room/RoomLibrary.tsx';
import { isMember, useRoomSnapshot } from '../../room/context.ts';
import { roomNav } from '../room-routes.tsx';

const TemplatesDialog = lazy(() => import('../templates/TemplatesDialog.tsx'));

/** The first screen: the stories on this computer. The built-in sample is always listed. */
export function Library() {
  const { story } = useMemo(() => loadSampleStory(), []);
  const title = localize(story.meta.title, story.meta.defaultLanguage);
  const description = story.meta.description ? localize(story.meta.description, story.meta.defaultLanguage) : '';
  const thumb = sampleThumbnail();
  const repo = useRepository();
  const { listings, openElsewhere, error, refresh } = useLibrary();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; undo?: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const roomSnap = useRoomSnapshot();
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), 10_000);
    return () => clearTimeout(timer);
  }, [message]);
  const active = listings?.filter((l) => !l.deletedAt) ?? [];
  const binned = listings?.filter((l) => l.deletedAt) ?? [];

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(false);
      void refresh();
    }
  };

  return (
    <main id="content" className="page library">
      <header className="library-header">
        <UiLanguageSwitch />
        <h1>
          <img src="favicon.svg" alt="" width={40} height={40} /> {t('app.name')}
        </h1>
        <p className="tagline">{t('app.tagline')}</p>
        <p>{t('library.intro')}</p>
        <div className="library-actions">
          <button
            type="button"
            className="button primary big"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                // A new story is written in the reader's UI language (its title too).
                const l = await createBlankStory(repo, t('library.newTitle'), getUiLanguage(), t('library.firstSceneTitle'));
                navigate({ name: 'edit', storyId: l.id });
              })
            }
          >
            <Icon name="plus" /> {t('library.new')}
          </button>
          <button type="button" className="button big" disabled={busy} onClick={() => setTemplatesOpen(true)}>
            <Icon name="star" /> {t('templates.open')}
          </button>
          <button
            type="button"
            className="button big"
            disabled={busy}
            onClick={() =>
              void act(async () => {
                const l = await createFromSample(repo, (title) => t('library.sampleCopyTitle', { title }));
                navigate({ name: 'edit', storyId: l.id });
              })
            }
          >
            <Icon name="copy" /> {t('library.fromSample')}
          </button>
          <LibraryFileActions busy={busy} onImported={() => void refresh()} />
          <ImportTourButton busy={busy} onOpen={(storyId) => navigate({ name: 'edit', storyId })} />
        </div>
        <p className="kit-link">
          {t('kit.linkHelp')}{' '}
          <a
            href={routePath({ name: 'workshops' })}
            onClick={(e) => {
              e.preventDefault();
              navigate({ name: 'workshops' });
            }}
          >
            {t('kit.link')}
          </a>
        </p>
        {(problem || error) && (
          <p className="library-problem" role="alert">
            <Icon name="warning" /> {problem ?? error}
          </p>
        )}
      </header>
      <RoomLibrary nav={roomNav} />
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading">{isMember(roomSnap) ? t('room.library.onThisLaptop') : t('library.title')}</h2>
        <ul className="story-grid">
          <li className="story-card featured">
            {thumb && <img className="story-thumb" src={thumb} alt="" width={512} height={256} />}
            <div className="story-card-body">
              <p className="badge">{t('library.builtIn')}</p>
              <h3 dir="auto">{title}</h3>
              {description && <p dir="auto">{description}</p>}
              <p className="meta">{sceneCount(story.scenes.length)}</p>
              <button
                type="button"
                className="button primary"
                aria-label={t('library.playStory', { title })}
                onClick={() => navigate({ name: 'play', storyId: SAMPLE_STORY_ID })}
              >
                ▶ {t('library.play')}
              </button>
            </div>
          </li>
          {active.map((l) => (
            <StoryCard
              key={l.id}
              listing={l}
              busy={busy}
              openElsewhere={openElsewhere.has(l.id)}
              act={act}
              onBinned={() => setMessage({ text: t('library.deleted', { title: titleOf(l) }), undo: l.id })}
            />
          ))}
        </ul>
        {listings && active.length === 0 && (
          <p className="hint">
            {t('library.none')}{' '}
            <button type="button" className="button small" disabled={busy} onClick={() => setTemplatesOpen(true)}>
              {t('templates.startFrom')}
            </button>
          </p>
        )}
      </section>
      {binned.length > 0 && <Bin listings={binned} busy={busy} act={act} />}
      <StoragePanel listings={listings} />
      {templatesOpen && (
        <Suspense fallback={null}>
          <TemplatesDialog onClose={() => setTemplatesOpen(false)} />
        </Suspense>
      )}
      <div className="notice-region" role="status" aria-live="polite">
        {message && (
          <p className="notice with-action">
            {message.text}{' '}
            {message.undo && (
              <button
                type="button"
                className="button small"
                onClick={() => {
                  const id = message.undo!;
                  setMessage(null);
                  void act(async () => void (await repo.restore(id)));
                }}
              >
                {t('library.undoDelete')}
              </button>
            )}
          </p>
        )}
      </div>
    </main>
  );
}
