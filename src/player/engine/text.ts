import type { LocalizedText, Story } from '../../story/schema/index.ts';

/**
 * The language the reader gets: the requested one if the story is written in it (or in its base
 * language, "pt" for "pt-BR"), else the story's default language.
 */
export function resolveLanguage(story: Story, requested: string | undefined): string {
  const langs = story.meta.languages;
  if (requested) {
    if (langs.includes(requested)) return requested;
    const base = requested.split('-')[0]!.toLowerCase();
    const match = langs.find((l) => l === base || l.split('-')[0] === base);
    if (match) return match;
  }
  return story.meta.defaultLanguage;
}

/**
 * Text in `lang`, falling back to the story default, then to any non-empty translation, then "".
 * Always plain text: callers render it as React text nodes, never as HTML.
 */
export function localize(text: LocalizedText | undefined, lang: string, fallback: string): string {
  if (!text) return '';
  const direct = text[lang];
  if (direct) return direct;
  const def = text[fallback];
  if (def) return def;
  for (const value of Object.values(text)) if (value) return value;
  return '';
}
