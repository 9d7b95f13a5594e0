import { useEffect, useState } from 'react';
import { t } from '../i18n/index.ts';
import { deviceName } from './device-name.ts';
import type { RoomsReply } from '../live/api.ts';
import type { z } from 'zod';
import type { RoomSnapshot } from '../storage/hub/room-state.ts';
import { useRoom, useRoomSnapshot, type RoomNav } from './context.ts';
import { EndSession } from './EndSession.tsx';
import { roomErrorText } from './errors.ts';
import { NoHub } from './JoinPage.tsx';
import { RoomHeader } from './RoomHeader.tsx';
import { RoomStoriesTable } from './RoomStoriesTable.tsx';
import { FacilitatorLogin, StartSession } from './StartSession.tsx';
import { HeadsetsPanel } from './showcase/HeadsetsPanel.tsx';
import { relativeTime } from '../ui/when.ts';
import './room.css';

/**
 * /room, the facilitator's page (passphrase): the session's stories live, the headsets to guide
 * (showcase, #16; also on a page of its own), the devices in the room, export everything, and ending
 * the session. On the hub laptop with no session: start one.
 */
export function RoomPage({ nav }: { nav: RoomNav }) {
  const room = useRoom();
  const snap = useRoomSnapshot();
  const [ended, setEnded] = useState<string | null>(null);
  if (!room || !snap) return <NoHub nav={nav} />;
  const { info } = snap;
  const back = (
    <RoomHeader
      links={[
        { label: t('room.backToLibrary'), onClick: nav.library },
        !!info.room && { label: t('room.page.showJoin'), onClick: nav.join },
        info.facilitator && !!info.room && { label: t('showcase.title'), onClick: nav.headsets },
        info.facilitator && { label: t('room.login.logout'), onClick: () => void room.state.logout() },
      ]}
    />
  );
  if (!info.room) {
    return (
      <main className="page room-page">
        {back}
        <h1>{t('room.page.title')}</h1>
        {ended && (
          <p className="room-panel room-ok" role="status">
            {ended}
          </p>
        )}
        {info.local ? <StartSession /> : <p className="room-panel">{t('room.join.noSessionYet')}</p>}
      </main>
    );
  }
  if (!info.facilitator) {
    return (
      <main className="page room-page">
        {back}
        <h1>{t('room.page.titleNamed', { name: info.room.name })}</h1>
        <FacilitatorLogin />
      </main>
    );
  }
  return (
    <main className="page room-page facilitator-page">
      {back}
      <h1>{t('room.page.titleNamed', { name: info.room.name })}</h1>
      <p className="join-code-line">
        {t('room.join.codeIs')} <strong className="join-code small">{info.room.code}</strong>
        {snap.live !== 'open' && (
          <span className="room-offline" role="status">
            {t('room.page.reconnecting')}
          </span>
        )}
      </p>
      <section aria-labelledby="room-stories-title">
        <h2 id="room-stories-title">{t('room.stories.title')}</h2>
        <RoomStoriesTable stories={snap.stories} nav={nav} />
      </section>
      <HeadsetsPanel />
      <Devices devices={snap.devices} />
      <EndSession stories={snap.stories?.length ?? 0} onEnded={setEnded} />
      <PastSessions />
    </main>
  );
}

function Devices({ devices }: { devices: RoomSnapshot['devices'] }) {
  return (
    <section aria-labelledby="room-devices-title" className="room-devices">
      <h2 id="room-devices-title">{t('room.devices.title')}</h2>
      {!devices ? (
        <p role="status">{t('room.stories.loading')}</p>
      ) : devices.length === 0 ? (
        <p>{t('room.devices.none')}</p>
      ) : (
        <ul className="device-list">
          {devices.map((d) => (
            <li key={d.id} className={d.online ? 'online' : 'offline'}>
              <strong>
                <bdi>{deviceName(d.name)}</bdi>
              </strong> <span className="device-state">{d.online ? t('room.devices.online') : t('room.devices.offline', { when: relativeTime(d.lastSeenAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Earlier sessions on this hub, and bringing their stories into this one. */
function PastSessions() {
  const room = useRoom();
  const [rooms, setRooms] = useState<z.infer<typeof RoomsReply>['past'] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void room?.client
      .rooms()
      .then((r) => setRooms(r.past.filter((p) => p.stories > 0)))
      .catch(() => setRooms([]));
  }, [room]);
  if (!room || !rooms || rooms.length === 0) return null;
  const adopt = async (id: string, name: string) => {
    try {
      await room.client.adopt(id);
      setRooms(rooms.filter((r) => r.id !== id));
      setMessage(t('room.past.adopted', { name }));
    } catch (e) {
      setMessage(roomErrorText(e));
    }
  };
  return (
    <section aria-labelledby="room-past-title" className="room-past">
      <h2 id="room-past-title">{t('room.past.title')}</h2>
      <ul>
        {rooms.map((r) => (
          <li key={r.id}>
            {t('room.past.item', { name: r.name, count: r.stories, when: relativeTime(r.endedAt ?? r.createdAt) })}{' '}
            <button type="button" className="button small quiet" onClick={() => void adopt(r.id, r.name)}>
              {t('room.past.adopt')}
            </button>
          </li>
        ))}
      </ul>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
