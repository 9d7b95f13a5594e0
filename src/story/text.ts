import type { LocalizedText } from './schema/common.ts';

/**
 * Picks the text for a language: the exact language, then its base ("pt" for "pt-BR"),
 * then the fallback (the story's default language), then any non-empty entry.
 */
export function localize(text: LocalizedText | undefined, language: string, fallback?: string): string {
  if (!text) return '';
  const exact = text[language];
  if (exact) return exact;
  const base = language.split('-')[0]!;
  if (text[base]) return text[base]!;
  if (fallback && text[fallback]) return text[fallback]!;
  for (const value of Object.values(text)) if (value) return value;
  return '';
}
