/**
 * The reader's headset preferences, kept on this device (localStorage; never in the story).
 *
 * `gaze`: "auto" selects by looking (gaze and dwell) only while no controller or hand is
 * tracked; "always" keeps it on alongside controllers and hands.
 */
export type GazeMode = 'auto' | 'always';

export interface XRPrefs {
  gaze: GazeMode;
}

const KEY = 'storyscape.xr.prefs';
export const DEFAULT_PREFS: XRPrefs = { gaze: 'auto' };

export function readPrefs(storage: Pick<Storage, 'getItem'> | null = safeStorage()): XRPrefs {
  try {
    const raw = storage?.getItem(KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<XRPrefs>) : {};
    return { gaze: parsed.gaze === 'always' ? 'always' : 'auto' };
  } catch {
    return { ...DEFAULT_PREFS };
  }
}

export function writePrefs(prefs: XRPrefs, storage: Pick<Storage, 'setItem'> | null = safeStorage()) {
  try {
    storage?.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // private mode or full storage: the choice lasts for this visit only
  }
}

/** Whether gaze-and-dwell selection is on, given the preference and what the headset tracks. */
export function gazeActive(mode: GazeMode, inputs: { controllers: number; hands: number }): boolean {
  return mode === 'always' || inputs.controllers + inputs.hands === 0;
}

function safeStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
