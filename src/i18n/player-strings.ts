/**
 * The player's translations without React (player.ts adds the hook and loads the reader's language
 * before anything renders): for the published page's first script, which shows the start scene's
 * choices before React has loaded (src/player/standalone/earlyChoices.ts).
 */
import { playerEn, type PlayerKey } from './player/en.ts';
import type { UiLanguage } from './languages.ts';
import { addMessages, englishFallback, fill, getUiLanguage, lookup } from './runtime.ts';

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

