/**
 * The UI languages and how a reader's preferences map onto them. No catalogues here: the standalone
 * player imports this without pulling in any translation (see runtime.ts and player.ts).
 */

/** Every UI language: its code, its name in itself, and whether every string is translated. */
export const UI_LANGUAGES = [
  { code: 'en', name: 'English', complete: true },
  { code: 'nb', name: 'Norsk bokmål', complete: true },
  { code: 'ar', name: 'العربية', complete: true },
] as const satisfies ReadonlyArray<{ code: string; name: string; complete: boolean }>;

export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

const CODES = new Set<string>(UI_LANGUAGES.map((l) => l.code));

/** Languages whose script runs right to left (primary subtags). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'yi', 'ckb', 'dv', 'ug']);

/**
 * Other tags that should get one of our catalogues: Norwegian ("no") and Nynorsk ("nn") readers read
 * Bokmål far more easily than English.
 */
const ALIASES: Record<string, UiLanguage> = { no: 'nb', nn: 'nb' };

/** The catalogue for a BCP 47 tag ("nb-NO" -> "nb", "no" -> "nb"), or null when there is none. */
export function matchUiLanguage(tag: string): UiLanguage | null {
  const lower = tag.trim().toLowerCase();
  if (CODES.has(lower)) return lower as UiLanguage;
  const primary = lower.split(/[-_]/)[0] ?? '';
  if (CODES.has(primary)) return primary as UiLanguage;
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

/** 'rtl' for right-to-left languages (Arabic, Hebrew, Persian, Urdu, …), else 'ltr'. Accepts any BCP 47 tag. */
export function uiDirection(lang: string): 'ltr' | 'rtl' {
  const primary = lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
