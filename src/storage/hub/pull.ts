import { loadStory } from '../../story/io/load.ts';
import { hashBlob } from '../../story/hash.ts';
import type { Story } from '../../story/schema/story.ts';
import type { StoryListing, StoryRepository } from '../repository.ts';
import { HubRequestError, type HubClient } from './client.ts';
import type { OutboxStore } from './outbox-store.ts';

export interface PullDeps {
  client: Pick<HubClient, 'story' | 'getMedia'>;
  local: Pick<StoryRepository, 'hasAssets' | 'putAssets' | 'save'>;
  store: OutboxStore;
}

export interface PullProgress {
  /** Photos and sounds copied so far, of `total` this laptop did not have. */
  done: number;
  total: number;
}

/**
 * Copies a room story from the hub into this laptop's library: its photos and sounds first (each
 * checked against its sha-256 name), then the document, then the hub version it now matches.
 * Replaces the local copy: the caller makes sure nothing unsent is lost (see HubStoryRepository).
 */
export async function pullStory(
  deps: PullDeps,
  id: string,
  roomId: string,
  onProgress?: (p: PullProgress) => void,
): Promise<{ listing: StoryListing; version: number; story: Story }> {
  const reply = await deps.client.story(id);
  const loaded = loadStory(reply.doc);
  if (!loaded.ok) throw new HubRequestError(422, null, 'This story on the hub could not be read.');
  const story = loaded.story;
  const hashes = [...new Set(story.assets.map((a) => a.id))];
  const have = await deps.local.hasAssets(hashes);
  const missing = hashes.filter((h) => !have.has(h));
  onProgress?.({ done: 0, total: missing.length });
  for (let i = 0; i < missing.length; i++) {
    const hash = missing[i]!;
    const blob = await deps.client.getMedia(hash);
    if ((await hashBlob(blob)) !== hash) throw new HubRequestError(400, null, 'A photo or sound was damaged on the way from the hub. Try again.');
    await deps.local.putAssets([[hash, blob]]);
    onProgress?.({ done: i + 1, total: missing.length });
  }
  const listing = await deps.local.save(story);
  await deps.store.acknowledge({ storyId: id, version: reply.version, revision: listing.revision, roomId }, null);
  return { listing, version: reply.version, story };
}
