import { useEffect, useState } from 'react';
import { t } from '../../i18n/index.ts';
import type { StoryListing } from '../../storage/repository.ts';
import { formatBytes, requestPersistence, storageStatus, type StorageStatus } from '../../storage/persistence.ts';
import { Icon } from '../../editor/icons.tsx';

/** How much this computer stores, and asking the browser to keep it (persistent storage). */
export function StoragePanel({ listings }: { listings: StoryListing[] | null }) {
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
