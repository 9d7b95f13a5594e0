import { describe, expect, it, vi } from 'vitest';
import { isImmersiveVrSupported, watchImmersiveVrSupport } from '../../../src/xr/core/support.ts';
import { gazeActive, readPrefs, writePrefs } from '../../../src/xr/core/prefs.ts';

describe('immersive VR support', () => {
  it('is false without WebXR, when the check throws, or never answers', async () => {
    expect(await isImmersiveVrSupported(undefined)).toBe(false);
    expect(await isImmersiveVrSupported({})).toBe(false);
    expect(await isImmersiveVrSupported({ xr: { isSessionSupported: () => Promise.reject(new Error('policy')) } })).toBe(false);
    expect(await isImmersiveVrSupported({ xr: { isSessionSupported: () => new Promise(() => {}) } }, 20)).toBe(false);
  });

  it('asks for immersive-vr', async () => {
    const isSessionSupported = vi.fn(async (mode: string) => mode === 'immersive-vr');
    expect(await isImmersiveVrSupported({ xr: { isSessionSupported } })).toBe(true);
    expect(isSessionSupported).toHaveBeenCalledWith('immersive-vr');
  });

  it('is checked again when a headset comes or goes', async () => {
    let answer = false;
    const listeners: Array<() => void> = [];
    const nav = {
      xr: {
        isSessionSupported: async () => answer,
        addEventListener: (_: string, l: () => void) => listeners.push(l),
        removeEventListener: () => {},
      },
    };
    const seen: boolean[] = [];
    const stop = watchImmersiveVrSupport((v) => seen.push(v), nav);
    await new Promise((r) => setTimeout(r, 10));
    answer = true;
    listeners.forEach((l) => l());
    await new Promise((r) => setTimeout(r, 10));
    stop();
    expect(seen).toEqual([false, true]);
  });
});

describe('headset preferences', () => {
  it('gaze selection is on without controllers or hands, or always when asked', () => {
    expect(gazeActive('auto', { controllers: 0, hands: 0 })).toBe(true);
    expect(gazeActive('auto', { controllers: 1, hands: 0 })).toBe(false);
    expect(gazeActive('auto', { controllers: 0, hands: 2 })).toBe(false);
    expect(gazeActive('always', { controllers: 2, hands: 0 })).toBe(true);
  });

  it('are kept on the device and survive bad storage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readPrefs(storage)).toEqual({ gaze: 'auto' });
    writePrefs({ gaze: 'always' }, storage);
    expect(readPrefs(storage)).toEqual({ gaze: 'always' });
    store.set('storyscape.xr.prefs', '{not json');
    expect(readPrefs(storage)).toEqual({ gaze: 'auto' });
    expect(readPrefs(null)).toEqual({ gaze: 'auto' });
  });
});
