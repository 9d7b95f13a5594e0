import type { HubStore, MediaStore, Room } from '../store/types.ts';

export interface Deleted {
  stories: number;
  media: number;
  bytes: number;
  /** Stories left because they are in the collection. */
  kept: number;
}

/**
 * Deletes a room's stories (with their versions and inbox) and then every photo and sound that no
 * remaining story or inbox entry mentions: a story without its photos would be broken. Stories in
 * the collection are kept, with their media (#17). Used when a session ends with "delete the
 * photos" and by retention.
 */
export async function deleteRoomContent(deps: { store: HubStore; media: MediaStore }, room: Room): Promise<Deleted> {
  const { store, media } = deps;
  const heads = await store.storyHeads(room.id);
  const collected = new Set((await store.collection()).map((e) => e.storyId));
  const gone = heads.filter((h) => !collected.has(h.id)).map((h) => h.id);
  const mentioned = await store.referencedMedia({ onlyRoomId: room.id });
  await store.deleteStories(gone);
  const remaining = await store.referencedMedia();
  const unused = [...mentioned].filter((h) => !remaining.has(h));
  let bytes = 0;
  for (const h of unused) bytes += (await store.media(h))?.bytes ?? 0;
  await store.deleteMedia(unused);
  for (const h of unused) await media.delete(h);
  return { stories: gone.length, media: unused.length, bytes, kept: heads.length - gone.length };
}
