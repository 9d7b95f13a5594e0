/**
 * The player's and the headset's translations: `ui('player.menu')`. Only English is in the
 * player's first load; other languages are fetched on demand (`loadPlayerLanguage`, awaited before
 * the first render, so no English flashes up). In the app the full catalogues are already there.
 */
import { useSyncExternalStore } from 'react';
import type { UiLanguage } from './languages.ts';
import { applyToDocument, getUiLanguage, onUiLanguage } from './runtime.ts';
import { loadPlayerLanguage } from './player-strings.ts';

export type { PlayerKey } from './player/en.ts';
export { uiDirection } from './languages.ts';
export { getUiLanguage, readerLanguages } from './runtime.ts';
export { ui, loadPlayerLanguage } from './player-strings.ts';

/** The UI language, re-rendering the component when it changes. */
export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(onUiLanguage, getUiLanguage, getUiLanguage);
}

// Before anything renders: the reader's language is loaded (a no-op for English and in the app,
// which carries every catalogue) and put on <html lang dir>. Importers wait for this.
await loadPlayerLanguage();
applyToDocument();
