import { describe, expect, it } from 'vitest';
import { importOk, real, textFile } from './helpers.ts';
import { reportText } from '../../../src/story/io/importers/report.ts';
import { cubesNotJoined } from '../../../src/story/io/importers/cubes.ts';

const realText = (path: string) => new TextDecoder().decode(real(path).bytes);

describe('Marzipano exports from real repositories', () => {
  it('reads Marzipano’s own sample tour (`var data = {…}` after a licence comment) as data', () => {
    const [r] = importOk([real('marzipano/marzipano-sample-tour-data.js', 'sample-tour/data.js')]);
    expect(r!.story.meta.title.en).toBe('Sample Tour');
    expect(r!.story.scenes.map((s) => s.title.en)).toEqual(['Oriente Station', 'Electricity Museum', 'Jerónimos Monastery']);
    const info = r!.story.scenes[0]!.hotspots.find((h) => h.action.type === 'info')!;
    expect(info.action.type === 'info' && info.action.text.en).toMatch(/^The Oriente Station is one of the most important bus and train stations/);
    const text = reportText(r!);
    expect(text).toMatch(/tiles” folder\) were not among your files/);
    expect(text).toMatch(/turned by itself \(autorotate\)/);
    expect(text).not.toMatch(/joined into one/);
  });

  it('reads a real export with a custom line after APP_DATA, ignores that line, and reports it once', () => {
    const plain = importOk([real('marzipano/360-story-data.js', 'data.js')])[0]!;
    const custom = `${realText('marzipano/360-story-data.js')}\nAPP_DATA.scenes.forEach(function (s) { s.name = s.name.toUpperCase(); });\n`;
    const [r] = importOk([textFile('data.js', custom)]);
    expect(r!.story.scenes).toEqual(plain.story.scenes);
    expect(r!.report.notes.filter((n) => n.code === 'marzipano.code-ignored')).toEqual([
      expect.objectContaining({ kind: 'info', params: { file: 'data.js', code: 'APP_DATA.scenes.forEach(function (s) { s.name = s.name.toUpp…' } }),
    ]);
    expect(reportText(r!)).toMatch(/has code besides the tour’s data\. Storyscape read only the data/);
  });

  it('never says tiles were joined where they were not: with tiles but no canvas, the scene is reported as not joined', () => {
    const tile = real('pannellum/examplepano.jpg').bytes;
    const files = [textFile('t/data.js', "var APP_DATA = { scenes: [{ id: 's', name: 'S', levels: [{ tileSize: 512, size: 512 }] }], name: 'Tiles' };")];
    for (const f of ['f', 'r', 'b', 'l', 'u', 'd']) files.push({ path: `t/tiles/s/0/${f}/0/0.jpg`, bytes: tile });
    const [r] = importOk(files);
    expect(r!.cubeJobs).toHaveLength(1);
    const text = reportText(cubesNotJoined(r!));
    expect(text).toMatch(/S: This scene is a cube of six pictures \(or picture tiles\)\. Only the Storyscape app can join them/);
    expect(text).not.toMatch(/are joined into|were not among your files/);
  });
});
