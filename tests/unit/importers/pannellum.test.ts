import { describe, expect, it } from 'vitest';
import { gotos, importOk, infos, real, scene, textFile } from './helpers.ts';
import { sha256Hex } from '../../../src/story/hash.ts';

describe('Pannellum example tour (real file, BOM and all)', () => {
  const [r] = importOk([real('pannellum/example-tour.json'), real('pannellum/examplepano.jpg')]);
  const result = r!;

  it('keeps both scenes, the start scene and the links by id', () => {
    expect(result.story.scenes.map((s) => s.id)).toEqual(['pondCube', 'pond']);
    expect(result.story.startSceneId).toBe('pond');
    expect(gotos(result, 'pond')).toEqual([{ target: 'pondCube', yaw: 100, pitch: 0, label: 'Pond (cube)' }]);
    expect(gotos(result, 'pondCube')).toEqual([{ target: 'pond', yaw: -60, pitch: 0, label: 'Pond' }]);
    expect(result.report).toMatchObject({ format: 'pannellum', scenes: 2, links: 2, infos: 2, placeholders: 1 });
  });

  it('keeps angles as they are (degrees, yaw right, pitch up) and info hotspots with their link', () => {
    const [pond, link] = infos(result, 'pondCube');
    expect(pond).toMatchObject({ yaw: 170, pitch: -12, action: { type: 'info', text: { en: 'This is Jordan Pond, located in Acadia National Park.' } } });
    expect(link).toMatchObject({ yaw: -50, pitch: -10, action: { link: { url: 'https://github.com/mpetroff/pannellum' } } });
  });

  it('uses the real photo, and reports the cubemap whose faces are missing without failing', () => {
    const photo = real('pannellum/examplepano.jpg').bytes;
    expect(scene(result, 'pond').panorama).toBe(sha256Hex(photo));
    const asset = result.story.assets.find((a) => a.id === sha256Hex(photo));
    expect(asset).toMatchObject({ kind: 'image', width: 4096, height: 2048, mime: 'image/jpeg' });
    expect(result.media.get(sha256Hex(photo))?.bytes.length).toBe(photo.length);
    const cube = scene(result, 'pondCube');
    expect(result.story.assets.find((a) => a.id === cube.panorama)).toMatchObject({ placeholder: true });
    expect(result.report.notes.some((n) => n.scene === 'Jordan Pond (Cube)' && /cube of six pictures.*placeholder/.test(n.message))).toBe(true);
    expect(result.cubeJobs).toEqual([]);
  });

  it('converts the horizontal field of view to a vertical one for 16:9', () => {
    const [r2] = importOk([textFile('t.json', JSON.stringify({ default: { firstScene: 'a' }, scenes: { a: { hfov: 90, yaw: 200, pitch: -30, panorama: 'x.jpg' } } }))]);
    const view = r2!.story.scenes[0]!.view;
    expect(view.fov).toBeCloseTo(58.72, 1);
    expect(view.yaw).toBe(-160);
    expect(view.pitch).toBe(-30);
    expect(r2!.report.notes.some((n) => /16:9/.test(n.message))).toBe(true);
  });

  it('queues the cube faces for joining when they are given, and reports multires', () => {
    const jpeg = real('pannellum/examplepano.jpg').bytes;
    const faces = [0, 1, 2, 3, 4, 5].map((i) => ({ path: `tour/examplepanocube${i}.jpg`, bytes: jpeg }));
    const config = textFile('tour/example-tour.json', new TextDecoder().decode(real('pannellum/example-tour.json').bytes));
    const [r3] = importOk([config, ...faces]);
    expect(r3!.cubeJobs).toHaveLength(1);
    expect(r3!.cubeJobs[0]!.sceneId).toBe('pondCube');
    const [r4] = importOk([textFile('m.json', JSON.stringify({ scenes: { m: { type: 'multires', multiRes: {} } } }))]);
    expect(r4!.report.notes.some((n) => n.kind === 'dropped' && /multires/.test(n.message))).toBe(true);
  });

  it('reports partial panoramas and straightened horizons', () => {
    const [r6] = importOk([textFile('t.json', JSON.stringify({ scenes: { a: { panorama: 'a.jpg', haov: 180, horizonRoll: 3 } } }))]);
    expect(r6!.report.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['approximated', 'dropped']));
    expect(r6!.report.notes.some((n) => /partial panorama/.test(n.message))).toBe(true);
  });

  it('reports a link to a scene that does not exist', () => {
    const [r5] = importOk([textFile('t.json', JSON.stringify({ scenes: { a: { panorama: 'a.jpg', hotSpots: [{ type: 'scene', sceneId: 'nowhere', yaw: 0, pitch: 0 }] } } }))]);
    expect(r5!.report.links).toBe(0);
    expect(r5!.report.notes.some((n) => /nowhere/.test(n.message))).toBe(true);
  });
});
