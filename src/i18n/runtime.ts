/**
 * The UI language in use and the translations loaded so far, shared by the app (index.ts, all
 * catalogues) and the standalone player (player.ts, only its own strings, other languages loaded on
 * demand). Strings missing in the current language fall back to English, one string at a time.
 */
import { matchUiLanguage, pickUiLanguage, uiDirection, type UiLanguage } from './languages.ts';

type Messages = Readonly<Partial<Record<string, string>>>;

/** Where the reader's own choice of UI language (the library's switch) is remembered. */
export const UI_LANGUAGE_KEY = 'storyscape.uiLanguage';

const loaded = new Map<UiLanguage, Record<string, string>>();
const listeners = new Set<() => void>();
let current: UiLanguage = readPreference();

/** The reader's language: their choice in the library if any, else the browser's preferences, else English. */
export function readPreference(): UiLanguage {
  try {
    const saved = globalThis.localStorage?.getItem(UI_LANGUAGE_KEY);
    const match = saved ? matchUiLanguage(saved) : null;
    if (match) return match;
  } catch {
    // Storage blocked (private mode, sandboxed frame): browser preferences still apply.
  }
  const nav = globalThis.navigator as Navigator | undefined;
  return pickUiLanguage(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []);
}

/**
 * The reader's languages, best first, for choosing a story's language: their choice in the
 * library (when they made one), then the browser's preferences.
 */
export function readerLanguages(): string[] {
  const out: string[] = [];
  try {
    const saved = globalThis.localStorage?.getItem(UI_LANGUAGE_KEY);
    if (saved) out.push(saved);
  } catch {
    // Storage blocked: browser preferences only.
  }
  const nav = globalThis.navigator as Navigator | undefined;
  out.push(...(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []));
  return out;
}

/** Adds translations for a language (merged with those already there). */
export function addMessages(lang: UiLanguage, messages: Messages): void {
  const into = loaded.get(lang) ?? {};
  for (const [k, v] of Object.entries(messages)) if (typeof v === 'string') into[k] = v;
  loaded.set(lang, into);
}

/** The current language's text for a key, or undefined (then English is used). */
export function lookup(key: string): string | undefined {
  return loaded.get(current)?.[key];
}

/**
 * English standing in for a string not translated yet. In a right-to-left UI it is isolated as
 * left-to-right text (U+2066 … U+2069), so its full stop or ellipsis stays at its end instead of
 * jumping to the other side ("…New from a template").
 */
export function englishFallback(text: string): string {
  return uiDirection(current) === 'rtl' ? `\u2066${text}\u2069` : text;
}

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function fill(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Chooses the UI language (falls back to English per string). Accepts tags such as "nb-NO". */
export function setUiLanguage(lang: string): void {
  const next = matchUiLanguage(lang) ?? 'en';
  if (next === current) return;
  current = next;
  for (const fn of listeners) fn();
}

/** The UI language in use. */
export function getUiLanguage(): UiLanguage {
  return current;
}

/** Calls `fn` whenever the UI language changes (for useSyncExternalStore). Returns unsubscribe. */
export function onUiLanguage(fn: () => void): () => void {
  listeners.add(fn);
  return () => {
    listeners.delete(fn);
  };
}

/** Puts the UI language on <html lang dir>, so the page's direction and fonts follow it. */
export function applyToDocument(lang: UiLanguage = current): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = uiDirection(lang);
}
