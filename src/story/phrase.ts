import { languageName, listWords } from './graph/text.ts';

/**
 * Messages as phrases: a wording key and its parameters, so each language can say a message its
 * own way. The model words every phrase in English itself (a problem's `message`, what the CLI
 * prints); the app words the same phrase in the reader's language from src/i18n (keys
 * `problem.<key>`), falling back to the English message when a wording is missing.
 *
 * A template names its parameters in braces: `{scene}`; `{^scene}` puts the parameter's first letter
 * in upper case (it starts a sentence). A parameter is text or a number as it is, another phrase
 * (said in the same language), or something each language says its own way: a language's name, a
 * list, a size in bytes, a count.
 */
export interface Phrase {
  readonly key: string;
  readonly params?: PhraseParams;
}

export type PhraseParam =
  | string
  | number
  | Phrase
  /** A language's name: "Norwegian Bokmål (nb)"; `bare`: without its code, "Norwegian Bokmål". */
  | { readonly language: string; readonly bare?: boolean }
  /** "a, b and c". */
  | { readonly list: readonly PhraseParam[] }
  /** "2 GB". */
  | { readonly bytes: number }
  /** "5,000". */
  | { readonly count: number };

export type PhraseParams = Readonly<Record<string, PhraseParam>>;

/** What a language needs to say phrases: its templates, and how it names languages, lists and numbers. */
export interface Wording {
  template(key: string): string | undefined;
  language(tag: string, bare: boolean): string;
  list(items: readonly string[]): string;
  bytes(n: number): string;
  count(n: number): string;
}

/** A phrase in words, or undefined when the wording has no template for it or for a phrase inside it. */
export function say(phrase: Phrase, wording: Wording): string | undefined {
  const template = wording.template(phrase.key);
  if (template === undefined) return undefined;
  let missing = false;
  const param = (v: PhraseParam): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if ('key' in v) {
      const inner = say(v, wording);
      if (inner === undefined) missing = true;
      return inner ?? '';
    }
    if ('language' in v) return wording.language(v.language, v.bare ?? false);
    if ('list' in v) return wording.list(v.list.map(param));
    if ('bytes' in v) return wording.bytes(v.bytes);
    return wording.count(v.count);
  };
  const params = phrase.params ?? {};
  const text = template.replace(/\{(\^?)(\w+)\}/g, (m, up: string, name: string) => {
    if (!(name in params)) return m; // an unknown name stays as it is, so a mistake shows
    const s = param(params[name]!);
    return up ? s.charAt(0).toUpperCase() + s.slice(1) : s;
  });
  return missing ? undefined : text;
}

/** "2 GB", "35.2 MB", "812 KB", "12 bytes": sizes the way people say them (English). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n;
  let u = -1;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${v >= 100 || Number.isInteger(v) ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

/** "12 MB", "1,4 GB", "800 kB": a size the way a language writes it (Intl). */
export function formatSize(bytes: number, locale = 'en'): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: v < 10 && i > 0 ? 1 : 0 }).format(v);
  } catch {
    return `${Math.round(v)} ${['B', 'KB', 'MB', 'GB', 'TB'][i]}`;
  }
}

/** 5000 -> "5,000" (English). */
export const formatCount = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** English, from the model's own templates: what `message` says. */
export function englishWording(...tables: ReadonlyArray<Readonly<Record<string, string>>>): Wording {
  return {
    template: (key) => {
      for (const t of tables) if (Object.hasOwn(t, key)) return t[key];
      return undefined;
    },
    language: (tag, bare) => (bare ? languageName(tag).replace(/ \([^)]*\)$/, '') : languageName(tag)),
    list: listWords,
    bytes: formatBytes,
    count: formatCount,
  };
}

/** A phrase and its English words, for a problem or a note. */
export function phrased(english: Wording, key: string, params?: PhraseParams): { message: string; phrase: Phrase } {
  const phrase: Phrase = params ? { key, params } : { key };
  const message = say(phrase, english);
  if (message === undefined) throw new Error(`No English words for the message "${key}".`);
  return { message, phrase };
}
