/**
 * The app's UI strings: `t('library.title')`. The app (library, editor) carries every catalogue;
 * the standalone player uses player.ts, which loads only its own strings. Both share the language
 * state in runtime.ts: the reader's saved choice, else the browser's preferences, else English.
 */
import { en, type MessageKey } from './en.ts';
import { nb } from './nb.ts';
import { ar } from './ar.ts';
import type { UiLanguage } from './languages.ts';
import { addMessages, englishFallback, fill, lookup } from './runtime.ts';

export type { MessageKey } from './en.ts';
export { UI_LANGUAGES, matchUiLanguage, pickUiLanguage, uiDirection, type UiLanguage } from './languages.ts';
export { applyToDocument, getUiLanguage, onUiLanguage, readPreference, setUiLanguage, UI_LANGUAGE_KEY } from './runtime.ts';
export { useUiLanguage } from './player.ts';

type Messages = Partial<Record<MessageKey, string>>;

const catalogues: Record<UiLanguage, Messages> = { en, nb, ar };
for (const [lang, messages] of Object.entries(catalogues)) addMessages(lang as UiLanguage, messages);

/** Translates a UI string and fills `{name}` placeholders (English where it is not translated). */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return fill(lookup(key) ?? englishFallback(en[key]), params);
}

/** The catalogues themselves, for tests and tools. */
export const CATALOGUES: Readonly<Record<UiLanguage, Messages>> = catalogues;
