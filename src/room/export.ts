import { version } from '../../package.json';
import { t } from '../i18n/index.ts';
import { loadStory } from '../story/io/load.ts';
import { writePackage } from '../story/io/package/index.ts';
import { localize } from '../story/text.ts';
import { HubRequestError, type HubClient } from '../storage/hub/client.ts';
import { chooseSaveTarget, fileNameFor } from '../packages/save-file.ts';

const PACKAGE_MIME = 'application/vnd.storyscape+zip';

/** One room story as a .storyscape file, straight from the hub (photos streamed, never all in memory). */
export async function exportRoomStory(client: HubClient, id: string, title: string, onProgress?: (bytes: number) => void): Promise<'exported' | 'cancelled'> {
  const target = await chooseSaveTarget(fileNameFor(title, '.storyscape'), PACKAGE_MIME, t('package.fileType'), '.storyscape');
  if (!target) return 'cancelled';
  const reply = await client.story(id);
  const loaded = loadStory(reply.doc);
  if (!loaded.ok) throw new HubRequestError(422, null, t('room.error.storyUnreadable'));
  const stream = writePackage(
    loaded.story,
    async (hash) => {
      const res = await fetch(client.mediaUrl(hash), { credentials: 'same-origin' });
      return res.ok ? res.body : null;
    },
    { appVersion: version },
  );
  await target.write(stream, onProgress);
  return 'exported';
}

/** Every story of the session in one backup file (the hub writes it; the library opens it again). */
export async function exportEverything(client: HubClient, onProgress?: (bytes: number) => void): Promise<'exported' | 'cancelled' | 'nothing'> {
  const name = `storyscape-room-${new Date().toISOString().slice(0, 10)}.storyscape-backup`;
  const target = await chooseSaveTarget(name, PACKAGE_MIME, t('package.backupType'), '.storyscape-backup');
  if (!target) return 'cancelled';
  const res = await fetch(client.backupUrl(), { credentials: 'same-origin', cache: 'no-store' });
  if (res.status === 404) return 'nothing';
  if (!res.ok || !res.body) throw new HubRequestError(res.status, null, t('room.error.exportFailed'));
  await target.write(res.body, onProgress);
  return 'exported';
}

export const titleOf = (title: Record<string, string>, language: string): string => localize(title, language) || t('library.newTitle');
