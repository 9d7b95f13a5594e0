import type { DeviceLimits } from '../../../story/media/panorama-grid.ts';

/** Quest, Pico and Wolvic browsers: the headset budget (HEADSET_MAX_SIDE) applies. */
export const isHeadsetBrowser = (ua: string = typeof navigator !== 'undefined' ? navigator.userAgent : ''): boolean =>
  /OculusBrowser|Quest|Pico|Wolvic/i.test(ua);

/**
 * A test hook: `?debug&maxTexture=2048` makes the player act as on a GPU whose largest texture is
 * 2048 px (so tiling shows on any machine). Ignored without `debug`.
 */
export function forcedMaxTexture(search: string = typeof location !== 'undefined' ? location.search : ''): number | undefined {
  const q = new URLSearchParams(search);
  const n = Number(q.get('maxTexture'));
  return q.has('debug') && Number.isInteger(n) && n >= 64 ? n : undefined;
}

/** This device's limits: the GPU's, a smaller one asked for (the player's prop, the test hook), the headset's. */
export function deviceLimits(gpuMax: number, asked?: number): DeviceLimits {
  return {
    maxTextureSize: Math.min(asked ?? forcedMaxTexture() ?? Infinity, gpuMax || 4096),
    headset: isHeadsetBrowser(),
  };
}
