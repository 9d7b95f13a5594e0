import { t } from '../../i18n/index.ts';
import { useRoom, useRoomSnapshot, type RoomNav } from '../context.ts';
import { NoHub } from '../JoinPage.tsx';
import { RoomHeader } from '../RoomHeader.tsx';
import { FacilitatorLogin } from '../StartSession.tsx';
import { HeadsetsPanel } from './HeadsetsPanel.tsx';
import '../room.css';

/** /room/headsets: the Headsets panel on a page of its own, behind the facilitator's passphrase. */
export function HeadsetsPage({ nav }: { nav: RoomNav }) {
  const room = useRoom();
  const snap = useRoomSnapshot();
  if (!room || !snap) return <NoHub nav={nav} />;
  const { info } = snap;
  return (
    <main className="page room-page facilitator-page">
      <RoomHeader links={[{ label: t('room.page.title'), onClick: nav.room }]} />
      <h1>{info.room ? t('showcase.pageTitle', { name: info.room.name }) : t('showcase.title')}</h1>
      {!info.room ? <p className="room-panel">{t('room.join.noSessionYet')}</p> : !info.facilitator ? <FacilitatorLogin /> : <HeadsetsPanel />}
    </main>
  );
}
