import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../src/story/io/package/index.ts';

/**
 * The corpus made by scripts/make-bad-packages.mjs: each package breaks one rule and must be
 * refused with its own code and a message that says what is wrong and what to do.
 */
const dir = resolve(import.meta.dirname, '../fixtures/packages');
const load = (name: string) => readFileSync(resolve(dir, name));

const CASES: Array<[file: string, code: string, message: RegExp]> = [
  ['not-a-zip.storyscape', 'not-a-zip', /^This file is not a story package\. .*Check that you picked the right file\./],
  ['no-story.storyscape', 'story-missing', /no story in it: the file story\.json is missing\. .*export it from Storyscape again/],
  ['malformed-json.storyscape', 'not-json', /the text is broken at line 4, column 3\./],
  ['future-version.storyscape', 'version-future', /saved by a newer Storyscape \(format 99; this one reads up to format 3\)\. Update Storyscape/],
  ['asset-missing.storyscape', 'asset-missing', /^The picture "square\.jpg" is missing from the package \(it should be the file "assets\/[0-9a-f]{64}\.jpg"\)/],
  ['asset-wrong-hash.storyscape', 'asset-hash-mismatch', /^The file for the picture "square\.jpg" .* was changed or damaged after the package was made/],
  ['path-traversal.storyscape', 'entry-name-unsafe', /dangerous name: "\.\.\/\.\.\/evil\.sh" climbs out of its folder with "\.\."\. .*refuses the whole package/],
  ['absolute-path.storyscape', 'entry-name-unsafe', /dangerous name: "\/tmp\/evil\.sh" starts at the top of the disk/],
  ['zip-bomb.storyscape', 'zip-bomb', /would unpack to far more than it should: more than 100 times its packed size\. .*"zip bomb"/],
  ['zip-bomb-declared.storyscape', 'zip-bomb', /would unpack to far more than it should/],
  ['not-a-jpeg.storyscape', 'asset-unrecognised', /^The picture "photo\.jpg" is said to be a JPG picture, but its file .* is not a photo or sound Storyscape knows\./],
  ['sound-as-picture.storyscape', 'asset-kind-mismatch', /^The picture "sunset\.jpg" is really a sound \(MP3\) file/],
  [
    'image-too-big.storyscape',
    'image-too-big',
    /^The picture "huge\.jpg" is too big \(20000 × 10000 pixels\); the largest we can show is 16384 × 8192 pixels\. Make it smaller and try again\./,
  ],
  ['many-entries.storyscape', 'too-many-entries', /too many files \(5,002; a package holds at most 5,000\)/],
  ['truncated.storyscape', 'zip-damaged', /^This file is damaged .*Download or copy it again\./],
  ['story-in-folder.storyscape', 'story-in-folder', /inside a folder in this zip \("my-story\/story\.json"\)\. .*select everything inside it, and zip that/],
  ['encrypted.storyscape', 'zip-encrypted', /locked with a password/],
  ['duplicate-entry.storyscape', 'entry-duplicate', /"story\.json" is in this package twice/],
  ['overlapping-entries.storyscape', 'zip-bomb', /overlap each other/],
  ['backup-as-package.storyscape', 'package-is-backup', /This is a Storyscape backup .*Use "Restore backup"/],
  ['future-package-format.storyscape', 'package-version-future', /package format 7; this one reads up to format 1/],
];

describe('bad packages are refused, each with its own problem', () => {
  it('covers every file in the corpus', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.storyscape'));
    expect(new Set(files)).toEqual(new Set([...CASES.map((c) => c[0]), 'good.storyscape']));
  });

  it.each(CASES)('%s -> %s', async (file, code, message) => {
    const result = await readPackage(load(file));
    expect(result.ok).toBe(false);
    expect(result.story).toBeNull();
    const first = result.problems[0]!;
    expect(first.severity).toBe('error');
    expect(first.code).toBe(code);
    expect(first.message).toMatch(message);
    // Every refusal is something a reader can act on: never a stack trace or an internal name.
    for (const p of result.problems) expect(p.message).not.toMatch(/Error:|undefined|\[object/);
  });

  it('a package from another zip writer (sizes in local headers, deflated media) opens', async () => {
    const result = await readPackage(load('good.storyscape'));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.story.id).toBe('test-story');
    expect(result.assets.size).toBe(1);
    const [id, blob] = [...result.assets][0]!;
    expect(blob.type).toBe('image/jpeg');
    expect(id).toBe(result.story.assets[0]!.id);
  });

  it('the zip bomb is refused while inflating, after a few MB', async () => {
    const bytes = load('zip-bomb.storyscape');
    expect(bytes.length).toBeLessThan(1.2 * 1024 * 1024); // 1 GiB of zeros, packed
    const rssBefore = process.memoryUsage().rss;
    const result = await readPackage(bytes);
    expect(result.ok).toBe(false);
    expect(result.problems[0]!.code).toBe('zip-bomb');
    // Refused after the first 4 KiB slice of packed data: ~4 MB unpacked, not 1 GiB.
    expect(result.stats.bytesInflated).toBeGreaterThan(0);
    expect(result.stats.bytesInflated).toBeLessThan(8 * 1024 * 1024);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(256 * 1024 * 1024);
  });

  it('an honestly declared bomb is refused before a byte is inflated', async () => {
    const result = await readPackage(load('zip-bomb-declared.storyscape'));
    expect(result.problems[0]!.code).toBe('zip-bomb');
    expect(result.stats.bytesInflated).toBe(0);
  });

  it('thousands of entries are refused from the table of contents alone', async () => {
    const result = await readPackage(load('many-entries.storyscape'));
    expect(result.problems[0]!.code).toBe('too-many-entries');
    expect(result.stats.bytesInflated).toBe(0);
  });

  it('refusals leave out warnings about the refused package', async () => {
    const result = await readPackage(load('asset-wrong-hash.storyscape')); // it also has no manifest
    expect(result.problems.map((p) => p.code)).toEqual(['asset-hash-mismatch']);
  });

  it('names the zip entry each problem is about', async () => {
    const result = await readPackage(load('image-too-big.storyscape'));
    expect(result.problems[0]!.entry).toMatch(/^assets\/[0-9a-f]{64}\.jpg$/);
    expect(result.problems[0]!.path).toBe('/assets/0');
  });
});
