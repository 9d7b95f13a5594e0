import { useEffect, useId, useRef } from 'react';
import { applyToDocument, getUiLanguage, setUiLanguage, t, UI_LANGUAGE_KEY, UI_LANGUAGES } from '../i18n/index.ts';

/** Set when the reader has just switched: the switch takes the focus back after the app re-renders in the new language. */
let refocus = false;

/**
 * Chooses the app's language (each language named in itself). The choice is remembered on this
 * computer and put on <html lang dir>, so Arabic lays the app out right to left. Strings not
 * translated yet stay in English, one at a time.
 */
export function UiLanguageSwitch() {
  const id = useId();
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!refocus) return;
    refocus = false;
    ref.current?.focus();
  }, []);
  return (
    <div className="ui-language">
      <label htmlFor={id}>{t('library.uiLanguage')}</label>
      <select
        id={id}
        ref={ref}
        value={getUiLanguage()}
        onChange={(e) => {
          const code = e.target.value;
          try {
            localStorage.setItem(UI_LANGUAGE_KEY, code);
          } catch {
            // Storage blocked: the choice lasts until the page is closed.
          }
          refocus = true;
          setUiLanguage(code);
          applyToDocument();
        }}
      >
        {UI_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir="auto">
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
