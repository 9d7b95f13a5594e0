import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import type { Story } from '../../../src/story/schema/story.ts';
import { ROOT } from './app.ts';
import type { Device } from './hub.ts';

export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
export const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/media', name)));

/** A small valid story whose panorama is a real JPEG (its bytes alongside). */
export function storyWithPhoto(id: string, photo = fixture('generated-pano.jpg')): { story: Story; photo: Uint8Array; hash: string } {
  const hash = sha256(photo);
  const story = fakeStory({ id, scenes: 3, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
  return { story, photo, hash };
}

export const retitled = (s: Story, title: string): Story => ({ ...s, meta: { ...s.meta, title: { en: title } } });

/** Starts a session from the hub laptop; returns the join code (ABC-DEF). */
export async function startSession(laptop: Device, name = 'Thursday group', passphrase = 'river stones'): Promise<string> {
  const r = await laptop.request<{ room: { code: string } }>('POST', '/api/rooms', { name, passphrase });
  if (r.status !== 201) throw new Error(`start: ${r.status} ${r.text}`);
  return r.json.room.code;
}

/** Sends a story the way the browser's outbox does: missing media first, then the document. */
export async function sendStory(device: Device, story: Story, media: Map<string, Uint8Array>, baseVersion: number | null) {
  let r = await device.request<{ status: string; version: number; missingMedia?: string[]; copy?: { id: string; title: { en: string } } }>('PUT', `/api/stories/${story.id}`, { doc: story, baseVersion });
  if (r.status === 409) {
    for (const h of r.json.missingMedia ?? []) {
      const up = await device.request('PUT', `/api/media/${h}`, media.get(h)!, { 'content-type': 'application/octet-stream' });
      if (up.status !== 201 && up.status !== 200) throw new Error(`media: ${up.status} ${up.text}`);
    }
    r = await device.request('PUT', `/api/stories/${story.id}`, { doc: story, baseVersion });
  }
  return r;
}
