import { en, type MessageKey } from './en.ts';
import { nb } from './nb.ts';
import { ar } from './ar.ts';

export type { MessageKey } from './en.ts';

type Messages = Partial<Record<MessageKey, string>>;

/** Every UI language: its code, its name in itself, and whether every string is translated. */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English', complete: true },
  { code: 'nb', name: 'Norsk bokmål', complete: true },
  { code: 'ar', name: 'العربية', complete: false },
] as const satisfies ReadonlyArray<{ code: string; name: string; complete: boolean }>;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

const catalogues: Record<UiLanguage, Messages> = { en, nb, ar };

/** Languages whose script runs right to left (primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Other tags that should get one of our catalogues: Norwegian ("no") and Nynorsk ("nn") readers read
 * Bokmål far more easily than English.
 */
const ALIASES: Record<string, UiLanguage> = { no: 'nb', nn: 'nb' };

let current: UiLanguage = 'en';

/** The catalogue for a BCP 47 tag ("nb-NO" -> "nb", "no" -> "nb"), or null when there is none. */
export function matchUiLanguage(tag: string): UiLanguage | null {
  const lower = tag.trim().toLowerCase();
  if (lower in catalogues) return lower as UiLanguage;
  const primary = lower.split(/[-_]/)[0] ?? '';
  if (primary in catalogues) return primary as UiLanguage;
  return ALIASES[primary] ?? null;
}

/**
 * The best UI language for a reader's preferences, e.g. `pickUiLanguage(navigator.languages)`:
 * the first preferred language we have a catalogue for, else English.
 */
export function pickUiLanguage(preferred: readonly string[] | undefined | null): UiLanguage {
  for (const tag of preferred ?? []) {
    const match = typeof tag === 'string' ? matchUiLanguage(tag) : null;
    if (match) return match;
  }
  return 'en';
}

/** 'rtl' for right-to-left languages (Arabic, Hebrew, Persian, Urdu), else 'ltr'. Accepts any BCP 47 tag. */
export function uiDirection(lang: string): 'ltr' | 'rtl' {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}

/** Chooses the UI language (falls back to English per string). Accepts tags such as "nb-NO". */
export function setUiLanguage(lang: string): void {
  current = matchUiLanguage(lang) ?? 'en';
}

/** The UI language in use. */
export function getUiLanguage(): UiLanguage {
  return current;
}

/** Translates a UI string and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = catalogues[current][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** The catalogues themselves, for tests and tools. */
export const CATALOGUES: Readonly<Record<UiLanguage, Messages>> = catalogues;
