import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main.ts';
import { readPackage, memoryAssetStore } from '../../../src/story/io/package/index.ts';
import { readFile } from 'node:fs/promises';
import { importOk, root, textFile } from './helpers.ts';
import { IMPORT_EXIT, writeChecked } from '../../../src/cli/import.ts';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function cli(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => void (out += t), err: (t) => void (err += t), cwd: root, stdin: async () => Buffer.alloc(0) });
  return { code, out, err };
}

describe('storyscape import', () => {
  it('imports the Twee story into a package with one shared placeholder picture, and prints the report', async () => {
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
    // One shared "your 360° photo goes here" picture: the player draws each passage's title on it.
    const assets = read.story!.assets;
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({ kind: 'image', placeholder: true });
    expect(new Set(read.story!.scenes.map((s) => s.panorama))).toEqual(new Set([assets[0]!.id]));
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

describe('storyscape import: honest results', () => {
  const tmp = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-'));
    dirs.push(dir);
    return dir;
  };

  it('drops a javascript: link, says so, and writes a package that `validate` accepts (exit 0)', async () => {
    const dir = await tmp();
    const config = JSON.stringify({ default: { firstScene: 'a', title: 'Harbour walk' }, scenes: { a: { title: 'Quay', panorama: 'examplepano.jpg', hotSpots: [{ type: 'info', text: 'Tap me', URL: 'javascript:alert(1)' }] } } });
    await writeFile(join(dir, 'tour.json'), config);
    await copyFile(resolve(root, 'tests/fixtures/real/pannellum/examplepano.jpg'), join(dir, 'examplepano.jpg'));
    const target = join(dir, 'out.storyscape');
    const r = await cli(['import', dir, '-o', target, '--language', 'nb']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^Imported “Harbour walk”/);
    expect(r.out).toMatch(/“Tap me” had a link that is not a web page/);
    expect(r.out).toMatch(/✓ Wrote .*passes Storyscape’s checks/);
    const v = await cli(['validate', target]);
    expect(v.code, v.out).toBe(0);
    const read = await readPackage(new Uint8Array(await readFile(target)), { assetStore: memoryAssetStore });
    expect(read.story?.meta).toMatchObject({ defaultLanguage: 'nb', licence: '', title: { nb: 'Harbour walk' } });
  });

  it('writes nothing and exits 3 when the story would not pass the checks', async () => {
    const dir = await tmp();
    const [result] = importOk([textFile('t.json', JSON.stringify({ scenes: { a: { panorama: 'a.jpg', hotSpots: [{ type: 'info', text: 'x' }] } } }))]);
    const info = result!.story.scenes[0]!.hotspots[0]!;
    if (info.action.type === 'info') info.action.link = { url: 'javascript:alert(1)' };
    let err = '';
    const io = { out: () => {}, err: (t: string) => void (err += t), cwd: dir, stdin: async () => Buffer.alloc(0) };
    const target = join(dir, 'never.storyscape');
    expect(await writeChecked(result!, target, io)).toBe(IMPORT_EXIT.failsChecks);
    expect(err).toMatch(/does not pass Storyscape’s checks, so nothing was written/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('documents its exit codes and refuses a language that is not a code (exit 2)', async () => {
    const help = await cli(['import', '--help']);
    expect(help.out).toMatch(/Exit codes:[\s\S]*0 .*passes[\s\S]*1 [\s\S]*2 [\s\S]*3 .*checks[\s\S]*4 /);
    const bad = await cli(['import', 'tests/fixtures/real/pannellum', '-o', '/tmp/never.storyscape', '--language', 'Norsk!']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not a language code/);
  });
});
