import { useId, useState } from 'react';
import { t } from '../i18n/index.ts';
import type { AdminRoom } from '../live/service-api.ts';
import { Dialog } from '../ui/Dialog.tsx';

/**
 * Ending a session from the admin page (or, for an ended one, deleting its photos now): the admin
 * chooses what happens to its stories, photos and sounds; stories in the collection always stay.
 * `onEnd` returns an error sentence, or null when done.
 */
export function EndRoomDialog({ room, onClose, onEnd }: { room: AdminRoom; onClose(): void; onEnd(deleteMedia: boolean): Promise<string | null> }) {
  const id = useId();
  const ended = !!room.endedAt;
  const [remove, setRemove] = useState<boolean | null>(ended ? true : null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const go = async () => {
    if (remove === null) return;
    setBusy(true);
    setError(await onEnd(remove));
    setBusy(false);
  };
  return (
    <Dialog open onClose={onClose} title={ended ? t('admin.end.purgeTitle', { name: room.name }) : t('admin.end.title', { name: room.name })} closeLabel={t('room.close')}>
      {!ended && <p>{t('admin.end.text')}</p>}
      <fieldset className="room-choice">
        <legend>{t('admin.end.choice')}</legend>
        <label>
          <input type="radio" name={`${id}-media`} checked={remove === true} onChange={() => setRemove(true)} /> {t('admin.end.delete')}
        </label>
        {!ended && (
          <label>
            <input type="radio" name={`${id}-media`} checked={remove === false} onChange={() => setRemove(false)} /> {t('admin.end.keepMedia')}
          </label>
        )}
      </fieldset>
      {error && (
        <p className="room-error" role="alert">
          {error}
        </p>
      )}
      <div className="card-actions">
        <button type="button" className="button danger" disabled={remove === null || busy} onClick={() => void go()}>
          {ended ? t('admin.end.confirmPurge') : t('admin.end.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
