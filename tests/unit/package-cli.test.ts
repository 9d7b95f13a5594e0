import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { Story } from '../../src/story/schema/index.ts';
import { loadStory } from '../../src/story/io/load.ts';
import { fakeAudio, fakeImage } from '../../src/story/io/package/fake-media.ts';

/** `storyscape pack` / `unpack`, run as a user runs them: node bin/storyscape.mjs ... */
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/storyscape.mjs');
const cli = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) =>
      done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });

let dir: string;
const a = fakeImage();
const b = fakeImage({ format: 'png', width: 10, height: 5 });
const s = fakeAudio();
const story = fakeStory({ panoramas: [a.asset, b.asset] });
story.assets.push(s.asset);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storyscape-cli-'));
  // A story folder using all three ways to find media: assets/<sha>.<ext>, <sha>.<ext>, asset-files.json.
  await mkdir(join(dir, 'in/assets'), { recursive: true });
  await mkdir(join(dir, 'in/media'), { recursive: true });
  await writeFile(join(dir, 'in/story.json'), JSON.stringify(Story.parse(story), null, 2));
  await writeFile(join(dir, `in/assets/${a.asset.id}.jpg`), a.bytes);
  await writeFile(join(dir, `in/${b.asset.id}.png`), b.bytes);
  await writeFile(join(dir, 'in/media/narration.mp3'), s.bytes);
  await writeFile(join(dir, 'in/asset-files.json'), JSON.stringify({ [s.asset.id]: 'media/narration.mp3' }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('storyscape pack / unpack', { timeout: 180_000 }, () => {
  it('packs a folder and unpacks it again: same story, same bytes', async () => {
    const packed = await cli(['pack', 'in', '-o', 'story.storyscape'], dir, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(packed.stderr).toBe('');
    expect(packed.code).toBe(0);
    expect(packed.stdout).toMatch(/✓ Packed "A generated story" \(3 scenes, 3 media files\) into story\.storyscape/);
    const unpacked = await cli(['unpack', 'story.storyscape', '-o', 'out'], dir);
    expect(unpacked.code).toBe(0);
    expect(unpacked.stdout).toMatch(/✓ Unpacked "A generated story" \(3 scenes, 3 media files, .*\) into out\./);
    const back = loadStory(await readFile(join(dir, 'out/story.json'), 'utf8'));
    expect(back.ok && back.story).toEqual(Story.parse(story));
    expect((await readdir(join(dir, 'out/assets'))).sort()).toEqual([`${a.asset.id}.jpg`, `${b.asset.id}.png`, `${s.asset.id}.mp3`].sort());
    for (const m of [a, b, s]) {
      const ext = m === a ? 'jpg' : m === b ? 'png' : 'mp3';
      expect(Buffer.compare(await readFile(join(dir, `out/assets/${m.asset.id}.${ext}`)), Buffer.from(m.bytes))).toBe(0);
    }
    // What unpack writes can be packed again, and (same date) gives the same package.
    const again = await cli(['pack', 'out/story.json', '-o', 'again.storyscape'], dir, { SOURCE_DATE_EPOCH: '1767225600' });
    expect(again.code).toBe(0);
    expect(Buffer.compare(await readFile(join(dir, 'again.storyscape')), await readFile(join(dir, 'story.storyscape')))).toBe(0);
  });

  it('a missing media file: exit 1, says which and how to name it, writes nothing', async () => {
    await mkdir(join(dir, 'half'), { recursive: true });
    await writeFile(join(dir, 'half/story.json'), JSON.stringify(Story.parse(story)));
    const r = await cli(['pack', 'half', '-o', 'half.storyscape'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`asset-missing: the picture "${a.asset.name.replace('.', '\\.')}" has no file: name it ${a.asset.id}\\.jpg`));
    expect(existsSync(join(dir, 'half.storyscape'))).toBe(false);
  });

  it('a bad package: exit 1 with the problem, and no folder left behind', async () => {
    const r = await cli(['unpack', join(root, 'tests/fixtures/packages/path-traversal.storyscape'), '-o', 'evil'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/entry-name-unsafe in \.\.\/\.\.\/evil\.sh: This package holds a file with a dangerous name/);
    expect((await readdir(dir)).filter((n) => n.includes('evil'))).toEqual([]);
  });

  it('an unreadable file or a used folder: exit 2', async () => {
    const missing = await cli(['unpack', 'nope.storyscape', '-o', 'x'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read nope\.storyscape: there is no such file or folder/);
    const used = await cli(['unpack', 'story.storyscape', '-o', 'in'], dir);
    expect(used.code).toBe(2);
    expect(used.stderr).toMatch(/in is not empty/);
    const usage = await cli(['pack'], dir);
    expect(usage.code).toBe(2);
  });

  const sample = join(root, 'assets/sample/story.json');
  it.skipIf(!existsSync(sample))('packs and unpacks the built-in sample story', async () => {
    const packed = await cli(['pack', join(root, 'assets/sample'), '-o', 'sample.storyscape'], dir);
    expect(packed.code, packed.stderr).toBe(0);
    const unpacked = await cli(['unpack', 'sample.storyscape', '-o', 'sample'], dir);
    expect(unpacked.code, unpacked.stderr).toBe(0);
    const original = loadStory(await readFile(sample, 'utf8'));
    const back = loadStory(await readFile(join(dir, 'sample/story.json'), 'utf8'));
    expect(back.ok && back.story).toEqual(original.ok && original.story);
    const files = JSON.parse(await readFile(join(root, 'assets/sample/asset-files.json'), 'utf8')) as Record<string, string>;
    const out = await readdir(join(dir, 'sample/assets'));
    for (const [id, rel] of Object.entries(files)) {
      const name = out.find((n) => n.startsWith(id));
      expect(name, rel).toBeDefined();
      expect(Buffer.compare(await readFile(join(dir, 'sample/assets', name!)), await readFile(join(root, 'assets/sample', rel)))).toBe(0);
    }
  });
});
