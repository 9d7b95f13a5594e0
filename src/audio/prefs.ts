/**
 * The reader's global volume and mute, remembered between visits (localStorage by default).
 * Storage can be missing or throw (private mode, sandboxed iframes, quota): then the settings
 * simply last for this visit.
 */

export interface AudioPrefs {
  /** 0..1 */
  volume: number;
  muted: boolean;
}

export type PrefsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export const PREFS_KEY = 'storyscape.audio.v1';
export const DEFAULT_PREFS: Readonly<AudioPrefs> = { volume: 1, muted: false };

export function clampVolume(v: unknown, fallback = 1): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isFinite(n)) return fallback;
  return Math.min(1, Math.max(0, n));
}

export function defaultStorage(): PrefsStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadPrefs(storage: PrefsStorage | null, key = PREFS_KEY): AudioPrefs {
  if (!storage) return { ...DEFAULT_PREFS };
  try {
    const raw = storage.getItem(key);
    if (!raw) return { ...DEFAULT_PREFS };
    const parsed = JSON.parse(raw) as Partial<AudioPrefs> | null;
    return {
      volume: clampVolume(parsed?.volume, DEFAULT_PREFS.volume),
      muted: typeof parsed?.muted === 'boolean' ? parsed.muted : DEFAULT_PREFS.muted,
    };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function savePrefs(storage: PrefsStorage | null, prefs: AudioPrefs, key = PREFS_KEY): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify({ volume: prefs.volume, muted: prefs.muted }));
    return true;
  } catch {
    return false;
  }
}
