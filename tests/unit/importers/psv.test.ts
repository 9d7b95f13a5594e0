import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importOk, infos, root, scene } from './helpers.ts';
import type { ImportFile } from '../../../src/story/io/importers/index.ts';

const psv = (name: string): ImportFile => ({ path: `tour/${name}`, bytes: new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/psv', name))) });

describe('Photo Sphere Viewer 5 tour with markers (tests/fixtures/psv/library-tour.json)', () => {
  const [r] = importOk([psv('library-tour.json'), psv('quarters.png')]);
  const result = r!;
  const byLabel = (sceneId: string) => new Map(infos(result, sceneId).map((h) => [h.label.en, h]));

  it('turns point markers with words into information points, HTML made plain text', () => {
    const hall = byLabel('hall');
    expect([...hall.keys()]).toEqual(['About this place', 'The old clock', 'Way out', 'Opening hours: Mon–Fri 9–17']);
    expect(hall.get('The old clock')!.action).toMatchObject({ type: 'info', title: { en: 'The old clock' }, text: { en: 'Built in 1901.\n\nIt still works & chimes at noon.' } });
    expect(hall.get('Way out')!.action).toMatchObject({ text: { en: 'Way out' } });
    expect(hall.get('Opening hours: Mon–Fri 9–17')!.action).toMatchObject({ text: { en: 'Opening hours: \nMon–Fri 9–17' } });
    const garden = byLabel('garden');
    expect([...garden.keys()]).toEqual(['A bench to read on', 'Frogs live here.']);
  });

  it('places markers by yaw/pitch (radians or "deg"), by texture pixels of the panorama, and by PSV 4 longitude/latitude', () => {
    const hall = byLabel('hall');
    expect(hall.get('The old clock')!.yaw).toBeCloseTo(0.3 * (180 / Math.PI), 5);
    expect(hall.get('The old clock')!.pitch).toBeCloseTo(0.1 * (180 / Math.PI), 5);
    // textureX 1536 of 2048 = three quarters across = yaw +90 (PSV: the centre column is yaw 0); textureY 512 of 1024 = the horizon.
    expect([hall.get('Way out')!.yaw, hall.get('Way out')!.pitch]).toEqual([90, 0]);
    expect([hall.get('Opening hours: Mon–Fri 9–17')!.yaw, hall.get('Opening hours: Mon–Fri 9–17')!.pitch]).toEqual([180, 10]);
    const garden = byLabel('garden');
    // textureY 768 of 1024 = 45° below the horizon.
    expect([garden.get('A bench to read on')!.yaw, garden.get('A bench to read on')!.pitch]).toEqual([0, -45]);
    expect(garden.get('Frogs live here.')!.yaw).toBeCloseTo(3.0 * (180 / Math.PI), 5);
    expect(garden.get('Frogs live here.')!.pitch).toBeCloseTo(-0.3 * (180 / Math.PI), 5);
  });

  it('reports polygons, polylines, videos, wordless markers and flat picture layers as left out, each with why', () => {
    const dropped = result.report.notes.filter((n) => n.kind === 'dropped' && n.scene === 'Entrance hall').map((n) => [n.code, n.params.marker]);
    expect(dropped).toEqual([
      ['psv.marker-shape', 'Stained-glass window'],
      ['psv.marker-shape', 'route'],
      ['psv.marker-video', 'screen'],
      ['psv.marker-no-text', 'dot'],
      ['psv.marker-layer', 'sign'],
    ]);
    expect(result.report.notes.find((n) => n.code === 'psv.marker-video')!.message).toMatch(/cannot play videos/);
    expect(result.report.notes.filter((n) => n.code === 'psv.markers-converted').map((n) => n.scene)).toEqual(['Entrance hall', 'Garden']);
    expect(result.report.infos).toBe(6);
    expect(scene(result, 'hall').hotspots.filter((h) => h.action.type === 'goto')).toHaveLength(1);
  });

  it('cannot place texture-pixel markers without the panorama, and says so', () => {
    const [noPicture] = importOk([psv('library-tour.json')]);
    const notes = noPicture!.report.notes.filter((n) => n.code === 'psv.marker-no-position').map((n) => n.params.marker);
    expect(notes).toEqual(['door', 'A bench to read on']);
  });
});
