import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/index.ts';
import { MIN_PASSPHRASE_LENGTH } from '../live/codes.ts';
import { useRoom } from './context.ts';
import { useRoomAction } from './useRoomAction.ts';
import { PassphraseLogin } from './PassphraseLogin.tsx';
import { roomErrorText } from './errors.ts';

/**
 * "Start a session" (the hub laptop only): the room's name and the facilitator's passphrase. The
 * hub then makes the join code for the big screen; this browser becomes the facilitator.
 */
export function StartSession() {
  const room = useRoom();
  const id = useId();
  const [name, setName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, setError, run } = useRoomAction();
  if (!room) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError(t('room.start.needName'));
    if (passphrase.length < MIN_PASSPHRASE_LENGTH) return setError(t('room.start.shortPassphrase', { count: MIN_PASSPHRASE_LENGTH }));
    await run(() => room.state.startRoom(name.trim(), passphrase));
  };

  return (
    <section className="room-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.start.title')}</h2>
      <p>{t('room.start.intro')}</p>
      <form className="room-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={`${id}-name`}>{t('room.start.name')}</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} maxLength={80} autoComplete="off" placeholder={t('room.start.namePlaceholder')} />
        <label htmlFor={`${id}-pass`}>{t('room.start.passphrase')}</label>
        <p className="hint" id={`${id}-pass-hint`}>
          {t('room.start.passphraseHint', { count: MIN_PASSPHRASE_LENGTH })}
        </p>
        <input
          id={`${id}-pass`}
          type="password"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          autoComplete="new-password"
          aria-describedby={`${id}-pass-hint`}
        />
        {error && (
          <p className="room-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary big" disabled={busy}>
          {busy ? t('room.start.starting') : t('room.start.submit')}
        </button>
      </form>
    </section>
  );
}

/** The facilitator's passphrase (rate-limited by the hub: it says how long to wait). */
export function FacilitatorLogin() {
  const room = useRoom();
  if (!room) return null;
  return (
    <PassphraseLogin
      title={t('room.login.title')}
      intro={t('room.login.intro')}
      label={t('room.login.passphrase')}
      submitLabel={t('room.login.submit')}
      login={(passphrase) => room.state.login(passphrase)}
      errorText={roomErrorText}
    />
  );
}
