import { loadStory } from '../story/io/load.ts';
import type { Problem } from '../story/problems.ts';
import type { Story } from '../story/schema/story.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import { HubRequestError, type HubClient } from '../storage/hub/client.ts';
import { roomErrorText } from './errors.ts';

export type HubStory = { ok: true; story: Story; assets: AssetSource } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'broken'; problems: Problem[] };

/**
 * A room story straight from the hub, for playing (headsets, "Play" in the room's list): the
 * current version, its photos and sounds by their hub address (the browser fetches them as the
 * player needs them; the app's service worker keeps them where it can).
 */
export async function openFromHub(client: HubClient, id: string): Promise<HubStory> {
  try {
    const reply = await client.story(id);
    const loaded = loadStory(reply.doc);
    if (!loaded.ok) return { ok: false, reason: 'broken', problems: loaded.problems };
    return { ok: true, story: loaded.story, assets: { getUrl: async (hash) => client.mediaUrl(hash) } };
  } catch (e) {
    if (e instanceof HubRequestError && e.status === 404) return { ok: false, reason: 'not-found' };
    return { ok: false, reason: 'broken', problems: [{ severity: 'error', code: 'room', message: roomErrorText(e), phrase: { key: 'room' }, path: '' }] };
  }
}
