import { useId, useState } from 'react';
import { t } from '../i18n/index.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { useRoom } from './context.ts';
import { roomErrorText } from './errors.ts';
import { exportEverything } from './export.ts';

/**
 * Ending the session, in three steps: export everything (one backup file the library opens again),
 * then choose what the hub keeps (the photos may show young people who agreed to them for this
 * workshop only), then end. Devices leave the room; nothing on the laptops is touched.
 */
export function EndSession({ stories, onEnded }: { stories: number; onEnded(message: string): void }) {
  const room = useRoom();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [exported, setExported] = useState(stories === 0);
  const [exporting, setExporting] = useState<number | null>(null);
  const [remove, setRemove] = useState<boolean | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!room) return null;

  const doExport = async () => {
    setMessage(null);
    setExporting(0);
    try {
      const r = await exportEverything(room.client, (bytes) => setExporting(bytes));
      if (r === 'exported' || r === 'nothing') setExported(true);
      if (r === 'nothing') setMessage(t('room.end.nothingToExport'));
    } catch (e) {
      setMessage(roomErrorText(e));
    } finally {
      setExporting(null);
    }
  };
  const end = async () => {
    if (remove === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const text = (d: { stories: number; media: number }) => (remove ? t('room.end.doneDeleted', { stories: d.stories, media: d.media }) : t('room.end.done'));
      const deleted = await room.state.endRoom(remove);
      onEnded(text(deleted)); // this part of the page goes away with the session: the page says it
      setOpen(false);
    } catch (e) {
      setMessage(roomErrorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="room-end">
      <h2 id={`${id}-title`}>{t('room.end.title')}</h2>
      <p>{t('room.end.intro')}</p>
      <div className="card-actions">
        <button type="button" className="button" onClick={() => void doExport()} disabled={exporting !== null}>
          {t('room.end.exportAll')}
        </button>
        <button type="button" className="button danger" onClick={() => setOpen(true)}>
          {t('room.end.button')}
        </button>
      </div>
      {exporting !== null && (
        <p role="status" className="hint">
          {t('room.end.exporting', { mb: (exporting / 1048576).toFixed(1) })}
        </p>
      )}
      {message && !open && <p role="status">{message}</p>}
      <Dialog open={open} onClose={() => setOpen(false)} title={t('room.end.title')} closeLabel={t('room.close')}>
        <ol className="room-end-steps">
          <li>
            <h3>{t('room.end.step1')}</h3>
            <p>{t('room.end.step1Text')}</p>
            {exported ? (
              <p className="room-ok" role="status">
                {stories === 0 ? t('room.end.nothingToExport') : t('room.end.exported')}
              </p>
            ) : (
              <button type="button" className="button primary" onClick={() => void doExport()} disabled={exporting !== null}>
                {exporting !== null ? t('room.end.exporting', { mb: (exporting / 1048576).toFixed(1) }) : t('room.end.exportAll')}
              </button>
            )}
          </li>
          <li>
            <h3>{t('room.end.step2')}</h3>
            <p>{t('room.end.consent')}</p>
            <fieldset disabled={!exported} className="room-choice">
              <legend className="visually-hidden">{t('room.end.step2')}</legend>
              <label>
                <input type="radio" name={`${id}-keep`} checked={remove === true} onChange={() => setRemove(true)} /> {t('room.end.delete')}
              </label>
              <label>
                <input type="radio" name={`${id}-keep`} checked={remove === false} onChange={() => setRemove(false)} /> {t('room.end.keep')}
              </label>
            </fieldset>
          </li>
          <li>
            <h3>{t('room.end.step3')}</h3>
            <p>{t('room.end.step3Text')}</p>
            {message && (
              <p className="room-error" role="alert">
                {message}
              </p>
            )}
            <button type="button" className="button danger" disabled={!exported || remove === null || busy} onClick={() => void end()}>
              {t('room.end.confirm')}
            </button>
          </li>
        </ol>
      </Dialog>
    </section>
  );
}
