import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { gotos, importError, importOk, root, textFile } from './helpers.ts';
import { directionOf, yawPitchOf } from '../../../src/story/angles.ts';

/**
 * Angle conventions against a panorama with known-colour quarters (yaw [-45,45) red, [45,135) green,
 * [135,225) blue, [-135,-45) yellow). The player samples the picture at u = 0.5 + yaw/360,
 * v = 0.5 - pitch/180 (src/story/schema/common.ts); directionOf is the player's own conversion.
 */
type Rgb = [number, number, number];
function decodePng(bytes: Uint8Array): { width: number; height: number; pixel(x: number, y: number): Rgb } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Uint8Array[] = [];
  while (at < bytes.length) {
    const len = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const data = bytes.subarray(at + 8, at + 8 + len);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 0;
      if (data[8] !== 8 || channels === 0 || data[12] !== 0) throw new Error('only 8-bit RGB(A), non-interlaced');
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = unzlibSync(new Uint8Array(idat.flatMap((d) => [...d])));
  const stride = width * channels;
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i]!;
      const a = i >= channels ? out[y * stride + i - channels]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + i]! : 0;
      const c = i >= channels && y > 0 ? out[(y - 1) * stride + i - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      out[y * stride + i] = (x + [0, a, b, (a + b) >> 1, paeth][filter]!) & 255;
    }
  }
  return { width, height, pixel: (x, y) => [...out.subarray(y * stride + x * channels, y * stride + x * channels + 3)] as Rgb };
}

const file = resolve(root, 'tests/fixtures/generated/quarters.png');
/** The quarters picture, or (in a checkout without it) the same picture described as a function. */
const colourAt: (yaw: number, pitch: number) => string = existsSync(file)
  ? (() => {
      const png = decodePng(new Uint8Array(readFileSync(file)));
      return (yaw: number, pitch: number) => {
        const [x, y, z] = directionOf(yaw, pitch);
        const back = yawPitchOf(x, y, z);
        const u = 0.5 + back.yaw / 360;
        const v = 0.5 - back.pitch / 180;
        const [r, g, b] = png.pixel(Math.min(png.width - 1, Math.floor(u * png.width)), Math.min(png.height - 1, Math.floor(v * png.height)));
        return r > 180 && g > 180 && b < 120 ? 'yellow' : r > 180 && g < 120 ? 'red' : g > 150 && r < 150 ? 'green' : b > 150 ? 'blue' : `rgb(${r},${g},${b})`;
      };
    })()
  : (yaw: number) => {
      const y = ((yaw % 360) + 405) % 360;
      return ['red', 'green', 'blue', 'yellow'][Math.floor(y / 90)]!;
    };

describe('angle conventions against the quarters panorama', () => {
  it('the picture itself has the quarters where the conventions say', () => {
    expect([0, 90, 180, -90].map((y) => colourAt(y, 0))).toEqual(['red', 'green', 'blue', 'yellow']);
  });

  it('Pannellum yaw 90 lands on green, -90 on yellow, 180 on blue', () => {
    const hs = [90, -90, 180, 10].map((yaw) => ({ type: 'scene', sceneId: 'b', yaw, pitch: 5 }));
    const [r] = importOk([textFile('p.json', JSON.stringify({ scenes: { a: { panorama: 'q.png', hotSpots: hs }, b: { panorama: 'q.png' } } }))]);
    expect(gotos(r!, 'a').map((g) => colourAt(g.yaw, g.pitch))).toEqual(['green', 'yellow', 'blue', 'red']);
    expect(gotos(r!, 'a')[0]!.pitch).toBe(5);
  });

  it('Marzipano yaw π/2 lands on green, and its positive pitch (down) becomes negative', () => {
    const [r] = importOk([textFile('data.js', `var APP_DATA = { scenes: [{ id: 'a', name: 'A', linkHotspots: [{ yaw: ${Math.PI / 2}, pitch: 0.3, target: 'a' }, { yaw: ${-Math.PI / 2}, pitch: -0.3, target: 'a' }] }] };`)]);
    const [g, y] = gotos(r!, 'a');
    expect(colourAt(g!.yaw, g!.pitch)).toBe('green');
    expect(colourAt(y!.yaw, y!.pitch)).toBe('yellow');
    expect(g!.pitch).toBeCloseTo(-0.3 * (180 / Math.PI), 6);
    expect(y!.pitch).toBeGreaterThan(0);
  });

  it('Photo Sphere Viewer radians and "deg" strings land on the right quarter', () => {
    const nodes = [
      { id: 'a', panorama: 'q.png', name: 'A', links: [{ nodeId: 'b', position: { yaw: Math.PI / 2, pitch: 0.1 } }, { nodeId: 'b', position: { yaw: '-90deg', pitch: '-10deg' } }, { nodeId: 'b', position: { yaw: '3.1rad', pitch: 0 } }] },
      { id: 'b', panorama: 'q.png', name: 'B', caption: 'Hello <b>there</b>', links: [{ nodeId: 'a' }] },
    ];
    const [r] = importOk([textFile('nodes.json', JSON.stringify(nodes))]);
    expect(r!.report.format).toBe('photo-sphere-viewer');
    const links = gotos(r!, 'a');
    expect(links.map((l) => colourAt(l.yaw, l.pitch))).toEqual(['green', 'yellow', 'blue']);
    expect(links[0]!.pitch).toBeCloseTo(0.1 * (180 / Math.PI), 6);
    expect(links[1]!.pitch).toBe(-10);
    expect(gotos(r!, 'b').map((l) => l.target)).toEqual(['a']);
    expect(r!.report.notes.some((n) => n.scene === 'B' && /no direction/.test(n.message))).toBe(true);
  });
});

describe('absurd input is refused with a clear message', () => {
  it('a config over 20 MB', () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(32);
    expect(importError([{ path: 'tour.json', bytes: big }])).toMatch(/20 MB/);
  });
  it('more than 5,000 scenes', () => {
    const scenes = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`s${i}`, { panorama: 'x.jpg' }]));
    expect(importError([textFile('tour.json', JSON.stringify({ scenes }))])).toMatch(/5000/);
  });
  it('something that is not a tour at all', () => {
    expect(importError([textFile('notes.txt', 'hello')])).toMatch(/could not find a tour or story/);
    expect(importError([])).toMatch(/No files/);
  });
  it('a broken zip', () => {
    expect(importError([textFile('tour.zip', 'PK not really')])).toMatch(/damaged/);
  });
});
