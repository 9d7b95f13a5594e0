import { t } from '../i18n/index.ts';
import { deviceName } from './device-name.ts';
import { isMember, useRoom, useRoomSnapshot, type RoomNav } from './context.ts';
import { roomErrorText } from './errors.ts';
import { titleOf } from './export.ts';
import { HeadsetQr } from './HeadsetQr.tsx';
import { JoinForm } from './JoinForm.tsx';
import { OpenFromRoom } from './OpenFromRoom.tsx';
import { StartSession } from './StartSession.tsx';
import { relativeTime, sceneCount } from '../ui/when.ts';
import './room.css';

/**
 * The library's room part, above "On this laptop": start a session (the hub laptop), join the
 * room (other devices), or, in the room, where this device is and the room's stories, live.
 */
export function RoomLibrary({ nav }: { nav: RoomNav }) {
  const room = useRoom();
  const snap = useRoomSnapshot();
  if (!room || !snap) return null;
  const { info } = snap;
  if (!info.room) {
    return info.local ? <StartSession /> : <p className="room-panel">{t('room.join.noSessionYet')}</p>;
  }
  if (!isMember(snap)) {
    return (
      <section className="room-panel" aria-labelledby="room-join-title">
        <h2 id="room-join-title">{t('room.join.titleNamed', { name: info.room.name })}</h2>
        <p>{t('room.join.intro')}</p>
        <JoinForm initialError={room.joinError ? roomErrorText(room.joinError) : null} />
      </section>
    );
  }
  const stories = snap.stories;
  return (
    <section className="room-stories" aria-labelledby="room-stories-heading">
      <div className="room-strip">
        <p>
          {info.room.device
            ? t('room.library.inRoomAs', { name: info.room.name, device: deviceName(info.room.device.name) })
            : t('room.library.inRoom', { name: info.room.name })}
          {snap.live !== 'open' && snap.live !== 'connecting' && (
            <span className="room-offline" role="status">
              {' '}
              {t('room.library.away')}
            </span>
          )}
        </p>
        <div className="card-actions">
          <button type="button" className="button small quiet" onClick={nav.join}>
            {t('room.page.showJoin')}
          </button>
          <button type="button" className="button small quiet" onClick={nav.room}>
            {t('room.page.facilitator')}
          </button>
        </div>
      </div>
      <h2 id="room-stories-heading">{t('room.library.title')}</h2>
      {!stories ? (
        <p role="status">{t('room.stories.loading')}</p>
      ) : stories.length === 0 ? (
        <p className="room-empty">{t('room.library.none')}</p>
      ) : (
        <ul className="story-grid room-story-grid">
          {stories.map((s) => {
            const title = titleOf(s.title, s.language);
            return (
              <li key={s.id} className="story-card room-card" data-room-story={s.id}>
                <div className="story-card-body">
                  <h3>
                    <bdi>{title}</bdi>
                  </h3>
                  <p className="meta">
                    {sceneCount(s.scenes)} · {t('room.library.changedBy', { device: deviceName(s.updatedBy), when: relativeTime(s.updatedAt) })}
                  </p>
                  {room.repo.isRoomStory(s.id) && <span className="badge">{t('room.library.hereToo')}</span>}
                  {s.inbox > 0 && <span className="badge">{t('room.stories.inbox', { count: s.inbox })}</span>}
                  <div className="card-actions">
                    <OpenFromRoom story={s} nav={nav} />
                    <button type="button" className="button" onClick={() => nav.play(s.id, true)} aria-label={t('library.playStory', { title })}>
                      {t('library.play')}
                    </button>
                    <HeadsetQr storyId={s.id} title={title} />
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
