import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/main.ts';
import { fakeImageAsset, fakeStory } from '../../../src/story/fake.ts';
import { serializeStory } from '../../../src/story/io/load.ts';
import { ROOT } from './app.ts';

/**
 * A one-scene story of one JPEG photo (w×h, named `name`), written as a story folder in `work`
 * and published there by `storyscape publish` (work/site). Gives the photo's id (its hash) and
 * the site's folder; fails with what the command said when it does not succeed.
 */
export async function publishOnePhoto(work: string, photo: { bytes: Buffer; width: number; height: number; name: string }): Promise<{ id: string; out: string }> {
  const dir = join(work, 'story');
  mkdirSync(dir, { recursive: true });
  const id = createHash('sha256').update(photo.bytes).digest('hex');
  const asset = fakeImageAsset(1, { id, bytes: photo.bytes.length, width: photo.width, height: photo.height, name: photo.name });
  const story = fakeStory({ scenes: 1, panoramas: [asset] });
  story.scenes[0]!.panorama = id;
  writeFileSync(join(dir, 'story.json'), serializeStory(story));
  writeFileSync(join(dir, `${id}.jpg`), photo.bytes);
  const out = join(work, 'site');
  let said = '';
  const code = await runCli(['publish', dir, '-o', out], { out: (t) => void (said += t), err: (t) => void (said += t), cwd: ROOT, stdin: async () => Buffer.alloc(0) });
  assert.equal(code, 0, said);
  return { id, out };
}
