import { useState } from 'react';
import { t } from '../i18n/index.ts';
import type { StorySummary } from '../live/api.ts';
import { useRoom, type RoomNav } from './context.ts';
import { roomErrorText } from './errors.ts';
import { titleOf } from './export.ts';

/**
 * "Open" on a room story: copies it (photos and sounds, then the story) into this laptop's
 * library, then opens the editor, which saves here and to the room. Changes this laptop has not
 * sent yet are kept (the hub keeps both versions if someone else changed it meanwhile).
 */
export function OpenFromRoom({ story, nav, small = false }: { story: StorySummary; nav: RoomNav; small?: boolean }) {
  const room = useRoom();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!room) return null;
  const title = titleOf(story.title, story.language);
  const open = async () => {
    setBusy(true);
    setError(null);
    try {
      await room.repo.openFromRoom(story.id, { knownVersion: story.version, onProgress: setProgress });
      nav.edit(story.id);
    } catch (e) {
      setError(roomErrorText(e));
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className={`button${small ? ' small' : ''} primary`} disabled={busy} onClick={() => void open()} aria-label={t('library.openStory', { title })}>
        {t('library.open')}
      </button>
      {busy && progress && progress.total > 0 && (
        <span role="status" className="hint">
          {t('room.open.copying', { done: progress.done, total: progress.total })}
        </span>
      )}
      {error && (
        <span role="alert" className="room-error">
          {error}
        </span>
      )}
    </>
  );
}
