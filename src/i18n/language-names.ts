/**
 * Names of the languages the editor offers for stories, in each UI language: the fallback where
 * the browser's Intl.DisplayNames has no name (some builds answer "se" for Northern Sámi). A list
 * never shows a bare language code.
 */
import type { UiLanguage } from './languages.ts';

type Names = Readonly<Record<UiLanguage, string>>;

export const LANGUAGE_NAMES: Readonly<Record<string, Names>> = {
  en: { en: 'English', nb: 'engelsk', ar: 'الإنجليزية' },
  nb: { en: 'Norwegian Bokmål', nb: 'norsk bokmål', ar: 'النرويجية بوكمال' },
  nn: { en: 'Norwegian Nynorsk', nb: 'norsk nynorsk', ar: 'النرويجية نينورسك' },
  se: { en: 'Northern Sámi', nb: 'nordsamisk', ar: 'السامية الشمالية' },
  sv: { en: 'Swedish', nb: 'svensk', ar: 'السويدية' },
  da: { en: 'Danish', nb: 'dansk', ar: 'الدانمركية' },
  fi: { en: 'Finnish', nb: 'finsk', ar: 'الفنلندية' },
  ar: { en: 'Arabic', nb: 'arabisk', ar: 'العربية' },
  fa: { en: 'Persian', nb: 'persisk', ar: 'الفارسية' },
  prs: { en: 'Dari', nb: 'dari', ar: 'الدارية' },
  ps: { en: 'Pashto', nb: 'pashto', ar: 'البشتو' },
  ku: { en: 'Kurdish', nb: 'kurdisk', ar: 'الكردية' },
  so: { en: 'Somali', nb: 'somali', ar: 'الصومالية' },
  ti: { en: 'Tigrinya', nb: 'tigrinja', ar: 'التيغرينية' },
  am: { en: 'Amharic', nb: 'amharisk', ar: 'الأمهرية' },
  uk: { en: 'Ukrainian', nb: 'ukrainsk', ar: 'الأوكرانية' },
  ru: { en: 'Russian', nb: 'russisk', ar: 'الروسية' },
  pl: { en: 'Polish', nb: 'polsk', ar: 'البولندية' },
  lt: { en: 'Lithuanian', nb: 'litauisk', ar: 'الليتوانية' },
  tr: { en: 'Turkish', nb: 'tyrkisk', ar: 'التركية' },
  ur: { en: 'Urdu', nb: 'urdu', ar: 'الأردية' },
  ml: { en: 'Malayalam', nb: 'malayalam', ar: 'المالايالامية' },
  ta: { en: 'Tamil', nb: 'tamil', ar: 'التاميلية' },
  es: { en: 'Spanish', nb: 'spansk', ar: 'الإسبانية' },
  fr: { en: 'French', nb: 'fransk', ar: 'الفرنسية' },
  de: { en: 'German', nb: 'tysk', ar: 'الألمانية' },
  zh: { en: 'Chinese', nb: 'kinesisk', ar: 'الصينية' },
};

/**
 * A name the browser gave for `tag`, or the table's when it gave none (it answered the code itself,
 * or nothing).
 */
export function nameOrFallback(tag: string, ui: string, fromBrowser: string | undefined): string {
  if (fromBrowser && fromBrowser.toLowerCase() !== tag.toLowerCase()) return fromBrowser;
  const names = LANGUAGE_NAMES[tag];
  if (!names) return fromBrowser || tag;
  return names[ui as UiLanguage] ?? names.en;
}
