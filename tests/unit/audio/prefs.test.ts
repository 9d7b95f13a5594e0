import { describe, expect, it } from 'vitest';
import { clampVolume, loadPrefs, savePrefs, type PrefsStorage } from '../../../src/audio/prefs.ts';

const memory = (): PrefsStorage & { data: Map<string, string> } => {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};

describe('volume and mute preferences', () => {
  it('round-trips and survives garbage', () => {
    const s = memory();
    expect(loadPrefs(s)).toEqual({ volume: 1, muted: false });
    expect(savePrefs(s, { volume: 0.4, muted: true })).toBe(true);
    expect(loadPrefs(s)).toEqual({ volume: 0.4, muted: true });
    s.setItem('storyscape.audio.v1', '{nope');
    expect(loadPrefs(s)).toEqual({ volume: 1, muted: false });
    s.setItem('storyscape.audio.v1', JSON.stringify({ volume: 7, muted: 'yes' }));
    expect(loadPrefs(s)).toEqual({ volume: 1, muted: false });
  });

  it('works without storage, or when storage throws', () => {
    expect(loadPrefs(null)).toEqual({ volume: 1, muted: false });
    expect(savePrefs(null, { volume: 1, muted: false })).toBe(false);
    const broken: PrefsStorage = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(loadPrefs(broken)).toEqual({ volume: 1, muted: false });
    expect(savePrefs(broken, { volume: 0.5, muted: false })).toBe(false);
  });

  it('clamps volume', () => {
    expect(clampVolume(-1)).toBe(0);
    expect(clampVolume(2)).toBe(1);
    expect(clampVolume('0.3')).toBe(0.3);
    expect(clampVolume(NaN, 0.7)).toBe(0.7);
  });
});
