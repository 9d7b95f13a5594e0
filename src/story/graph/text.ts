import type { LocalizedText } from '../schema/common.ts';

/** Helpers for naming things in messages people read (pure, no UI). */

/** True when `text` has something other than whitespace in `lang`. */
export function hasText(text: LocalizedText | undefined, lang: string): boolean {
  const v = text?.[lang];
  if (typeof v !== 'string' || v.length === 0) return false;
  const c = v.charCodeAt(0);
  // Fast path (lint runs over thousands of texts): starts with a visible ASCII character.
  if (c > 32 && c < 127) return true;
  return v.trim() !== '';
}

/** True when `text` has something other than whitespace in any language. */
export function hasAnyText(text: LocalizedText | undefined): boolean {
  if (!text) return false;
  for (const k in text) if (hasText(text, k)) return true;
  return false;
}

/** The text in `lang`, else in the first language that has some, else undefined. */
export function pickText(text: LocalizedText | undefined, lang: string): string | undefined {
  if (!text) return undefined;
  if (hasText(text, lang)) return text[lang]!.trim();
  for (const k in text) if (hasText(text, k)) return text[k]!.trim();
  return undefined;
}

/** Shortens long names for messages: at most `max` characters, on one line. */
export function shorten(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** `"Park"` when the thing has a readable name, else `with id "scene-3"`-style wording. */
export function quoteName(text: LocalizedText | undefined, lang: string, id: string, fallback?: string): string {
  const t = pickText(text, lang);
  if (t) return `"${shorten(t)}"`;
  return fallback ? `${fallback} ("${id}")` : `"${id}"`;
}

let names: Intl.DisplayNames | null | undefined;
const nameCache = new Map<string, string>();

/** "Norwegian Bokmål (nb)" where the runtime knows the language, else just "nb". */
export function languageName(tag: string): string {
  const cached = nameCache.get(tag);
  if (cached) return cached;
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(['en'], { type: 'language' });
    } catch {
      names = null;
    }
  }
  let out = `"${tag}"`;
  try {
    const n = names?.of(tag);
    if (n && n !== tag) out = `${n} (${tag})`;
  } catch {
    // an odd tag: keep the code itself
  }
  nameCache.set(tag, out);
  return out;
}

/** "English", "English and Norwegian Bokmål (nb)", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Sets (or, with empty text, removes) one language of a localized text. */
export function setText(text: LocalizedText | undefined, language: string, value: string): LocalizedText {
  const next = { ...(text ?? {}) };
  if (value === '') delete next[language];
  else next[language] = value;
  return next;
}
