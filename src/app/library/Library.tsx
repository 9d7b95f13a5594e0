import { Suspense, lazy, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { getUiLanguage, t, type MessageKey } from '../../i18n/index.ts';
import { navigate, routePath } from '../router.ts';
import { SAMPLE_STORY_ID, loadSampleStory, sampleThumbnail } from '../sample.ts';
import { localize } from '../../story/text.ts';
import { createBlankStory, createFromSample } from '../stories.ts';
import type { StoryListing } from '../../storage/repository.ts';
import { useRepository } from '../../storage/context.ts';
import { idbAssetSource } from '../../storage/idb-asset-source.ts';
import { StorageError } from '../../storage/errors.ts';
import { needsExport } from '../../storage/records.ts';
import { storiesOpenElsewhere } from '../../storage/locks.ts';
import { formatBytes, requestPersistence, storageStatus, type StorageStatus } from '../../storage/persistence.ts';
import { Icon } from '../../editor/icons.tsx';
import { ImportTourButton } from '../../editor/import/ImportTourButton.tsx';
import { exportStory } from '../../packages/exporter.ts';
import { LibraryFileActions } from '../../packages/LibraryFileActions.tsx';
import { PublishButton } from '../../publish/PublishButton.tsx';
import { UiLanguageSwitch } from '../UiLanguageSwitch.tsx';

const TemplatesDialog = lazy(() => import('../templates/TemplatesDialog.tsx'));

const sceneCount = (n: number) => (n === 1 ? t('library.oneScene') : t('library.scenes', { count: n }));
const titleOf = (l: StoryListing) => localize(l.title, l.language) || t('library.newTitle');

function relativeTime(iso: string): string {
  const diff = (new Date(iso).getTime() - Date.now()) / 1000;
  const rtf = new Intl.RelativeTimeFormat(document.documentElement.lang || 'en', { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < 45) return rtf.format(0, 'second');
  if (abs < 3600) return rtf.format(Math.round(diff / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(diff / 3600), 'hour');
  if (abs < 86400 * 30) return rtf.format(Math.round(diff / 86400), 'day');
  return new Date(iso).toLocaleDateString();
}

function errorText(e: unknown): string {
  return e instanceof StorageError ? t(`storage.error.${e.kind}` as MessageKey) : t('storage.error.failed');
}

/** The library's stories, kept fresh when this or another tab writes. */
function useLibrary() {
  const repo = useRepository();
  const [listings, setListings] = useState<StoryListing[] | null>(null);
  const [openElsewhere, setOpenElsewhere] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const [all, open] = await Promise.all([repo.list(), storiesOpenElsewhere()]);
      setListings(all);
      setOpenElsewhere(open);
      setError(null);
    } catch (e) {
      setListings([]);
      setError(errorText(e));
    }
  }, [repo]);
  useEffect(() => {
    void Promise.resolve().then(refresh);
    const stop = repo.onChange(() => void refresh());
    const onVisible = () => document.visibilityState === 'visible' && void refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [repo, refresh]);
  return { listings, openElsewhere, error, refresh };
}

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
          <img src="/favicon.svg" alt="" width={40} height={40} /> {t('app.name')}
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
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading">{t('library.title')}</h2>
        <ul className="story-grid">
          <li className="story-card">
            {thumb && <img className="story-thumb" src={thumb} alt="" width={512} height={256} />}
            <div className="story-card-body">
              <p className="badge">{t('library.builtIn')}</p>
              <h3>{title}</h3>
              {description && <p>{description}</p>}
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

function useStoryThumb(hash: string | null): string | null {
  const repo = useRepository();
  const source = useMemo(() => idbAssetSource(repo), [repo]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!hash) return;
    let live = true;
    void source.getThumbnailUrl(hash).then((u) => live && setUrl(u));
    return () => {
      live = false;
      source.releaseThumbnail(hash);
    };
  }, [hash, source]);
  useEffect(() => () => source.dispose(), [source]);
  return hash ? url : null;
}

function StoryCard(props: {
  listing: StoryListing;
  busy: boolean;
  openElsewhere: boolean;
  act(work: () => Promise<void>): Promise<void>;
  onBinned(): void;
}) {
  const { listing: l, busy, act } = props;
  const title = titleOf(l);
  const repo = useRepository();
  const thumb = useStoryThumb(l.thumbnail);
  const [renaming, setRenaming] = useState(false);
  const locked = props.openElsewhere;
  return (
    <li className="story-card">
      {thumb ? (
        <img className="story-thumb" src={thumb} alt="" width={512} height={256} />
      ) : (
        <div className="story-thumb empty" aria-hidden="true">
          360°
        </div>
      )}
      <div className="story-card-body">
        {locked && <p className="badge warn">{t('library.openElsewhere')}</p>}
        {renaming ? (
          <RenameForm
            title={title}
            onCancel={() => setRenaming(false)}
            onSave={(next) => {
              setRenaming(false);
              void act(async () => void (await repo.rename(l.id, next)));
            }}
          />
        ) : (
          <h3>{title}</h3>
        )}
        <p className="meta">
          {sceneCount(l.sceneCount)} · {t('library.edited', { when: relativeTime(l.updatedAt) })}
        </p>
        {needsExport(l) && <p className="export-reminder"><Icon name="save" /> {t('library.exportReminder')}</p>}
        <div className="card-actions">
          <button
            type="button"
            className="button primary"
            aria-label={t('library.openStory', { title })}
            onClick={() => navigate({ name: 'edit', storyId: l.id })}
          >
            <Icon name="edit" /> {t('library.open')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('library.playStory', { title })}
            onClick={() => navigate({ name: 'play', storyId: l.id })}
          >
            ▶ {t('library.play')}
          </button>
          <button
            type="button"
            className="button"
            aria-label={t('library.exportStory', { title })}
            disabled={busy}
            onClick={() => void act(async () => void (await exportStory(repo, { storyId: l.id })))}
          >
            <Icon name="save" /> {t('library.export')}
          </button>
          <PublishButton storyId={l.id} title={title} label={t('library.publishStory', { title })} />
        </div>
        <div className="card-actions secondary">
          <button
            type="button"
            className="button small quiet"
            aria-label={t('library.renameStory', { title })}
            disabled={busy || locked || renaming}
            onClick={() => setRenaming(true)}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            className="button small quiet"
            aria-label={t('library.duplicateStory', { title })}
            disabled={busy}
            onClick={() =>
              void act(async () => void (await repo.duplicate(l.id, { title: { ...l.title, [l.language]: t('library.copyTitle', { title }) } })))
            }
          >
            {t('library.duplicate')}
          </button>
          <button
            type="button"
            className="button small quiet danger"
            aria-label={t('library.deleteStory', { title })}
            disabled={busy || locked}
            onClick={() =>
              void act(async () => {
                await repo.moveToBin(l.id);
                props.onBinned();
              })
            }
          >
            {t('library.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}

function RenameForm({ title, onSave, onCancel }: { title: string; onSave(title: string): void; onCancel(): void }) {
  const [value, setValue] = useState(title);
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label htmlFor={id}>{t('library.renameLabel')}</label>
      <input id={id} ref={ref} type="text" value={value} maxLength={200} onChange={(e) => setValue(e.target.value)} />
      <div className="card-actions">
        <button type="submit" className="button small primary">
          {t('library.renameSave')}
        </button>
        <button type="button" className="button small quiet" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}

function Bin({ listings, busy, act }: { listings: StoryListing[]; busy: boolean; act(work: () => Promise<void>): Promise<void> }) {
  const repo = useRepository();
  return (
    <section className="bin" aria-labelledby="bin-heading">
      <details>
        <summary>
          <h2 id="bin-heading"><Icon name="trash" /> {t('library.bin', { count: listings.length })}</h2>
        </summary>
        <p className="hint">{t('library.binHelp')}</p>
        <ul className="bin-list">
          {listings.map((l) => {
            const title = titleOf(l);
            return (
              <li key={l.id}>
                <span className="bin-title">{title}</span>
                <button
                  type="button"
                  className="button small"
                  disabled={busy}
                  aria-label={t('library.restoreStory', { title })}
                  onClick={() => void act(async () => void (await repo.restore(l.id)))}
                >
                  <Icon name="restore" /> {t('library.restore')}
                </button>
                <button
                  type="button"
                  className="button small quiet danger"
                  disabled={busy}
                  aria-label={t('library.purgeStory', { title })}
                  onClick={() => {
                    if (window.confirm(t('library.purgeConfirm', { title }))) void act(async () => void (await repo.purge(l.id)));
                  }}
                >
                  {t('library.purge')}
                </button>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}

function StoragePanel({ listings }: { listings: StoryListing[] | null }) {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<'granted' | 'refused' | 'unsupported' | null>(null);
  useEffect(() => {
    void storageStatus().then(setStatus);
  }, [listings]);
  if (!status) return null;
  const persisted = status.persisted === true || asked === 'granted';
  return (
    <section className="storage-panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('library.storage')}</h2>
      <p>
        {status.usage !== null && status.quota !== null
          ? t('library.storageUsed', { used: formatBytes(status.usage), quota: formatBytes(status.quota) })
          : t('library.storageUnknown')}
      </p>
      {persisted ? (
        <p className="ok"><Icon name="check" /> {t('library.persisted')}</p>
      ) : (
        <>
          <p>{t('library.persistExplain')}</p>
          {asked !== 'unsupported' && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void requestPersistence().then((r) => {
                  setAsked(r);
                  void storageStatus().then(setStatus);
                })
              }
            >
              <Icon name="lock" /> {t('library.persistAsk')}
            </button>
          )}
          {asked === 'refused' && <p role="status">{t('library.persistRefused')}</p>}
          {asked === 'unsupported' && <p role="status">{t('library.persistUnsupported')}</p>}
        </>
      )}
    </section>
  );
}
