/**
 * The player's and the headset's translations: `ui('player.menu')`. Only English is in the
 * player's first load; other languages are fetched on demand (`loadPlayerLanguage`, awaited before
 * the first render, so no English flashes up). In the app the full catalogues are already there.
 */
import { useSyncExternalStore } from 'react';
import { playerEn, type PlayerKey } from './player/en.ts';
import type { UiLanguage } from './languages.ts';
import { addMessages, applyToDocument, englishFallback, fill, getUiLanguage, lookup, onUiLanguage } from './runtime.ts';

export type { PlayerKey } from './player/en.ts';
export { uiDirection } from './languages.ts';
export { getUiLanguage, readerLanguages } from './runtime.ts';

/** A player or headset string in the UI language (English where it is not translated), placeholders filled. */
export function ui(key: PlayerKey, params?: Record<string, string | number>): string {
  return fill(lookup(key) ?? englishFallback(playerEn[key]), params);
}

const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<Readonly<Partial<Record<PlayerKey, string>>>>> = {
  nb: () => import('./player/nb.ts').then((m) => m.playerNb),
  ar: () => import('./player/ar.ts').then((m) => m.playerAr),
};
const loading = new Map<UiLanguage, Promise<void>>();

/**
 * Fetches the player's strings for a language (once). Never rejects: when the file cannot be
 * fetched (offline, moved), the player simply speaks English.
 */
export function loadPlayerLanguage(lang: UiLanguage = getUiLanguage()): Promise<void> {
  if (lang === 'en') return Promise.resolve();
  let p = loading.get(lang);
  if (!p) {
    p = loaders[lang]().then(
      (messages) => addMessages(lang, messages),
      (e: unknown) => console.warn(`[storyscape] the ${lang} player strings could not be loaded; using English.`, e),
    );
    loading.set(lang, p);
  }
  return p;
}

/** The UI language, re-rendering the component when it changes. */
export function useUiLanguage(): UiLanguage {
  return useSyncExternalStore(onUiLanguage, getUiLanguage, getUiLanguage);
}

// Before anything renders: the reader's language is loaded (a no-op for English and in the app,
// which carries every catalogue) and put on <html lang dir>. Importers wait for this.
await loadPlayerLanguage();
applyToDocument();
