import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryLiveBus } from '../../../src/hub/live-bus.ts';
import { Retention } from '../../../src/hub/service/retention.ts';
import { Stories } from '../../../src/hub/stories.ts';
import { MediaFolder } from '../../../src/hub/store/media-folder.ts';
import { openSqliteStore } from '../../../src/hub/store/sqlite/index.ts';
import type { HubStore, Room } from '../../../src/hub/store/types.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import { sha256Hex } from '../../../src/story/hash.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/media', name)));
const DAY = 24 * 3600_000;
const NOW = Date.parse('2026-12-06T12:00:00Z');
const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString();
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Retention (#17) against sessions that ended N days ago, with the clock injected: an ended session
 * past the period loses its stories and the photos only they use; a kept session, a session ended
 * more recently and a story in the collection (with its photo) stay; a second run finds nothing.
 */
describe('retention deletes a session’s photos N days after it ended, unless kept', () => {
  let work: string;
  let store: HubStore;
  let media: MediaFolder;
  let stories: Stories;
  beforeEach(async () => {
    work = mkdtempSync(join(tmpdir(), 'hub-retention-'));
    store = openSqliteStore(join(work, 'hub.sqlite'));
    media = await new MediaFolder({ dir: join(work, 'media'), tmpDir: join(work, 'tmp') }).open();
    stories = new Stories(store, memoryLiveBus());
  });
  afterEach(async () => {
    await store.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** A session that ended `endedDaysAgo` days ago with one story per photo (each photo its own). */
  async function session(id: string, endedDaysAgo: number | null, photos: string[]): Promise<{ room: Room; hashes: string[] }> {
    const room: Room = { id, code: id.toUpperCase().padEnd(6, 'X').slice(0, 6), name: `Session ${id}`, passphraseHash: 'x', createdAt: daysAgo(60), endedAt: null };
    await store.createRoom(room);
    const hashes: string[] = [];
    for (const [i, name] of photos.entries()) {
      const bytes = fixture(name);
      const hash = sha256Hex(bytes);
      hashes.push(hash);
      await media.put([bytes]);
      await store.putMedia({ hash, bytes: bytes.length, mime: 'image/jpeg', kind: 'image', width: 1024, height: 512, createdAt: room.createdAt });
      const story = fakeStory({ id: `${id}-story-${i}`, scenes: 2, panoramas: [fakeImageAsset(1, { id: hash, bytes: bytes.length, width: 1024, height: 512 })] });
      await stories.save(room, { id: null, name: 'Laptop 1' }, story, null);
    }
    if (endedDaysAgo !== null) await store.endRoom(id, daysAgo(endedDaysAgo));
    return { room, hashes };
  }

  it('deletes an old session’s stories and photos; kept sessions, recent ones and the collection stay', async () => {
    const old = await session('old', 40, ['generated-pano.jpg', 'examplepano.jpg']);
    const kept = await session('kept', 40, ['photosphere-cropped.jpg']);
    const recent = await session('recent', 10, ['notes.jpg']);
    const open = await session('open', null, ['gps-photo.jpg']);
    await store.setRoomKeep('kept', true);
    // The old session's second story is in the collection, with the consent recorded with it.
    await store.putCollectionEntry({
      storyId: 'old-story-1',
      title: 'The harbour',
      place: 'Vardø',
      language: 'en',
      consent: { by: 'Amira', at: '2026-10-01', uses: ['collection'], note: '' },
      addedAt: daysAgo(45),
      addedBy: 'Admin',
      updatedAt: daysAgo(45),
    });

    let now = NOW;
    const retention = new Retention({ store, media, log: quiet, holder: 'test' }, () => new Date(now));
    await retention.setDays(30);
    const run = await retention.run('admin', 'the admin');
    expect([run.rooms, run.stories, run.media]).toEqual([1, 1, 1]);
    expect(run.details.join(' ')).toMatch(/“Session old” \(ended 2026-10-27\): 1 stories and 1 photos and sounds deleted .*; 1 kept in the collection\./);

    // Gone: the old session's first story and the photo only it used (from the store and the folder).
    expect(await store.storyHead('old-story-0')).toBeNull();
    expect(await media.has(old.hashes[0]!)).toBe(false);
    expect(await store.media(old.hashes[0]!)).toBeNull();
    // Kept: the collected story and its photo; the kept, the recent and the open session's photos.
    expect(await store.storyHead('old-story-1')).not.toBeNull();
    for (const h of [old.hashes[1]!, kept.hashes[0]!, recent.hashes[0]!, open.hashes[0]!]) expect(await media.has(h)).toBe(true);
    for (const id of ['kept-story-0', 'recent-story-0', 'open-story-0']) expect(await store.storyHead(id)).not.toBeNull();
    expect((await store.room('old'))!.purgedAt).toBe(new Date(NOW).toISOString());

    // 21 days later the recent session is past 30 days too; the old one is not cleaned twice.
    now = NOW + 21 * DAY;
    const later = await retention.run('timer', 'the timer');
    expect([later.rooms, later.stories, later.media]).toEqual([1, 1, 1]);
    expect(await media.has(recent.hashes[0]!)).toBe(false);
    expect(await media.has(kept.hashes[0]!)).toBe(true);
    expect((await store.retentionRuns(5)).map((r) => r.trigger)).toEqual(['timer', 'admin']);
  });

  it('does nothing while retention is off (0 days), and says so', async () => {
    const old = await session('old', 400, ['generated-pano.jpg']);
    const run = await new Retention({ store, media, log: quiet, holder: 'test' }, () => new Date(NOW)).run('admin', 'the admin');
    expect(run.rooms).toBe(0);
    expect(run.details).toEqual(['Retention is off (0 days): nothing was deleted.']);
    expect(await media.has(old.hashes[0]!)).toBe(true);
  });
});
