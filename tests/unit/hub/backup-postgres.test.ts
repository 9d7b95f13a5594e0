import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { memoryLiveBus } from '../../../src/hub/live-bus.ts';
import { Stories } from '../../../src/hub/stories.ts';
import { MediaFolder } from '../../../src/hub/store/media-folder.ts';
import { openPostgresStore } from '../../../src/hub/store/postgres/index.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import { sha256Hex } from '../../../src/story/hash.ts';
import { startPostgres, type PostgresServer } from '../../lib/postgres-server.ts';

const photo = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/media/generated-pano.jpg')));
const hash = sha256Hex(photo);

function io(cwd: string) {
  let said = '';
  return { io: { out: (t: string) => void (said += t), err: (t: string) => void (said += t), cwd, stdin: async () => Buffer.alloc(0) }, said: () => said };
}

// `storyscape hub backup/restore --database postgres://… --media DIR` (#17): a library service's
// stories and photos, without pg_dump, on Debian's PostgreSQL started here.
let server: PostgresServer;
let work: string;
beforeAll(async () => {
  server = await startPostgres();
  work = mkdtempSync(join(tmpdir(), 'hub-backup-pg-'));
}, 120_000);
afterAll(async () => {
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('hub backup and restore on a library service (PostgreSQL and a shared media folder)', () => {
  it('backs up every story with its photos, and restores them into another service', async () => {
    const from = await server.createDatabase('backup_from');
    const store = await openPostgresStore(from, { poolSize: 2 });
    const media = await new MediaFolder({ dir: join(work, 'media-a'), tmpDir: join(work, 'tmp-a') }).open();
    const room = { id: 'r1', code: 'ABCDEF', name: 'Branch library', passphraseHash: 'x', createdAt: new Date().toISOString(), endedAt: null };
    await store.createRoom(room);
    await media.put([photo]);
    await store.putMedia({ hash, bytes: photo.length, mime: 'image/jpeg', kind: 'image', width: 1024, height: 512, createdAt: room.createdAt });
    const stories = new Stories(store, memoryLiveBus());
    for (const id of ['harbour', 'ferry']) {
      const s = fakeStory({ id, scenes: 2, panoramas: [fakeImageAsset(1, { id: hash, bytes: photo.length, width: 1024, height: 512 })] });
      await stories.save(room, { id: null, name: 'Laptop 1' }, { ...s, meta: { ...s.meta, title: { en: `The ${id}` } } }, null);
    }
    await store.close();

    const b = io(work);
    expect(await runCli(['hub', 'backup', '-o', 'service.storyscape-backup', '--database', from, '--media', 'media-a', '--data', 'data-a'], b.io)).toBe(0);
    expect(b.said()).toMatch(/Backed up 2 stories/);

    const to = await server.createDatabase('backup_to');
    const r = io(work);
    expect(await runCli(['hub', 'restore', 'service.storyscape-backup', '--database', to, '--media', 'media-b', '--data', 'data-b'], r.io)).toBe(0);
    expect(r.said()).toMatch(/Restored 2 stories \(2 new\) and 1 new photos and sounds into PostgreSQL/);
    const restored = await openPostgresStore(to, { poolSize: 2 });
    expect((await restored.allStoryHeads()).map((h) => [h.id, h.title.en]).sort()).toEqual([
      ['ferry', 'The ferry'],
      ['harbour', 'The harbour'],
    ]);
    expect(await restored.hasMedia([hash])).toEqual(new Set([hash]));
    await restored.close();
    expect(existsSync(join(work, 'media-b', hash.slice(0, 2), hash))).toBe(true);

    // A database that is not there: one sentence, nothing written.
    const bad = io(work);
    expect(await runCli(['hub', 'backup', '-o', 'x.storyscape-backup', '--database', server.url('no_such_db'), '--data', 'data-c'], bad.io)).toBe(2);
    expect(bad.said()).toMatch(/could not be opened/);
    expect(existsSync(join(work, 'x.storyscape-backup'))).toBe(false);
  }, 120_000);
});
