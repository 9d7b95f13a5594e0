import type { Story } from '../../story/schema/index.ts';

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
 * The story language for a reader with these preferences (best first): the first one the story is
 * written in (or its base language), else the story's default language.
 */
export function pickStoryLanguage(story: Story, preferred: readonly (string | undefined)[]): string {
  for (const tag of preferred) {
    if (!tag) continue;
    const lang = resolveLanguage(story, tag);
    if (lang !== story.meta.defaultLanguage || tag.split('-')[0]!.toLowerCase() === lang.split('-')[0]!.toLowerCase()) return lang;
  }
  return story.meta.defaultLanguage;
}

/**
 * Text in the reader's language with fallbacks (its base language, the story default, any text).
 * Always plain text: callers render it as React text nodes, never as HTML. One implementation for
 * the whole app lives in the model.
 */
export { localize } from '../../story/text.ts';
