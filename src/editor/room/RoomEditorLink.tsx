import { useEffect, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { localize } from '../../story/text.ts';
import { useRoomLink, type InboxEntry, type RoomLink } from '../../storage/room-link.ts';
import { useDoc, useEditor } from '../context.ts';
import { useMediaImport } from '../media/ImportProvider.tsx';
import './room.css';

/** Messages to show in the editor a story switches to (kept-both), by story id. */
const waiting = new Map<string, string>();

/** "2 photos arrived from a phone" */
export function arrivedText(entries: readonly Pick<InboxEntry, 'kind'>[]): string {
  const count = (kind: InboxEntry['kind']) => entries.filter((e) => e.kind === kind).length;
  const [photos, sounds, videos] = [count('image'), count('audio'), count('video')];
  const n = entries.length;
  if (photos === n) return photos === 1 ? t('room.inbox.photo') : t('room.inbox.photos', { count: photos });
  if (sounds === n) return sounds === 1 ? t('room.inbox.sound') : t('room.inbox.sounds', { count: sounds });
  if (videos === n) return videos === 1 ? t('room.inbox.video') : t('room.inbox.videos', { count: videos });
  return t('room.inbox.mixed', { count: entries.length });
}

/**
 * The editor's side of the room (rendered inside the editor when the app is in a room):
 * - photos and sounds a phone sent to this story are taken in through the editor's own import
 *   (the same checks, each photo a scene), saved, then marked taken on the hub, with a note that
 *   stays until dismissed;
 * - when the hub kept both versions (someone else saved first), the editor switches to the copy
 *   with this laptop's changes, and says so in plain words.
 */
export function RoomEditorLink({ onSwitch }: { onSwitch?(storyId: string): void }) {
  const link = useRoomLink();
  const { editor } = useEditor();
  const { importFiles } = useMediaImport();
  const storyId = useDoc((s) => s.story.id);
  const readOnly = useDoc((s) => s.readOnly);
  const [banner, setBanner] = useState<string | null>(() => waiting.get(storyId) ?? null);
  // Everything that arrived since the note was last dismissed (a phone's photos may come in several runs).
  const [arrived, setArrived] = useState<ReadonlyArray<Pick<InboxEntry, 'kind'>>>([]);

  useEffect(() => {
    waiting.delete(storyId);
  }, [storyId]);

  useEffect(() => {
    if (!link) return;
    return link.onKeptBoth((e) => {
      if (e.storyId !== storyId) return;
      waiting.set(e.copyId, t('room.keptBoth', { title: localize(e.copyTitle, editor.doc.getState().story.meta.defaultLanguage) }));
      onSwitch?.(e.copyId);
    });
  }, [link, storyId, editor, onSwitch]);

  useEffect(() => {
    if (!link || readOnly) return;
    const intake = inboxIntake(link, storyId, async (entries, files) => {
      await importFiles(files, 'scenes');
      await editor.flush(); // saved here before the hub forgets them
      setArrived((before) => [...before, ...entries.map((e) => ({ kind: e.kind }))]);
    });
    void intake.run();
    const off = link.onInbox((id, count) => id === storyId && count > 0 && void intake.run());
    // A phone may have finished while the hub was away or the laptop's connection was down: look again.
    const offReconnect = link.onReconnect(() => void intake.run());
    return () => {
      off();
      offReconnect();
      intake.stop();
    };
  }, [link, storyId, readOnly, editor, importFiles]);

  return (
    <>
      {banner && (
        <div className="banner kept-both" role="alert">
          <p>{banner}</p>
          <button type="button" className="button small" onClick={() => setBanner(null)}>
            {t('package.ok')}
          </button>
        </div>
      )}
      {/* Stays until dismissed: the group may be looking at the phone when the photos arrive. */}
      {arrived.length > 0 && (
        <div className="banner phone-arrived" role="status">
          <p>{arrivedText(arrived)}</p>
          <button type="button" className="button small" onClick={() => setArrived([])}>
            {t('package.ok')}
          </button>
        </div>
      )}
    </>
  );
}

/** Takes a story's inbox in, one run at a time (a message during a run makes one more run). */
export function inboxIntake(link: RoomLink, storyId: string, take: (entries: InboxEntry[], files: File[]) => Promise<void>) {
  let running = false;
  let again = false;
  let stopped = false;
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        if (!link.isRoomStory(storyId)) return;
        const entries = await link.inbox(storyId);
        if (stopped || entries.length === 0) continue;
        const files = await Promise.all(entries.map(async (e) => new File([await link.inboxBlob(e)], e.filename, { type: e.mime })));
        if (stopped) return;
        await take(entries, files);
        for (const e of entries) await link.takeFromInbox(storyId, e.id);
      } while (again && !stopped);
    } catch {
      // The hub went away (or the save failed): the entries stay in the inbox for the next run.
    } finally {
      running = false;
    }
  };
  return {
    run,
    stop() {
      stopped = true;
    },
  };
}
