import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { readPackage, memoryAssetStore } from '../../../src/story/io/package/index.ts';
import { readFile } from 'node:fs/promises';
import { root } from './helpers.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd: root, stdin: async () => Buffer.alloc(0) });
  return { code, out, err };
}

describe('storyscape import', () => {
  it('imports the Twee story into a package with a placeholder picture per passage, and prints the report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    dirs.push(dir);
    const target = join(dir, 'story.storyscape');
    const r = await cli(['import', 'tests/fixtures/real/twine/kulla-example.twee', '-o', target]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/8 scenes, 4 links/);
    expect(r.out).toMatch(/Left out:[\s\S]*“start”/);
    const read = await readPackage(new Uint8Array(await readFile(target)), { assetStore: memoryAssetStore });
    expect(read.ok, JSON.stringify(read.problems)).toBe(true);
    expect(read.story?.scenes).toHaveLength(8);
    // One "your 360° photo goes here" picture per passage, each with the passage's title drawn on it.
    const assets = read.story!.assets;
    expect(assets).toHaveLength(8);
    expect(assets.every((a) => a.kind === 'image' && a.placeholder && a.width === 2048 && a.height === 1024)).toBe(true);
    expect(new Set(read.story!.scenes.map((s) => s.panorama)).size).toBe(8);
    expect(assets.find((a) => a.id === read.story!.scenes.find((s) => s.id === 'kingdom')!.panorama)!.name).toBe('kingdom-placeholder.jpg');
  }, 60_000);

  it('imports a tour folder with its photo', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    dirs.push(dir);
    const r = await cli(['import', resolve(root, 'tests/fixtures/real/pannellum'), '-o', join(dir, 'tour.storyscape')]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/2 scenes, 2 links/);
  });

  it('asks which story to take from an archive with two, and takes the one chosen', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    dirs.push(dir);
    const file = 'tests/fixtures/real/twine/extwee-archive-test1.html';
    const ask = await cli(['import', file, '-o', join(dir, 'a.storyscape')]);
    expect(ask.code).toBe(2);
    expect(ask.err).toMatch(/2 stories[\s\S]*1\. Untitled Story 6[\s\S]*2\. Untitled Story/);
    const pick = await cli(['import', file, '--story', '2', '-o', join(dir, 'a.storyscape')]);
    expect(pick.code, pick.err).toBe(0);
    expect(pick.out).toMatch(/“Untitled Story”.*\n\s+1 scene,/);
  });

  it('explains what it cannot read', async () => {
    const r = await cli(['import', 'package.json', '-o', '/tmp/never.storyscape']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/could not find a tour or story/);
  });
});
