import { useSyncExternalStore } from 'react';

export const CAPTIONS_KEY = 'storyscape.player.captions';

function read(): boolean {
  try {
    return localStorage.getItem(CAPTIONS_KEY) !== 'off';
  } catch {
    return true; // storage blocked (private mode, sandbox): captions on
  }
}

let on: boolean | null = null;
const listeners = new Set<() => void>();

/** Whether the reader wants captions (on unless they turned them off), remembered on this device. */
export const captionsOn = (): boolean => (on ??= read());

export function setCaptionsOn(value: boolean): void {
  on = value;
  try {
    localStorage.setItem(CAPTIONS_KEY, value ? 'on' : 'off');
  } catch {
    /* not remembered, still applied */
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The captions setting, shared by the page's menu and the headset's (one choice for both). */
export function useCaptionsOn(): [boolean, (value: boolean) => void] {
  return [useSyncExternalStore(subscribe, captionsOn, captionsOn), setCaptionsOn];
}
