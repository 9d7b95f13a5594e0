import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOk, real, root, textFile } from './helpers.ts';
import { titlePlaceholders } from '../../../src/story/io/importers/index.ts';
import { placeholderRasteriser } from '../../../src/story/io/importers/placeholder-raster.ts';
import { cardOps, fitTitle } from '../../../src/story/io/importers/placeholder-art.ts';
import { probeImage } from '../../../src/story/io/package/image-size.ts';

const font = (subset: string, weight: number) => new Uint8Array(readFileSync(resolve(root, `node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-${subset}-${weight}-normal.woff`)));
const draw = placeholderRasteriser(new Uint8Array(readFileSync(resolve(root, 'assets/import/placeholder-background.jpg'))), {
  400: [font('latin', 400), font('latin-ext', 400)],
  700: [font('latin', 700), font('latin-ext', 700)],
});
/** One letter is 0.5 em wide: enough to test line breaking without a font. */
const measure = (text: string, size: number) => Array.from(text).length * size * 0.5;

describe('a placeholder picture per Twine passage, with its title', () => {
  const twee = ':: StoryTitle\nT\n\n:: Start\n[[Łódź]] [[Жар-птица]]\n\n:: Łódź\nA city.\n\n:: Жар-птица\nA bird.';

  it('draws each title into its own 2048×1024 picture that the checks still list as a photo to replace', async () => {
    const [plain] = importOk([textFile('s.twee', twee)]);
    const r = await titlePlaceholders(plain!, draw);
    const [start, city, bird] = r.story.scenes;
    expect(new Set([start!.panorama, city!.panorama, bird!.panorama]).size).toBe(3);
    for (const s of [start!, city!]) {
      const bytes = r.media.get(s.panorama!)!.bytes;
      expect(probeImage(bytes)).toEqual({ status: 'ok', width: 2048, height: 1024 });
      expect(r.story.assets.find((a) => a.id === s.panorama)).toMatchObject({ kind: 'image', mime: 'image/jpeg', placeholder: true });
    }
    expect(r.story.assets.find((a) => a.id === city!.panorama)!.name).toBe('Łódź-placeholder.jpg');
    const flagged = r.problems.filter((p) => p.code === 'panorama-placeholder').map((p) => p.path);
    expect(flagged).toHaveLength(3);
    // The font has no Cyrillic letters: that scene keeps the shared picture, and the report says so.
    expect(bird!.panorama).toBe(plain!.story.scenes[2]!.panorama);
    expect(r.report.notes.find((n) => n.code === 'twine.titles-not-drawn')).toMatchObject({ kind: 'info', params: { count: 1 } });
    expect(r.story.assets).toHaveLength(3);
    expect([...r.media.keys()].sort()).toEqual(r.story.assets.map((a) => a.id).sort());
  }, 30_000);

  it('stores a picture once when titles draw the same, and drops the shared picture when no scene uses it', async () => {
    const [plain] = importOk([real('twine/kulla-example.twee')]);
    const same = draw('Same')!;
    const r = await titlePlaceholders(plain!, () => same);
    expect(r.story.assets).toHaveLength(1);
    expect(r.story.scenes.every((s) => s.panorama === r.story.assets[0]!.id)).toBe(true);
    expect(r.media.size).toBe(1);
    expect(r.report.placeholders).toBe(8);
  });

  it('leaves tours alone: only Twine passages get titled pictures', async () => {
    const [tour] = importOk([textFile('p.json', JSON.stringify({ scenes: { a: { panorama: 'missing.jpg' } } }))]);
    expect(await titlePlaceholders(tour!, () => null)).toBe(tour);
  });

  it('fits a title: big on one line when short, smaller and wrapped when long, cut with … when far too long', () => {
    expect(fitTitle('Start', measure)).toEqual({ size: 92, lines: ['Start'] });
    const two = fitTitle('The bridge over the dark river', measure);
    expect(two.lines.length).toBe(2);
    expect(two.size).toBeLessThan(92);
    const long = fitTitle('word '.repeat(80), measure);
    expect(long.lines).toHaveLength(3);
    expect(long.lines[2]!.endsWith('…')).toBe(true);
    const noSpaces = fitTitle('火'.repeat(60), measure);
    expect(noSpaces.lines.every((l) => measure(l, noSpaces.size) <= 710)).toBe(true);
    expect(cardOps('Start', measure).filter((o) => o.kind === 'text').map((o) => o.kind === 'text' && o.text)).toEqual(['Start', 'Your 360° photo goes here', 'Ditt 360°-bilde kommer her']);
  });
});
