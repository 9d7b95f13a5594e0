import { useState } from 'react';
import { t } from '../i18n/index.ts';
import { deviceName } from './device-name.ts';
import type { StorySummary } from '../live/api.ts';
import { useRoom, type RoomNav } from './context.ts';
import { roomErrorText } from './errors.ts';
import { exportRoomStory, titleOf } from './export.ts';
import { HeadsetQr } from './HeadsetQr.tsx';
import { OpenFromRoom } from './OpenFromRoom.tsx';
import { relativeTime } from '../ui/when.ts';

/**
 * The session's stories for the facilitator, live: which group (the device that saved last),
 * scenes, last change, "things to check", phone photos waiting; open, play or export any story.
 */
export function RoomStoriesTable({ stories, nav }: { stories: StorySummary[] | null; nav: RoomNav }) {
  const room = useRoom();
  const [status, setStatus] = useState<string | null>(null);
  if (!room) return null;
  if (!stories) return <p role="status">{t('room.stories.loading')}</p>;
  if (stories.length === 0) return <p className="room-empty">{t('room.stories.none')}</p>;

  const exportOne = async (s: StorySummary) => {
    const title = titleOf(s.title, s.language);
    setStatus(t('room.stories.exporting', { title }));
    try {
      const r = await exportRoomStory(room.client, s.id, title);
      setStatus(r === 'exported' ? t('room.stories.exported', { title }) : null);
    } catch (e) {
      setStatus(roomErrorText(e));
    }
  };

  return (
    <>
      <div className="room-table-wrap">
        <table className="room-table">
          <caption className="visually-hidden">{t('room.stories.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('room.stories.story')}</th>
              <th scope="col">{t('room.stories.group')}</th>
              <th scope="col">{t('room.stories.scenes')}</th>
              <th scope="col">{t('room.stories.changed')}</th>
              <th scope="col">{t('room.stories.toCheck')}</th>
              <th scope="col">{t('room.stories.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((s) => {
              const title = titleOf(s.title, s.language);
              return (
                <tr key={s.id} data-story-id={s.id}>
                  <th scope="row">
                    <bdi>{title}</bdi>
                    {s.inbox > 0 && <span className="badge">{t('room.stories.inbox', { count: s.inbox })}</span>}
                  </th>
                  <td>
                    <bdi>{deviceName(s.updatedBy)}</bdi>
                  </td>
                  <td>{s.scenes}</td>
                  <td>
                    <time dateTime={s.updatedAt}>{relativeTime(s.updatedAt)}</time>
                  </td>
                  <td className={s.problems ? 'to-check' : undefined}>{s.problems}</td>
                  <td>
                    <div className="card-actions">
                      <OpenFromRoom story={s} nav={nav} small />
                      <button type="button" className="button small" onClick={() => nav.play(s.id, true)} aria-label={t('library.playStory', { title })}>
                        {t('library.play')}
                      </button>
                      <HeadsetQr storyId={s.id} title={title} />
                      <button type="button" className="button small quiet" onClick={() => void exportOne(s)} aria-label={t('room.stories.exportStory', { title })}>
                        {t('room.stories.export')}
                      </button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {status && (
        <p role="status" className="hint">
          {status}
        </p>
      )}
    </>
  );
}
