import { useId } from 'react';
import { t } from '../../i18n/index.ts';
import { LANGUAGE_NAMES } from '../../i18n/language-names.ts';
import { languageLabel } from '../panels/fields.tsx';

/** The languages offered when a file does not say its own, in the order of the editor's list. */
const LANGUAGES = Object.keys(LANGUAGE_NAMES);

/**
 * "Which language are the words in?": asked when the imported file does not say. The story is
 * marked as the chosen language when it is added (setImportLanguage).
 */
export function ImportLanguage({ value, onChange }: { value: string; onChange(tag: string): void }) {
  const id = useId();
  return (
    <div className="import-language">
      <label htmlFor={id}>{t('import.languageQuestion')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} aria-describedby={`${id}-help`}>
        {[...new Set([value, ...LANGUAGES])].map((tag) => (
          <option key={tag} value={tag}>
            {languageLabel(tag)}
          </option>
        ))}
      </select>
      <p id={`${id}-help`} className="meta">
        {t('import.languageHelp')}
      </p>
    </div>
  );
}
