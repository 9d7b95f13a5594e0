import { useCallback, useEffect, useState } from 'react';
import { t } from '../i18n/index.ts';
import type { AdminClient } from './admin-client.ts';
import { adminErrorText, loggedOut } from './admin-words.ts';
import { AdminCollection } from './AdminCollection.tsx';
import { AdminRetention } from './AdminRetention.tsx';
import { AdminRooms } from './AdminRooms.tsx';
import { CollectionForm } from './CollectionForm.tsx';
import type { AdminData, Editing } from './types.ts';

/** Everything a logged-in admin sees: sessions, the collection, retention (one page, three sections). */
export function AdminDashboard({ admin, onLoggedOut }: { admin: AdminClient; onLoggedOut(): void }) {
  const [data, setData] = useState<AdminData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  /** Bumped when the collection changes, so open story lists read their "in the collection" marks again. */
  const [collectionVersion, setCollectionVersion] = useState(0);

  /** Runs an admin call; a lost log-in sends the page back to the log-in form, other errors are returned as words. */
  const attempt = useCallback(
    async <T,>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> => {
      try {
        return { ok: true, value: await work() };
      } catch (e) {
        if (loggedOut(e)) onLoggedOut();
        return { ok: false, error: adminErrorText(e) };
      }
    },
    [onLoggedOut],
  );

  const [asked, setAsked] = useState(0);
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const [rooms, entries, retention] = await Promise.all([admin.rooms(), admin.collection(), admin.retention()]);
      return { rooms: rooms.rooms, retentionDays: rooms.retentionDays, entries, runs: retention.runs };
    }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      live = false;
    };
  }, [admin, attempt, asked]);

  if (!data)
    return error ? (
      <p className="room-error" role="alert">
        {error}
      </p>
    ) : (
      <p role="status">{t('admin.loading')}</p>
    );

  const shared = { admin, data, attempt, reload };
  return (
    <>
      <p>{t('admin.intro')}</p>
      <nav aria-label={t('admin.sections')} className="admin-sections">
        <a href="#admin-rooms">{t('admin.rooms.title')}</a>
        <a href="#admin-collection">{t('admin.collection.title')}</a>
        <a href="#admin-retention">{t('admin.retention.title')}</a>
      </nav>
      {error && (
        <p className="room-error" role="alert">
          {error}
        </p>
      )}
      <AdminRooms {...shared} collectionVersion={collectionVersion} onCollect={setEditing} />
      <AdminCollection {...shared} onEdit={setEditing} onChanged={() => setCollectionVersion((v) => v + 1)} />
      <AdminRetention {...shared} />
      {editing && (
        <CollectionForm
          key={editing.initial.storyId}
          editing={editing}
          onClose={() => setEditing(null)}
          onSave={async (body) => {
            const r = await attempt(() => admin.collect(body));
            if (!r.ok) return r.error;
            setEditing(null);
            setCollectionVersion((v) => v + 1);
            reload();
            return null;
          }}
        />
      )}
    </>
  );
}
