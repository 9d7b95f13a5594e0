import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import type { CliIo } from '../../src/cli/types.ts';
import { fakeStory } from '../../src/story/fake.ts';
import { Story } from '../../src/story/schema/index.ts';
import { fakeImage } from '../../src/story/io/package/fake-media.ts';
import { streamToBytes, writeBackup, writePackage } from '../../src/story/io/package/index.ts';
import { PLAYER_FILES_LIST } from '../../src/build/player-build.ts';

/** `storyscape validate` of packages and `storyscape publish`, in-process. */
let dir: string;
const a = fakeImage();
const story = Story.parse(fakeStory({ panoramas: [a.asset] }));
const bytesOf = async (id: string) => (id === a.asset.id ? a.bytes : null);

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd: dir, stdin: async () => Buffer.alloc(0) };
  const code = await runCli(args, io);
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storyscape-publish-cli-'));
  await writeFile(join(dir, 'good.storyscape'), await streamToBytes(writePackage(story, bytesOf)));
  await writeFile(join(dir, 'all.storyscape-backup'), await streamToBytes(writeBackup([story, { ...story, id: 'second' }], bytesOf)));
  const good = await readFile(join(dir, 'good.storyscape'));
  await writeFile(join(dir, 'cut.storyscape'), good.subarray(0, good.length - 40));
  await mkdir(join(dir, 'folder/assets'), { recursive: true });
  await writeFile(join(dir, 'folder/story.json'), JSON.stringify(story));
  await writeFile(join(dir, `folder/assets/${a.asset.id}.jpg`), a.bytes);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('validate accepts packages', () => {
  it('a good package and a backup are fine', async () => {
    const r = await cli(['validate', 'good.storyscape']);
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/✓ good\.storyscape: the story can be opened/);
    const b = await cli(['validate', 'all.storyscape-backup', '--json']);
    expect(b.code, b.out).toBe(0);
    expect(JSON.parse(b.out)).toMatchObject({ ok: true });
  });
  it('a damaged package gets the reader’s message and exit code 1', async () => {
    const r = await cli(['validate', 'cut.storyscape', '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { ok: boolean; problems: Array<{ code: string; message: string }> };
    expect(report.ok).toBe(false);
    expect(report.problems[0]!.message).toMatch(/damaged/);
  });
});

describe('publish', () => {
  it('publishes a package and a story folder into a site folder with relative paths only', async () => {
    for (const input of ['good.storyscape', 'folder']) {
      const r = await cli(['publish', input, '-o', `site-${input}`]);
      expect(r.code, r.err).toBe(0);
      const out = join(dir, `site-${input}`);
      const names = await readdir(out, { recursive: true });
      for (const n of ['index.html', 'story.json', 'sw.js', 'site.js', `assets/${a.asset.id}.jpg`]) expect(names).toContain(n);
      expect(names).not.toContain('player.html');
      expect(names).not.toContain(PLAYER_FILES_LIST);
      const html = await readFile(join(out, 'index.html'), 'utf8');
      expect(html).not.toMatch(/\s(src|href)="(\/|https?:)/);
      expect(Story.parse(JSON.parse(await readFile(join(out, 'story.json'), 'utf8')))).toEqual(story);
    }
  }, 180_000);
  it('replaces an earlier site, but never a folder of other files', async () => {
    expect((await cli(['publish', 'good.storyscape', '-o', 'site-folder'])).code).toBe(0);
    await mkdir(join(dir, 'mine'));
    await writeFile(join(dir, 'mine/homework.txt'), 'keep me');
    const r = await cli(['publish', 'good.storyscape', '-o', 'mine']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already holds other files/);
    expect(await readFile(join(dir, 'mine/homework.txt'), 'utf8')).toBe('keep me');
  });
  it('explains a bad package or a missing -o', async () => {
    const bad = await cli(['publish', 'cut.storyscape', '-o', 'x']);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/damaged[\s\S]*nothing was published/);
    expect((await cli(['publish', 'good.storyscape'])).err).toMatch(/Usage: storyscape publish/);
  });
});

