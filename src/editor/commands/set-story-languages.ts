import type { Story } from '../../story/schema/story.ts';
import { defineCommand } from './types.ts';

/**
 * The languages a story is written in, and its main one (always among them). Texts in a language
 * that is removed stay in the document, so adding it back brings them back.
 */
export function setStoryLanguages(story: Story, languages: readonly string[], defaultLanguage: string): Story {
  const list = [...new Set(languages)];
  if (!list.includes(defaultLanguage)) list.unshift(defaultLanguage);
  return { ...story, meta: { ...story.meta, languages: list, defaultLanguage } };
}

/** At most this many languages (the story format's limit). */
export const MAX_STORY_LANGUAGES = 20;

export const addStoryLanguageCommand = defineCommand<{ language: string }>({
  id: 'story.add-language',
  label: 'cmd.addLanguage',
  run: (doc, { language }) =>
    doc.meta.languages.includes(language) || doc.meta.languages.length >= MAX_STORY_LANGUAGES
      ? doc
      : setStoryLanguages(doc, [...doc.meta.languages, language], doc.meta.defaultLanguage),
});

/** The main language cannot be removed (make another one the main language first). */
export const removeStoryLanguageCommand = defineCommand<{ language: string }>({
  id: 'story.remove-language',
  label: 'cmd.removeLanguage',
  run: (doc, { language }) =>
    language === doc.meta.defaultLanguage
      ? doc
      : setStoryLanguages(doc, doc.meta.languages.filter((l) => l !== language), doc.meta.defaultLanguage),
});

export const setMainLanguageCommand = defineCommand<{ language: string }>({
  id: 'story.set-main-language',
  label: 'cmd.setMainLanguage',
  run: (doc, { language }) => setStoryLanguages(doc, doc.meta.languages, language),
});
