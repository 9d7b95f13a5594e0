import { useState } from 'react';
import { t } from '../i18n/index.ts';
import type { CollectionEntryInfo } from '../live/service-api.ts';
import { day } from './admin-words.ts';
import type { Editing, SectionProps } from './types.ts';
import { consentUseLabel } from './CollectionForm.tsx';

/** The collection: every kept story with its consent; edit, download, remove; the whole collection and the consent records as downloads. */
export function AdminCollection({ admin, data, attempt, reload, onEdit, onChanged }: SectionProps & { onEdit(e: Editing): void; onChanged(): void }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const remove = async (e: CollectionEntryInfo) => {
    const r = await attempt(() => admin.removeFromCollection(e.storyId));
    setConfirming(null);
    setMessage(r.ok ? t('admin.collection.removed', { title: e.title }) : r.error);
    onChanged();
    reload();
  };
  const edit = (e: CollectionEntryInfo) =>
    onEdit({ isNew: false, initial: { storyId: e.storyId, title: e.title, place: e.place, language: e.language, consent: { ...e.consent } } });

  return (
    <section id="admin-collection" aria-labelledby="admin-collection-title" className="admin-section">
      <h2 id="admin-collection-title">{t('admin.collection.title')}</h2>
      <p>{t('admin.collection.intro')}</p>
      {message && <p role="status">{message}</p>}
      {data.entries.length === 0 ? (
        <p className="room-empty">{t('admin.collection.none')}</p>
      ) : (
        <>
          <div className="card-actions">
            <a className="button primary" href={admin.collectionBackupUrl()} download aria-describedby="admin-collection-hint">
              {t('admin.collection.download')}
            </a>
            <a className="button" href={admin.recordsUrl()} download>
              {t('admin.collection.records')}
            </a>
          </div>
          <p className="hint" id="admin-collection-hint">
            {t('admin.collection.downloadHint')}
          </p>
          <ul className="admin-collection">
            {data.entries.map((e) => (
              <li key={e.storyId} className="room-panel">
                <h3>
                  <bdi>{e.title}</bdi>
                </h3>
                <p>
                  {e.place && <span>{t('admin.collection.place', { place: e.place })} · </span>}
                  {t('admin.collection.language', { language: e.language })}
                  {e.roomName && <span> · {t('admin.collection.from', { name: e.roomName })}</span>}
                </p>
                <p>{t('admin.collection.consent', { by: e.consent.by, date: day(e.consent.at), uses: e.consent.uses.map(consentUseLabel).join(', ') })}</p>
                {e.consent.note && <p className="hint">{e.consent.note}</p>}
                <div className="card-actions">
                  <button type="button" className="button small" onClick={() => edit(e)}>
                    {t('admin.collection.edit')}
                  </button>
                  <a className="button small quiet" href={admin.packageUrl(e.storyId)} download>
                    {t('admin.collection.downloadStory')}
                  </a>
                  {confirming === e.storyId ? (
                    <button type="button" className="button small danger" onClick={() => void remove(e)}>
                      {t('admin.collection.removeSure', { title: e.title })}
                    </button>
                  ) : (
                    <button type="button" className="button small quiet" onClick={() => setConfirming(e.storyId)}>
                      {t('admin.collection.remove')}
                    </button>
                  )}
                </div>
                {confirming === e.storyId && <p className="hint">{t('admin.collection.removeHint')}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
