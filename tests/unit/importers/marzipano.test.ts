import { describe, expect, it } from 'vitest';
import { gotos, importError, importOk, infos, real, scene, textFile } from './helpers.ts';

const R = 180 / Math.PI;

describe('Marzipano Tool export without its tiles (real file)', () => {
  const [r] = importOk([real('marzipano/360-story-data.js', 'app-files/data.js')]);
  const result = r!;

  it('keeps the scenes, the start scene and every link, including the one to its own scene', () => {
    expect(result.story.scenes.map((s) => s.id)).toEqual(['0-street-view-360', '1-street-view-train-station']);
    expect(result.story.startSceneId).toBe('0-street-view-360');
    expect(gotos(result, '0-street-view-360').map((g) => g.target)).toEqual(['0-street-view-360', '1-street-view-train-station']);
    expect(result.report).toMatchObject({ format: 'marzipano', scenes: 2, links: 2, infos: 2, placeholders: 2 });
    expect(result.report.notes.some((n) => /same scene/.test(n.message))).toBe(true);
    expect(result.problems.some((p) => p.code === 'hotspot-self-link')).toBe(true);
  });

  it('converts radians to degrees, flips the pitch (Marzipano pitch is positive down) and keeps the vertical fov', () => {
    const s = scene(result, '0-street-view-360');
    expect(s.view.yaw).toBeCloseTo(0.5580015936917029 * R, 4);
    expect(s.view.pitch).toBeCloseTo(-0.5018530296024863 * R, 4);
    expect(s.view.fov).toBeCloseTo(1.5802290220394455 * R, 1);
    const [self] = gotos(result, '0-street-view-360');
    expect(self!.yaw).toBeCloseTo(-0.10250884145066763 * R, 4);
    expect(self!.pitch).toBeCloseTo(-0.06687212617140759 * R, 4);
  });

  it('keeps info hotspots as plain text and marks every panorama to replace', () => {
    const [info] = infos(result, '0-street-view-360');
    expect(info!.action).toMatchObject({ type: 'info', title: { en: 'Secretariat Statue' } });
    expect(info!.action.type === 'info' && info!.action.text.en).toMatch(/^Built in 2023/);
    for (const s of result.story.scenes) expect(result.story.assets.find((a) => a.id === s.panorama)).toMatchObject({ placeholder: true });
    expect(result.report.notes.some((n) => /tiles/.test(n.message))).toBe(true);
  });

  it('turns HTML in info text into plain text', () => {
    const [r2] = importOk([textFile('data.js', `var APP_DATA = { scenes: [{ id: 'a', name: 'A', infoHotspots: [{ yaw: 0, pitch: 0, title: '<b>Hi</b>', text: '<p>One &amp; two</p><br>three' }], linkHotspots: [] }] };`)]);
    const [info] = infos(r2!, 'a');
    expect(info!.action).toMatchObject({ title: { en: 'Hi' }, text: { en: 'One & two\n\nthree' } });
  });

  it('queues the highest tile level for joining when the tiles folder is there', () => {
    const jpeg = real('pannellum/examplepano.jpg').bytes;
    const data = `var APP_DATA = { scenes: [{ id: 's', name: 'S', levels: [{ tileSize: 256, size: 256, fallbackOnly: true }, { tileSize: 512, size: 1024 }], faceSize: 1024 }] };`;
    const tiles = ['f', 'r', 'b', 'l', 'u', 'd'].flatMap((f) => [0, 1].flatMap((y) => [0, 1].map((x) => ({ path: `tour/tiles/s/1/${f}/${y}/${x}.jpg`, bytes: jpeg }))));
    const [r3] = importOk([textFile('tour/data.js', data), ...tiles]);
    expect(r3!.cubeJobs).toHaveLength(1);
    expect(r3!.cubeJobs[0]!.faceSize).toBe(1024);
    expect(r3!.cubeJobs[0]!.faces.map((f) => f.length)).toEqual([2, 2, 2, 2, 2, 2]);
  });
});

describe('hostile data.js is read as data or refused, never run', () => {
  const globalHit = globalThis as { __pwned?: boolean };
  const attempts = [
    'var APP_DATA = (function(){ globalThis.__pwned = true; return { scenes: [] } })()',
    'var APP_DATA = { get scenes() { globalThis.__pwned = true; return [] } };',
    'var APP_DATA = { scenes: [{ id: `${globalThis.__pwned = true}` }] };',
    'var APP_DATA = { scenes: [{ id: "a", name: alert(1) }] };',
    'var APP_DATA = { ...window.stuff };',
    'window.__pwned = true',
  ];
  for (const src of attempts) {
    it(`refuses ${src.slice(0, 50)}`, () => {
      expect(importError([textFile('data.js', src)])).toMatch(/not plain data|does not look like|could not find/);
      expect(globalHit.__pwned).toBeUndefined();
    });
  }
  it('reads the data of a data.js with code after it (a custom line), never runs that code, and says it was ignored', () => {
    const src = 'var APP_DATA = { scenes: [{ id: "a", name: "Hall" }], name: "Museum" };\nglobalThis.__pwned = true;\nAPP_DATA.scenes.pop();\n';
    const [r] = importOk([textFile('tour/data.js', src)]);
    expect(globalHit.__pwned).toBeUndefined();
    expect(r!.story.scenes.map((s) => s.title.en)).toEqual(['Hall']);
    expect(r!.story.meta.title.en).toBe('Museum');
    const note = r!.report.notes.find((n) => n.code === 'marzipano.code-ignored');
    expect(note).toMatchObject({ kind: 'info', params: { file: 'data.js', code: 'globalThis.__pwned = true;' } });
    const [before] = importOk([textFile('data.js', 'window.extra = 1;\nvar APP_DATA = { scenes: [{ id: "b" }] };')]);
    expect(before!.report.notes.find((n) => n.code === 'marzipano.code-ignored')?.params.code).toBe('window.extra = 1;');
    expect(globalHit.__pwned).toBeUndefined();
  });

  it('accepts plain data with comments, single quotes and trailing commas', () => {
    const [r] = importOk([textFile('data.js', `// exported\nvar APP_DATA = {\n  /* x */ 'scenes': [{ id: 'a', name: "A\\u00e9", linkHotspots: [], }],\n  name: 'T',\n};\n`)]);
    expect(r!.story.scenes[0]!.title.en).toBe('Aé');
  });
});
