import { useId } from 'react';
import type { Story } from '../../story/schema/story.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { addStoryLanguageCommand, MAX_STORY_LANGUAGES, removeStoryLanguageCommand, setMainLanguageCommand } from '../commands/set-story-languages.ts';
import { languageLabel } from './fields.tsx';

/**
 * Languages a workshop group is likely to write in: the Nordic ones, the languages of many
 * newcomers, and common school languages. Named in the UI language (never in their own script
 * here, so an English page does not load the Arabic or Malayalam fonts just for this list).
 */
const CHOICES = ['en', 'nb', 'nn', 'se', 'sv', 'da', 'fi', 'ar', 'fa', 'prs', 'ps', 'ku', 'so', 'ti', 'am', 'uk', 'ru', 'pl', 'lt', 'tr', 'ur', 'ml', 'ta', 'es', 'fr', 'de', 'zh'];

/** The story's languages: add one, make one the main language, remove one. */
export function StoryLanguages({ story, readOnly }: { story: Story; readOnly: boolean }) {
  const { editor } = useEditor();
  const addId = useId();
  const { languages, defaultLanguage } = story.meta;
  const choices = CHOICES.filter((c) => !languages.includes(c))
    .map((code) => ({ code, name: languageLabel(code) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="story-languages">
      <legend>{t('editor.languages')}</legend>
      <p className="hint">{t('editor.languagesHelp')}</p>
      <ul>
        {languages.map((code) => {
          const language = languageLabel(code);
          return (
            <li key={code}>
              <span className="story-language-name">{language}</span>
              {code === defaultLanguage ? (
                <span className="badge">{t('editor.mainLanguage')}</span>
              ) : (
                <>
                  <button type="button" className="button small quiet" disabled={readOnly} aria-label={t('editor.makeMainLanguageNamed', { language })} onClick={() => editor.run(setMainLanguageCommand, { language: code })}>
                    {t('editor.makeMainLanguage')}
                  </button>
                  <button type="button" className="button small danger" disabled={readOnly} aria-label={t('editor.removeLanguageNamed', { language })} onClick={() => editor.run(removeStoryLanguageCommand, { language: code })}>
                    {t('editor.removeLanguage')}
                  </button>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {choices.length > 0 && languages.length < MAX_STORY_LANGUAGES && (
        <div className="field">
          <label htmlFor={addId}>{t('editor.addLanguage')}</label>
          <select
            id={addId}
            value=""
            disabled={readOnly}
            onChange={(e) => {
              if (e.target.value) editor.run(addStoryLanguageCommand, { language: e.target.value });
            }}
          >
            <option value="">{t('editor.chooseLanguage')}</option>
            {choices.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
