import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/index.ts';
import { normalizeJoinCode } from '../live/codes.ts';
import { useRoom } from './context.ts';
import { useRoomAction } from './useRoomAction.ts';

/**
 * "Join this room": the code from the big screen (typed as people say it: "abc def" is fine).
 * A wrong code gets one clear sentence; nothing else changes.
 */
export function JoinForm({ initialError = null, autoFocus = false }: { initialError?: string | null; autoFocus?: boolean }) {
  const room = useRoom();
  const id = useId();
  const [code, setCode] = useState('');
  const { busy, error, setError, run } = useRoomAction(initialError);
  if (!room) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (!normalizeJoinCode(code)) {
      setError(code.trim() ? t('room.join.wrongShape') : t('room.join.empty'));
      return;
    }
    await run(() => room.state.join(code));
  };

  return (
    <form className="room-join-form" onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={`${id}-code`}>{t('room.join.codeLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('room.join.codeHint')}
      </p>
      <div className="row">
        <input
          id={`${id}-code`}
          className="room-code-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          autoFocus={autoFocus}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          placeholder="ABC-DEF"
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('room.join.joining') : t('room.join.submit')}
        </button>
      </div>
      {error && (
        <p className="room-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
