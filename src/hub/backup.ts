import { randomUUID } from 'node:crypto';
import { createReadStream, openAsBlob } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { readBackup, writeBackup, type AssetStore, type PackageProblem } from '../story/io/package/index.ts';
import { loadStory } from '../story/io/load.ts';
import type { Story } from '../story/schema/story.ts';
import { nodeSha256 } from '../story/hash-node.ts';
import type { Stories } from './stories.ts';
import type { HubStore, MediaStore, Room, StoryHead } from './store/types.ts';

/** The backup format of the library's "Back up everything" (src/story/io/package). */
export const BACKUP_MIME = 'application/vnd.storyscape+zip';
export const backupFileName = (at: Date = new Date()) => `storyscape-backup-${at.toISOString().slice(0, 10)}.storyscape-backup`;

/** The current version of each story, loaded through the model. */
export async function currentStories(store: HubStore, heads: readonly StoryHead[]): Promise<Story[]> {
  const out: Story[] = [];
  for (const h of heads) {
    const v = await store.storyVersion(h.id);
    const loaded = v ? loadStory(v.doc) : null;
    if (loaded?.ok) out.push(loaded.story);
  }
  return out;
}

/** A backup of these stories and their media, streamed (memory stays flat). */
export function backupStream(media: MediaStore, stories: readonly Story[], appVersion: string): ReadableStream<Uint8Array> {
  return writeBackup(stories, async (id) => {
    const stream = await media.get(id);
    return stream ? (Readable.toWeb(stream) as ReadableStream<Uint8Array>) : null;
  }, { appVersion, sha256: nodeSha256 });
}

/** Writes each checked asset of a backup being read into a temp file, then into the media store. */
function mediaAssetStore(media: MediaStore, tmpDir: string, added: string[]): AssetStore {
  return {
    async begin({ id }) {
      const tmp = join(tmpDir, `restore-${randomUUID()}.part`);
      const fh = await open(tmp, 'wx');
      return {
        async write(chunk) {
          await fh.write(chunk);
        },
        async finish(mime) {
          await fh.close();
          try {
            if (!(await media.has(id))) {
              await media.put(createReadStream(tmp), { expectedHash: id });
              added.push(id);
            }
          } finally {
            await rm(tmp, { force: true });
          }
          return new Blob([], { type: mime });
        },
        async abort() {
          await fh.close().catch(() => {});
          await rm(tmp, { force: true });
        },
      };
    },
  };
}

export type RestoreResult = { ok: true; stories: number; newStories: number; media: number; room: Room | null; problems: PackageProblem[] } | { ok: false; problems: PackageProblem[] };

/**
 * Restores a backup file onto the hub: every file is checked (the same reader as the library's
 * "Open a story file"), media go into the store, and each story is saved as a new version (a story
 * the hub already has keeps all its versions; a new one goes into an ended session named after
 * the file, which the facilitator can bring into the current session).
 */
export async function restoreBackup(file: string, deps: { store: HubStore; media: MediaStore; stories: Stories; tmpDir: string; label: string }): Promise<RestoreResult> {
  const added: string[] = [];
  const read = await readBackup(await openAsBlob(file), { sha256: nodeSha256, assetStore: mediaAssetStore(deps.media, deps.tmpDir, added) });
  if (!read.ok) {
    for (const h of added) if (!(await deps.store.media(h))) await deps.media.delete(h);
    return { ok: false, problems: read.problems };
  }
  const at = new Date().toISOString();
  for (const s of read.stories) {
    for (const a of s.assets) {
      await deps.store.putMedia({ hash: a.id, bytes: a.bytes, mime: a.mime, kind: a.kind, width: a.kind === 'image' ? (a.width ?? null) : null, height: a.kind === 'image' ? (a.height ?? null) : null, createdAt: at });
    }
  }
  let room: Room | null = null;
  let newStories = 0;
  for (const story of read.stories) {
    const head = await deps.store.storyHead(story.id);
    let target = head ? await deps.store.room(head.roomId) : null;
    if (!target) {
      if (!room) {
        room = { id: `room-${randomUUID()}`, code: 'RESTOR', name: deps.label, passphraseHash: '-', createdAt: at, endedAt: at };
        await deps.store.createRoom(room);
      }
      target = room;
      newStories++;
    }
    await deps.stories.save(target, { id: null, name: 'Backup' }, story, head?.version ?? null);
  }
  return { ok: true, stories: read.stories.length, newStories, media: added.length, room, problems: read.problems };
}
