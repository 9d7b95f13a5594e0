import { Fragment, useEffect, useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/index.ts';
import { MIN_PASSPHRASE_LENGTH } from '../live/codes.ts';
import type { AdminRoom, AdminStory } from '../live/service-api.ts';
import { relativeTime } from '../ui/when.ts';
import { day, today } from './admin-words.ts';
import type { Editing, SectionProps } from './types.ts';
import { EndRoomDialog } from './EndRoomDialog.tsx';

/** When a room is (or will be) cleaned up, in words. */
function status(r: AdminRoom): string[] {
  const lines = [r.endedAt ? t('admin.rooms.ended', { when: relativeTime(r.endedAt) }) : t('admin.rooms.open', { when: relativeTime(r.createdAt) })];
  if (r.purgedAt) lines.push(t('admin.rooms.purged', { when: relativeTime(r.purgedAt) }));
  else if (r.keep) lines.push(t('admin.rooms.keptNote'));
  else if (r.purgeAfter) lines.push(t('admin.rooms.purgeOn', { date: day(r.purgeAfter) }));
  return lines;
}

/** The sessions: every room with its code and state, keep, export, end, its stories; and starting one. */
export function AdminRooms({ admin, data, attempt, reload, collectionVersion, onCollect }: SectionProps & { collectionVersion: number; onCollect(e: Editing): void }) {
  const [open, setOpen] = useState<string | null>(null);
  const [ending, setEnding] = useState<AdminRoom | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  /** "Keep" as ticked, until the list read from the hub changes (then as the hub says). */
  const [keeping, setKeeping] = useState<Record<string, { value: boolean; was: boolean }>>({});
  const kept = (r: AdminRoom) => (keeping[r.id]?.was === r.keep ? keeping[r.id]!.value : r.keep);

  const keep = async (r: AdminRoom, value: boolean) => {
    setKeeping({ ...keeping, [r.id]: { value, was: r.keep } });
    const res = await attempt(() => admin.keepRoom(r.id, value));
    setMessage(res.ok ? null : res.error);
    if (!res.ok) setKeeping(({ [r.id]: _, ...rest }) => rest);
    reload();
  };

  return (
    <section id="admin-rooms" aria-labelledby="admin-rooms-title" className="admin-section">
      <h2 id="admin-rooms-title">{t('admin.rooms.title')}</h2>
      <p>{t('admin.rooms.intro')}</p>
      {message && <p role="status">{message}</p>}
      {data.rooms.length === 0 ? (
        <p className="room-empty">{t('admin.rooms.none')}</p>
      ) : (
        <div className="room-table-wrap">
          <table className="room-table admin-rooms">
            <thead>
              <tr>
                <th scope="col">{t('admin.rooms.name')}</th>
                <th scope="col">{t('admin.rooms.code')}</th>
                <th scope="col">{t('admin.rooms.status')}</th>
                <th scope="col">{t('admin.rooms.stories')}</th>
                <th scope="col">{t('admin.rooms.devices')}</th>
                <th scope="col">{t('admin.rooms.keep')}</th>
                <th scope="col">{t('admin.rooms.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.rooms.map((r) => (
                <Fragment key={r.id}>
                  <tr>
                    <th scope="row">
                      <bdi>{r.name}</bdi>
                    </th>
                    <td className="admin-code">{r.code ?? '–'}</td>
                    <td>
                      {status(r).map((line) => (
                        <div key={line}>{line}</div>
                      ))}
                    </td>
                    <td>{r.stories}</td>
                    <td>{r.devices}</td>
                    <td>
                      <input type="checkbox" className="admin-check" checked={kept(r)} aria-label={t('admin.rooms.keepLabel', { name: r.name })} onChange={(e) => void keep(r, e.target.checked)} />
                    </td>
                    <td className="admin-actions">
                      <button type="button" className="button small quiet" aria-expanded={open === r.id} onClick={() => setOpen(open === r.id ? null : r.id)} disabled={r.stories === 0}>
                        {open === r.id ? t('admin.rooms.hideStories') : t('admin.rooms.showStories')}
                      </button>
                      {r.stories > 0 && (
                        <a className="button small quiet" href={admin.roomBackupUrl(r.id)} download>
                          {t('admin.rooms.export')}
                        </a>
                      )}
                      {(!r.endedAt || (!r.purgedAt && r.stories > 0)) && (
                        <button type="button" className="button small danger" onClick={() => setEnding(r)}>
                          {r.endedAt ? t('admin.rooms.deletePhotos') : t('admin.rooms.end')}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open === r.id && (
                    <tr className="admin-room-stories">
                      <td colSpan={7}>
                        <RoomStories key={collectionVersion} admin={admin} room={r} attempt={attempt} onCollect={onCollect} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ending && (
        <EndRoomDialog
          room={ending}
          onClose={() => setEnding(null)}
          onEnd={async (deleteMedia) => {
            const res = await attempt(() => admin.endRoom(ending.id, deleteMedia));
            if (!res.ok) return res.error;
            const d = res.value.deleted;
            setMessage(deleteMedia ? t('admin.end.doneDeleted', { name: ending.name, stories: d.stories, media: d.media, kept: d.kept }) : t('admin.end.done', { name: ending.name }));
            setEnding(null);
            reload();
            return null;
          }}
        />
      )}
      <StartRoom {...{ admin, attempt, reload }} />
    </section>
  );
}

const titleOf = (s: AdminStory) => s.title[s.language] ?? Object.values(s.title)[0] ?? s.id;

function RoomStories({ admin, room, attempt, onCollect }: Pick<SectionProps, 'admin' | 'attempt'> & { room: AdminRoom; onCollect(e: Editing): void }) {
  const [stories, setStories] = useState<AdminStory[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void attempt(() => admin.room(room.id)).then((r) => (r.ok ? setStories(r.value.stories) : setError(r.error)));
  }, [admin, room.id, attempt]);
  if (error) return <p className="room-error">{error}</p>;
  if (!stories) return <p role="status">{t('admin.loading')}</p>;
  return (
    <section aria-label={t('admin.rooms.storiesOf', { name: room.name })}>
      <h3>{t('admin.rooms.storiesOf', { name: room.name })}</h3>
      {stories.length === 0 ? (
        <p>{t('admin.rooms.noStories')}</p>
      ) : (
        <ul className="admin-story-list">
          {stories.map((s) => (
            <li key={s.id}>
              <strong>
                <bdi>{titleOf(s)}</bdi>
              </strong> <span className="hint">({t('admin.rooms.scenes', { count: s.scenes, version: s.version })})</span>{' '}
              {s.inCollection ? (
                <span className="badge">{t('admin.rooms.inCollection')}</span>
              ) : (
                <button
                  type="button"
                  className="button small"
                  onClick={() =>
                    onCollect({ isNew: true, initial: { storyId: s.id, title: titleOf(s), place: '', language: s.language, consent: { by: '', at: today(), uses: [], note: '' } } })
                  }
                >
                  {t('admin.rooms.collect')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StartRoom({ admin, attempt, reload }: Pick<SectionProps, 'admin' | 'attempt' | 'reload'>) {
  const id = useId();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setMessage({ ok: false, text: t('room.start.needName') });
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setMessage({ ok: false, text: t('room.start.shortPassphrase', { count: MIN_PASSPHRASE_LENGTH }) });
    setBusy(true);
    const r = await attempt(() => admin.startRoom(name.trim(), passphrase));
    setBusy(false);
    if (!r.ok) return setMessage({ ok: false, text: r.error });
    setMessage({ ok: true, text: t('admin.start.started', { name: r.value.room.name, code: r.value.room.code ?? '' }) });
    setName('');
    setPassphrase('');
    reload();
  };
  return (
    <div className="room-panel">
      <h3 id={`${id}-title`}>{t('admin.start.title')}</h3>
      <form className="room-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
        <label htmlFor={`${id}-name`}>{t('room.start.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="off" placeholder={t('room.start.namePlaceholder')} />
        <label htmlFor={`${id}-pass`}>{t('room.start.passphrase')}</label>
        <p className="hint" id={`${id}-hint`}>
          {t('room.start.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
        </p>
        <input id={`${id}-pass`} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="new-password" aria-describedby={`${id}-hint`} />
        {message && (
          <p className={message.ok ? 'room-ok' : 'room-error'} role={message.ok ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {t('admin.start.submit')}
        </button>
      </form>
    </div>
  );
}
