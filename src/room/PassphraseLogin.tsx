import { useId, useState, type FormEvent } from 'react';
import { useRoomAction } from './useRoomAction.ts';

/**
 * A passphrase log-in panel: the facilitator's (a session's) and the service admin's.
 * `login` throws on a "no"; `errorText` words it. The hub limits wrong tries and says how long to wait.
 */
export function PassphraseLogin(props: { title: string; intro: string; label: string; submitLabel: string; login(passphrase: string): Promise<void>; errorText(e: unknown): string }) {
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, run } = useRoomAction(null, props.errorText);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await run(() => props.login(passphrase))) setPassphrase('');
  };
  return (
    <section className="room-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p>{props.intro}</p>
      <form className="room-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor={`${id}-pass`}>{props.label}</label>
        <input id={`${id}-pass`} type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} autoComplete="current-password" />
        {error && (
          <p className="room-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy || !passphrase}>
          {props.submitLabel}
        </button>
      </form>
    </section>
  );
}
