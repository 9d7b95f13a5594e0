import { useId } from 'react';
import type { LocalizedText } from '../../story/schema/common.ts';
import type { Story } from '../../story/schema/story.ts';
import { uiDirection } from '../../i18n/languages.ts';
import { nameOrFallback } from '../../i18n/language-names.ts';

const namesByUi = new Map<string, Intl.DisplayNames | null>();
/** "English", "norsk bokmål": a language's name in the UI language (from a table where the browser has none). */
export function languageLabel(tag: string): string {
  const ui = document.documentElement.lang || 'en';
  let names = namesByUi.get(ui);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([ui, 'en'], { type: 'language' });
    } catch {
      names = null;
    }
    namesByUi.set(ui, names);
  }
  let named: string | undefined;
  try {
    named = names?.of(tag);
  } catch {
    named = undefined;
  }
  return nameOrFallback(tag, ui, named);
}

/**
 * One text field per story language, side by side (stacked when narrow), each labelled with its
 * language. Typing runs a command per keystroke; history merges the keystrokes into one step.
 */
export function LocalizedFields(props: {
  languages: readonly string[];
  value: LocalizedText | undefined;
  label: (language: string) => string;
  onChange(language: string, text: string): void;
  multiline?: boolean;
  readOnly?: boolean;
  /** Id for the first language's input (so other controls can focus it). */
  firstId?: string;
  maxLength?: number;
}) {
  const base = useId();
  return (
    <div className={`localized${props.languages.length > 1 ? ' is-multi' : ''}`}>
      {props.languages.map((lang, i) => {
        const id = i === 0 && props.firstId ? props.firstId : `${base}-${lang}`;
        const common = {
          id,
          value: props.value?.[lang] ?? '',
          readOnly: props.readOnly,
          lang,
          // Arabic is typed right to left even in an English editor, and the other way round.
          dir: uiDirection(lang),
          maxLength: props.maxLength ?? 2000,
          onChange: (e: { target: { value: string } }) => props.onChange(lang, e.target.value),
        };
        return (
          <div className="field" key={lang}>
            <label htmlFor={id}>{props.label(lang)}</label>
            {props.multiline ? <textarea rows={3} {...common} /> : <input type="text" autoComplete="off" {...common} />}
          </div>
        );
      })}
    </div>
  );
}

/** "Title" for a one-language story, "Title (English)" when there are several. */
export const labelFor = (story: Story, single: string, multi: (language: string) => string) => (lang: string) =>
  story.meta.languages.length > 1 ? multi(languageLabel(lang)) : single;
