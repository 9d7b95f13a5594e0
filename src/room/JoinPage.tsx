import { t } from '../i18n/index.ts';
import { deviceName } from './device-name.ts';
import { addressesForOthers, withJoin } from '../storage/hub/addresses.ts';
import { QrCode } from '../ui/QrCode.tsx';
import { isMember, useRoom, useRoomSnapshot, type RoomNav } from './context.ts';
import { JoinForm } from './JoinForm.tsx';
import { RoomHeader } from './RoomHeader.tsx';
import { StartSession } from './StartSession.tsx';
import './room.css';

/**
 * /join, "Join this room": the page for the big screen. Every address of the hub with a QR code
 * for each (the QR joins at once: it carries the code), the code in big letters for typing, and
 * the certificate's fingerprint to check against the hub's window and the devices' warnings.
 * On a device that has not joined, the form to join.
 */
export function JoinPage({ nav }: { nav: RoomNav }) {
  const room = useRoom();
  const snap = useRoomSnapshot();
  if (!room || !snap) return <NoHub nav={nav} />;
  const { info } = snap;
  const header = (
    <RoomHeader
      links={[
        { label: t('room.backToLibrary'), onClick: nav.library },
        info.facilitator && { label: t('room.page.facilitator'), onClick: nav.room },
      ]}
    />
  );
  if (!info.room) {
    return (
      <main className="page room-page">
        {header}
        <h1>{t('room.join.title')}</h1>
        {info.local ? <StartSession /> : <p className="room-panel">{t('room.join.noSessionYet')}</p>}
      </main>
    );
  }
  if (!info.room.code) {
    return (
      <main className="page room-page">
        {header}
        <h1>{t('room.join.titleNamed', { name: info.room.name })}</h1>
        <section className="room-panel">
          <JoinForm autoFocus initialError={null} />
        </section>
        <Fingerprint value={info.fingerprint} />
      </main>
    );
  }
  const code = info.room.code;
  const links = addressesForOthers(info).map((a) => ({ address: a, link: withJoin(a, '', code) }));
  return (
    <main className="page room-page join-page">
      {header}
      <h1>{t('room.join.titleNamed', { name: info.room.name })}</h1>
      <p className="join-code-line">
        {t('room.join.codeIs')} <strong className="join-code">{info.room.code}</strong>
      </p>
      <p className="join-steps">{t('room.join.steps')}</p>
      {links.length === 0 ? (
        <p className="room-panel">{t('room.join.noAddresses')}</p>
      ) : (
        <ul className="join-addresses">
          {links.map(({ address, link }) => (
            <li key={address} className="join-address">
              <QrCode text={link} size={240} label={t('room.join.qrFor', { address })} />
              <p className="join-url" dir="ltr">
                {address}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Fingerprint value={info.fingerprint} />
      {isMember(snap) && !info.local && <p className="hint">{t('room.join.youAreIn', { device: deviceName(info.room.device?.name ?? '') })}</p>}
    </main>
  );
}

function Fingerprint({ value }: { value: string }) {
  return (
    <section className="room-panel fingerprint" aria-labelledby="fingerprint-title">
      <h2 id="fingerprint-title">{t('room.join.warningTitle')}</h2>
      <p>{t('room.join.warning')}</p>
      <p>{t('room.join.fingerprintIntro')}</p>
      <p className="fingerprint-value" translate="no" dir="ltr">
        {value}
      </p>
    </section>
  );
}

/** /join, /room or /add opened where there is no hub (the dev server, a published site). */
export function NoHub({ nav }: { nav: RoomNav }) {
  return (
    <main className="page message-page">
      <h1>{t('room.noHub.title')}</h1>
      <p>{t('room.noHub.text')}</p>
      <button type="button" className="button primary" onClick={nav.library}>
        {t('room.backToLibrary')}
      </button>
    </main>
  );
}
