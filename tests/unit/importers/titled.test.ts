import { describe, expect, it } from 'vitest';
import { importOk, real } from './helpers.ts';
import { fitTitle } from '../../../src/story/io/importers/placeholder-art.ts';

/** One letter is 0.5 em wide: enough to test line breaking without a font. */
const measure = (text: string, size: number) => Array.from(text).length * size * 0.5;

describe('Twine passages share one placeholder picture; the player draws each title on it', () => {
  it('stores one picture for every passage, still listed as a photo to replace', () => {
    const [r] = importOk([real('twine/kulla-example.twee')]);
    expect(r!.story.assets).toHaveLength(1);
    expect(r!.story.assets[0]).toMatchObject({ kind: 'image', placeholder: true });
    expect(r!.story.scenes.every((s) => s.panorama === r!.story.assets[0]!.id)).toBe(true);
    expect(r!.media.size).toBe(1);
    expect(r!.report.placeholders).toBe(8);
    expect(r!.problems.filter((p) => p.code === 'panorama-placeholder')).toHaveLength(8);
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
  });
});
