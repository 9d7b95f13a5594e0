import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { parseHubArgs } from '../../../src/cli/hub-args.ts';
import { memoryLiveBus } from '../../../src/hub/live-bus.ts';
import { Stories } from '../../../src/hub/stories.ts';
import { MediaFolder } from '../../../src/hub/store/media-folder.ts';
import { openSqliteStore } from '../../../src/hub/store/sqlite/index.ts';
import { readBackup } from '../../../src/story/io/package/index.ts';
import { serializeStory } from '../../../src/story/io/load.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import { sha256Hex } from '../../../src/story/hash.ts';

const photo = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/media/generated-pano.jpg')));
const hash = sha256Hex(photo);
const story = (id: string, title = 'My place') => {
  const s = fakeStory({ id, scenes: 2, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
  return { ...s, meta: { ...s.meta, title: { en: title } } };
};

function io(cwd: string) {
  let out = '';
  let err = '';
  return { io: { out: (t: string) => void (out += t), err: (t: string) => void (err += t), cwd, stdin: async () => Buffer.alloc(0) }, said: () => out + err };
}

/** A hub data folder with stories in a session, made through the store (no server needed). */
async function hubWith(dir: string, ids: string[]) {
  mkdirSync(dir, { recursive: true });
  const store = openSqliteStore(join(dir, 'hub.sqlite'));
  const media = await new MediaFolder({ dir: join(dir, 'media'), tmpDir: join(dir, 'tmp') }).open();
  const stories = new Stories(store, memoryLiveBus());
  const room = { id: 'r1', code: 'ABCDEF', name: 'Room', passphraseHash: 'x', createdAt: new Date().toISOString(), endedAt: null };
  await store.createRoom(room);
  await media.put([photo]);
  await store.putMedia({ hash, bytes: photo.length, mime: 'image/jpeg', kind: 'image', width: 1024, height: 512, createdAt: room.createdAt });
  for (const id of ids) await stories.save(room, { id: null, name: 'Laptop 1' }, story(id), null);
  return { store, media, stories };
}

describe('storyscape hub backup / restore', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'hub-backup-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('backs up every story on the hub in the library backup format, and restores it onto another hub', async () => {
    const a = await hubWith(join(work, 'a'), ['one', 'two']);
    await a.store.close();
    const b1 = io(work);
    expect(await runCli(['hub', 'backup', '-o', 'all.storyscape-backup', '--data', 'a'], b1.io)).toBe(0);
    expect(b1.said()).toMatch(/Backed up 2 stories/);
    const read = await readBackup(new Uint8Array(readFileSync(join(work, 'all.storyscape-backup'))));
    expect(read.ok).toBe(true);
    expect(read.stories!.map((s) => s.id).sort()).toEqual(['one', 'two']);

    const r1 = io(work);
    expect(await runCli(['hub', 'restore', 'all.storyscape-backup', '--data', 'b'], r1.io)).toBe(0);
    expect(r1.said()).toMatch(/Restored 2 stories \(2 new\) and 1 new photos and sounds/);
    const b = openSqliteStore(join(work, 'b', 'hub.sqlite'));
    const heads = await b.allStoryHeads();
    expect(heads.map((h) => [h.id, h.version, h.title.en]).sort()).toEqual([
      ['one', 1, 'My place'],
      ['two', 1, 'My place'],
    ]);
    const rooms = await b.rooms();
    expect(rooms[0]).toMatchObject({ name: expect.stringMatching(/^Restored from all\.storyscape-backup on \d{4}-\d\d-\d\d$/), stories: 2 });
    expect(rooms[0]!.endedAt).not.toBeNull();
    expect(await b.hasMedia([hash])).toEqual(new Set([hash]));
    expect(existsSync(join(work, 'b', 'media', hash.slice(0, 2), hash))).toBe(true);
    await b.close();

    // Restoring again changes nothing (the same content); a changed story becomes a new version.
    expect(await runCli(['hub', 'restore', 'all.storyscape-backup', '--data', 'b'], io(work).io)).toBe(0);
    const again = openSqliteStore(join(work, 'b', 'hub.sqlite'));
    expect((await again.allStoryHeads()).map((h) => h.version)).toEqual([1, 1]);
    await again.close();
  });

  it('refuses a damaged or hostile backup (zip bomb, not a backup) and changes nothing', async () => {
    const s = story('bomb');
    const zeros = new Uint8Array(20 * 1024 * 1024);
    const bombHash = sha256Hex(zeros);
    const doc = { ...s, assets: [{ ...s.assets[0]!, id: bombHash, bytes: zeros.length }], scenes: s.scenes.map((sc) => ({ ...sc, panorama: bombHash })) };
    writeFileSync(join(work, 'bomb.storyscape-backup'), zipSync({ 'stories/bomb.json': new TextEncoder().encode(serializeStory(doc)), [`assets/${bombHash}.jpg`]: [zeros, { level: 9 }] }));
    const r = io(work);
    expect(await runCli(['hub', 'restore', 'bomb.storyscape-backup', '--data', 'c'], r.io)).toBe(1);
    expect(r.said()).toMatch(/zip bomb|far more than/i);
    expect(r.said()).toMatch(/nothing was changed on the hub/);
    const c = openSqliteStore(join(work, 'c', 'hub.sqlite'));
    expect(await c.allStoryHeads()).toEqual([]);
    await c.close();
    writeFileSync(join(work, 'text.storyscape-backup'), 'hello');
    expect(await runCli(['hub', 'restore', 'text.storyscape-backup', '--data', 'c'], io(work).io)).toBe(1);
    expect(await runCli(['hub', 'restore', '--data', 'c'], io(work).io)).toBe(2);
    expect(await runCli(['hub', 'backup', '--data', 'c'], io(work).io)).toBe(2);
    const empty = io(work);
    expect(await runCli(['hub', 'backup', '-o', 'x.storyscape-backup', '--data', 'c'], empty.io)).toBe(1);
    expect(empty.said()).toMatch(/no stories/);
    expect(existsSync(join(work, 'x.storyscape-backup'))).toBe(false);
  });

  it('reads the hub options, with one clear sentence for each mistake', () => {
    const ok = parseHubArgs(['--data', 'd', '--port', '0', '--http-port=9000', '--host', '127.0.0.1', '--ready-file', 'r.json', '--no-open'], '/w', {});
    expect(ok).toMatchObject({ open: false, options: { dataDir: '/w/d', port: 0, httpPort: 9000, host: '127.0.0.1', readyFile: '/w/r.json' } });
    expect(parseHubArgs([], '/w', { XDG_DATA_HOME: '/x' })).toMatchObject({ open: true, options: { dataDir: expect.stringMatching(/storyscape-hub$|Storyscape Hub$/) } });
    expect(parseHubArgs(['--port', 'abc'], '/w', {})).toMatch(/--port needs a port number/);
    expect(parseHubArgs(['--port', '70000'], '/w', {})).toMatch(/from 0 to 65535/);
    expect(parseHubArgs(['--cert', 'c.pem'], '/w', {})).toMatch(/both --cert FILE and --key FILE/);
    expect(parseHubArgs(['--frobnicate'], '/w', {})).toMatch(/Unknown option "--frobnicate"/);
    expect(parseHubArgs(['--data'], '/w', {})).toMatch(/--data needs a value/);
  });
});
