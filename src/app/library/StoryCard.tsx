import { useEffect, useMemo, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { navigate } from '../router.ts';
import type { StoryListing } from '../../storage/repository.ts';
import { useRepository } from '../../storage/context.ts';
import { idbAssetSource } from '../../storage/idb-asset-source.ts';
import { needsExport } from '../../storage/records.ts';
import { Icon } from '../../editor/icons.tsx';
import { exportStory } from '../../packages/exporter.ts';
import { PublishButton } from '../../publish/PublishButton.tsx';
import { RenameForm } from './RenameForm.tsx';
import { relativeTime, sceneCount, titleOf } from './text.ts';
import type { Act } from './useLibrary.ts';

/** The card's picture: a small copy of the start scene's photo, made once and kept. */
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

/** A story's card: picture, title, when it changed, and open, play, export, publish, rename, duplicate, delete. */
export function StoryCard(props: {
  listing: StoryListing;
  busy: boolean;
  openElsewhere: boolean;
  act: Act;
  onBinned(): void;
}) {
  const { listing: l, busy, act } = props;
  const title = titleOf(l);
  const repo = useRepository();
  const thumb = useStoryThumb(l.thumbnail);
  const [renaming, setRenaming] = useState(false);
  const locked = props.openElsewhere;
  const reminder = needsExport(l);
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
          <h3 dir="auto">{title}</h3>
        )}
        <p className="meta">
          {sceneCount(l.sceneCount)} · {t('library.edited', { when: relativeTime(l.updatedAt) })}
        </p>
        {reminder && (
          <p className="export-reminder">
            <Icon name="save" /> {t(reminder === 'changed' ? 'library.exportReminder' : 'library.exportReminderNever')}
          </p>
        )}
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
