import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkTwoToOne, isCropped, northOffsetFor, parseGPano, placeInFullFrame } from '../../../../src/story/media/gpano.ts';
import { normalizeYaw } from '../../../../src/story/angles.ts';
import { readXmp } from '../../../../src/story/media/jpeg-meta.ts';

describe('GPano photospheres', () => {
  it('reads attribute and element forms', () => {
    const attr = readXmp(new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../../fixtures/media/photosphere-cropped.jpg'))))!;
    expect(parseGPano(attr)).toEqual({ fullWidth: 2400, fullHeight: 1200, croppedWidth: 1200, croppedHeight: 400, left: 600, top: 300, heading: 90 });
    const el = '<GPano:FullPanoWidthPixels>8000</GPano:FullPanoWidthPixels><GPano:FullPanoHeightPixels>4000</GPano:FullPanoHeightPixels>' +
      '<GPano:CroppedAreaImageWidthPixels>8000</GPano:CroppedAreaImageWidthPixels><GPano:CroppedAreaImageHeightPixels>2000</GPano:CroppedAreaImageHeightPixels>' +
      '<GPano:CroppedAreaLeftPixels>0</GPano:CroppedAreaLeftPixels><GPano:CroppedAreaTopPixels>1000</GPano:CroppedAreaTopPixels>';
    const g = parseGPano(el)!;
    expect(g.heading).toBeNull();
    expect(isCropped(g)).toBe(true);
    expect(parseGPano('<x:xmpmeta/>')).toBeNull();
    expect(parseGPano('GPano:FullPanoWidthPixels="10" GPano:FullPanoHeightPixels="5" GPano:CroppedAreaImageWidthPixels="20" GPano:CroppedAreaImageHeightPixels="5"')).toBeNull();
  });

  it('places a cropped photosphere in its full 2:1 frame, scaled to the real picture size', () => {
    const g = { fullWidth: 2400, fullHeight: 1200, croppedWidth: 1200, croppedHeight: 400, left: 600, top: 300, heading: 90 };
    expect(placeInFullFrame(g, 1200, 400)).toEqual({ width: 2400, height: 1200, x: 600, y: 300, w: 1200, h: 400 });
    // The phone wrote the numbers for the original; the file was resized to half.
    expect(placeInFullFrame(g, 600, 200)).toEqual({ width: 1200, height: 600, x: 300, y: 150, w: 600, h: 200 });
    // Never wider than the limit.
    expect(placeInFullFrame(g, 6000, 2000, 8192)).toEqual({ width: 8192, height: 4096, x: 2048, y: 1024, w: 4096, h: 1365 });
  });

  it('always makes a 2:1 frame the picture fits in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 20000 }), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (fw, fx, fy, lx, ty) => {
        const fullWidth = fw * 2;
        const g = { fullWidth, fullHeight: fw, croppedWidth: Math.max(1, Math.round(fullWidth * fx)), croppedHeight: Math.max(1, Math.round(fw * fy)), left: 0, top: 0, heading: null };
        g.left = Math.round((fullWidth - g.croppedWidth) * lx);
        g.top = Math.round((fw - g.croppedHeight) * ty);
        const p = placeInFullFrame(g, g.croppedWidth, g.croppedHeight);
        expect(p.width).toBe(p.height * 2);
        expect(p.width).toBeLessThanOrEqual(8192);
        expect(p.x + p.w).toBeLessThanOrEqual(p.width);
        expect(p.y + p.h).toBeLessThanOrEqual(p.height);
      }),
    );
  });

  it('turns the compass heading of the frame centre into the north offset', () => {
    expect(northOffsetFor(90)).toBe(-90); // centre faces east: north is a quarter turn left
    expect(northOffsetFor(270)).toBe(90);
    expect(northOffsetFor(180)).toBe(180);
    expect(northOffsetFor(0)).toBe(0);
    expect(northOffsetFor(null)).toBe(0);
    expect(normalizeYaw(-180)).toBe(180);
    expect(normalizeYaw(540)).toBe(180);
    expect(normalizeYaw(-190)).toBe(170);
  });
});

describe('the 2:1 check', () => {
  it('accepts 2:1 within 1% and reports the ratio otherwise', () => {
    expect(checkTwoToOne(4096, 2048)).toEqual({ ok: true });
    expect(checkTwoToOne(4000, 1995)).toEqual({ ok: true });
    expect(checkTwoToOne(900, 300)).toEqual({ ok: false, ratio: 3 });
    expect(checkTwoToOne(4000, 3000)).toEqual({ ok: false, ratio: 1.33 });
  });
});
