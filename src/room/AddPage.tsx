import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/index.ts';
import { isMember, useRoom, useRoomSnapshot, type RoomNav } from './context.ts';
import { roomErrorText } from './errors.ts';
import { titleOf } from './export.ts';
import { JoinForm } from './JoinForm.tsx';
import { NoHub } from './JoinPage.tsx';
import { sendFile, type UploadHandle, type UploadState } from './upload.ts';
import './room.css';

interface Item {
  key: number;
  name: string;
  state: UploadState;
}
let keys = 0;

/**
 * /add/<storyId>, the phone page (opened by the QR of "Add photos from a phone"): pick 360° photos
 * and sounds, each sent with its own progress, resuming by itself when the Wi-Fi or the hub comes
 * back. The laptop's editor takes them into the story.
 */
export function AddPage({ storyId, nav }: { storyId: string; nav: RoomNav }) {
  const room = useRoom();
  const snap = useRoomSnapshot();
  const [title, setTitle] = useState<string | null>(null);
  const [storyError, setStoryError] = useState<string | null>(null);
  const [items, setItems] = useState<Item[]>([]);
  const handles = useRef(new Map<number, UploadHandle>());
  const member = isMember(snap);

  useEffect(() => {
    if (!room || !member) return;
    room.client
      .story(storyId)
      .then((s) => {
        const doc = s.doc as { meta?: { title?: Record<string, string>; defaultLanguage?: string } };
        setTitle(titleOf(doc.meta?.title ?? {}, doc.meta?.defaultLanguage ?? 'en'));
      })
      .catch((e: unknown) => setStoryError(roomErrorText(e)));
  }, [room, member, storyId]);
  useEffect(() => {
    const all = handles.current;
    return () => all.forEach((h) => h.abort());
  }, []);

  if (!room || !snap) return <NoHub nav={nav} />;
  if (!member) {
    return (
      <main className="page room-page phone-page">
        <h1>{t('room.add.joinFirst')}</h1>
        <section className="room-panel">
          <JoinForm autoFocus />
        </section>
      </main>
    );
  }
  if (storyError) {
    return (
      <main className="page room-page phone-page">
        <h1>{t('room.add.title')}</h1>
        <p className="room-error" role="alert">
          {storyError}
        </p>
      </main>
    );
  }

  const add = (files: FileList | null) => {
    for (const file of [...(files ?? [])]) {
      const key = ++keys;
      setItems((xs) => [...xs, { key, name: file.name, state: { state: 'checking' } }]);
      const handle = sendFile(file, {
        endpoint: room.client.uploadsUrl(),
        storyId,
        onState: (state) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, state } : x))),
      });
      handles.current.set(key, handle);
    }
  };

  return (
    <main className="page room-page phone-page">
      <h1>{title ? t('room.add.titleFor', { title }) : t('room.add.title')}</h1>
      <p>{t('room.add.intro')}</p>
      <label className="button primary big file-pick">
        {t('room.add.pick')}
        <input type="file" multiple accept="image/*,audio/*,video/*" className="visually-hidden" onChange={(e) => (add(e.target.files), (e.target.value = ''))} />
      </label>
      <p className="hint">{t('room.add.hint')}</p>
      {items.length > 0 && (
        <ul className="upload-list" aria-label={t('room.add.listLabel')}>
          {items.map((x) => (
            <UploadRow key={x.key} item={x} onRetry={() => handles.current.get(x.key)?.retry()} />
          ))}
        </ul>
      )}
    </main>
  );
}

function UploadRow({ item, onRetry }: { item: Item; onRetry(): void }) {
  const s = item.state;
  const pct = (sent: number, total: number) => (total > 0 ? Math.floor((sent / total) * 100) : 0);
  return (
    <li className={`upload-item is-${s.state}`} data-file={item.name}>
      <p className="upload-name">{item.name}</p>
      {s.state === 'checking' && <p role="status">{t('room.add.checking')}</p>}
      {(s.state === 'sending' || s.state === 'waiting') && (
        <>
          <progress max={100} value={pct(s.sent, s.total)} aria-label={t('room.add.progressLabel', { name: item.name })} />
          <p role="status">{s.state === 'sending' ? t('room.add.sending', { percent: pct(s.sent, s.total) }) : t('room.add.waiting', { percent: pct(s.sent, s.total) })}</p>
        </>
      )}
      {s.state === 'done' && (
        <>
          <p role="status" className="room-ok">
            {t('room.add.done')}
          </p>
          {s.entry && s.entry.notes.length > 0 && <p className="hint">{s.entry.notes.join(' ')}</p>}
        </>
      )}
      {s.state === 'failed' && (
        <div role="alert">
          <p className="room-error">{s.message}</p>
          {s.canRetry && (
            <button type="button" className="button small" onClick={onRetry}>
              {t('room.add.retry')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
