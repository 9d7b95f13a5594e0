/** React bindings for the engine's subscribe APIs (useSyncExternalStore: no tearing, no effects). */
import { useSyncExternalStore } from 'react';
import type { ActiveCaption } from './captions.ts';
import type { AudioState, SoundscapeEngine } from './engine-api.ts';

/** The engine's AudioState, re-rendering on change. */
export function useAudioState(engine: SoundscapeEngine): AudioState {
  return useSyncExternalStore(
    (notify) => engine.onStateChange(notify),
    () => engine.state,
    () => engine.state,
  );
}

/** The caption showing now (null when none), re-rendering on change. */
export function useCaption(engine: SoundscapeEngine): ActiveCaption | null {
  return useSyncExternalStore(
    (notify) => engine.onCaption(notify),
    () => engine.caption,
    () => null,
  );
}
