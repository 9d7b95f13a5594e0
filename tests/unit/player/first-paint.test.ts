import { describe, expect, it } from 'vitest';
import { screenHalvings } from '../../../src/player/standalone/firstPaint.ts';
import { EarlyDecodes } from '../../../src/player/view/textures/earlyDecodes.ts';

describe('the early picture is no larger than the screen needs', () => {
  it('halves an 8k picture once on a 720-pixel-high screen at fov 75 (3456 pixels needed around)', () => {
    expect(screenHalvings(8192, 720, 75)).toBe(1);
  });
  it('keeps a 4k picture there, and an 8k one on a tall phone screen or when zoomed in', () => {
    expect(screenHalvings(4096, 720, 75)).toBe(0);
    expect(screenHalvings(8192, 1688, 75)).toBe(0);
    expect(screenHalvings(8192, 720, 30)).toBe(0);
  });
  it('halves more on a small screen, never below what it needs', () => {
    const n = screenHalvings(16384, 360, 90);
    expect(n).toBe(3);
    expect(16384 / 2 ** n).toBeGreaterThanOrEqual((360 / 90) * 360);
  });
});

describe('EarlyDecodes hands a picture to the player only after the early picture is out', () => {
  it('holds take() until the gate opens', async () => {
    const bitmap = { width: 1, height: 1, close() {} } as unknown as ImageBitmap;
    const early = new EarlyDecodes(() => Promise.resolve(bitmap));
    early.start('a', Promise.resolve('https://example.org/a.jpg'));
    let open!: () => void;
    early.holdTakesUntil(new Promise<void>((ok) => (open = ok)));
    let got: ImageBitmap | null | undefined;
    void early.take('a')!.then((b) => (got = b));
    await new Promise((r) => setTimeout(r, 10));
    expect(got).toBeUndefined();
    open();
    await new Promise((r) => setTimeout(r, 0));
    expect(got).toBe(bitmap);
    expect(early.take('a')).toBeUndefined(); // once
    early.dispose();
  });
});
