/**
 * Problems (lint, loading, packages) and import errors in the reader's language. The model says
 * each one in English (`message`, what the CLI prints) and as a phrase (a wording key and its
 * parameters); here the phrase is worded from `problem.<key>` in the current UI language. Every UI
 * language words every key (tests/unit/problem-words.test.ts); should a wording still be missing,
 * the whole message is the English one, never half and half.
 */
import { formatSize, say, type Phrase, type Wording } from '../story/phrase.ts';
import type { UiLanguage } from './languages.ts';
import { addMessages, englishFallback, getUiLanguage, lookup } from './runtime.ts';
import { problemsAr } from './problems/ar.ts';
import { problemsNb } from './problems/nb.ts';

addMessages('nb', problemsNb);
addMessages('ar', problemsAr);

/** The catalogues, for tests and tools. */
export const PROBLEM_CATALOGUES: Readonly<Partial<Record<UiLanguage, Readonly<Record<string, string>>>>> = { nb: problemsNb, ar: problemsAr };

const wordings = new Map<string, Wording>();

/** How a UI language words phrases: its templates, and Intl's names for languages, lists and numbers. */
function wordingFor(lang: UiLanguage): Wording {
  let w = wordings.get(lang);
  if (w) return w;
  const names = new Intl.DisplayNames([lang], { type: 'language' });
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const numbers = new Intl.NumberFormat(lang);
  w = {
    template: (key) => lookup(`problem.${key}`),
    language(tag, bare) {
      let name: string | undefined;
      try {
        name = names.of(tag);
      } catch {
        name = undefined; // an odd tag: keep the code itself
      }
      if (!name || name === tag) return `"${tag}"`;
      return bare ? name : `${name} (${tag})`;
    },
    list: (items) => lists.format(items),
    bytes: (n) => formatSize(n, lang),
    count: (n) => numbers.format(n),
  };
  wordings.set(lang, w);
  return w;
}

/** A problem, or an import that could not go on, in the reader's language. */
export function problemText(p: { readonly message: string; readonly phrase?: Phrase }): string {
  const lang = getUiLanguage();
  if (lang === 'en' || !p.phrase) return p.message;
  return say(p.phrase, wordingFor(lang)) ?? englishFallback(p.message);
}
