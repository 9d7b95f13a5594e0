import { afterEach, describe, expect, it } from 'vitest';
import { en, type MessageKey } from '../../src/i18n/en.ts';
import { PROBLEM_CATALOGUES } from '../../src/i18n/problems.ts';
import {
  CATALOGUES,
  UI_LANGUAGES,
  getUiLanguage,
  matchUiLanguage,
  pickUiLanguage,
  setUiLanguage,
  t,
  uiDirection,
} from '../../src/i18n/index.ts';
import { englishFallback } from '../../src/i18n/runtime.ts';

const enKeys = Object.keys(en) as MessageKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI catalogues', () => {
  for (const { code, complete } of UI_LANGUAGES) {
    const cat = CATALOGUES[code];

    if (complete) {
      it(`${code} is complete: it has every key of en.ts`, () => {
        const missing = enKeys.filter((k) => typeof cat[k] !== 'string' || cat[k]!.trim() === '');
        expect(missing, `${code} lacks these keys (add them to src/i18n/${code}.ts)`).toEqual([]);
      });
    }

    it(`${code} has no keys that en.ts does not have`, () => {
      const extra = Object.keys(cat).filter((k) => !(k in en));
      expect(extra, `${code} has keys that are not in en.ts (renamed or removed there?)`).toEqual([]);
    });

    it(`${code} keeps every {placeholder} of the English strings, and has no empty strings`, () => {
      const wrong: string[] = [];
      for (const [k, v] of Object.entries(cat) as Array<[MessageKey, string]>) {
        if (!(k in en)) continue;
        if (v.trim() === '') wrong.push(`${k}: empty`);
        else if (placeholders(v).join() !== placeholders(en[k]).join()) {
          wrong.push(`${k}: {${placeholders(v).join('}, {')}} instead of {${placeholders(en[k]).join('}, {')}}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  it('en, nb and ar are complete languages', () => {
    const complete = UI_LANGUAGES.filter((l) => l.complete).map((l) => l.code);
    expect(complete).toEqual(expect.arrayContaining(['en', 'nb', 'ar']));
  });

  // A newcomer met "historie" and "fortelling", "hotspot", "punkt" and "merke" for the same two things.
  it('Norwegian says "historie" for a story and "punkt" for a hotspot, everywhere', () => {
    const strings = [...Object.entries(CATALOGUES.nb), ...Object.entries(PROBLEM_CATALOGUES.nb ?? {})];
    const words = (v: string) => v.replace(/\{\^?\w+\}/g, '');
    const wrong = strings
      .filter(([, v]) => /\bfortelling|\bhotspot/i.test(words(v)))
      .map(([k, v]) => `${k}: ${v}`);
    expect(wrong).toEqual([]);
  });

  // Holds for any language added partly translated (none is today): when it is done, mark it complete.
  for (const { code } of UI_LANGUAGES.filter((l) => !l.complete)) {
    it(`${code}, a partial catalogue, really is partial (else mark it complete)`, () => {
      expect(Object.keys(CATALOGUES[code]).length, code).toBeLessThan(enKeys.length);
    });
  }
});

describe('t() and the UI language', () => {
  afterEach(() => setUiLanguage('en'));

  it('translates and fills placeholders', () => {
    setUiLanguage('nb');
    expect(t('library.title')).toBe('Historiene dine');
    expect(t('library.playStory', { title: 'Omveien' })).toBe('Spill «Omveien»');
    setUiLanguage('ar');
    expect(t('library.title')).toBe('قصصك');
    expect(t('library.playStory', { title: 'Omveien' })).toBe('تشغيل «Omveien»');
  });

  it('falls back to English per string, isolated as left-to-right text in a right-to-left UI', () => {
    // Every catalogue is complete today, so the fallback t() uses for a missing string is checked itself.
    const key = 'library.title' satisfies MessageKey;
    setUiLanguage('ar');
    expect(englishFallback(en[key])).toBe(`\u2066${en[key]}\u2069`);
    setUiLanguage('nb');
    expect(englishFallback(en[key])).toBe(en[key]);
    setUiLanguage('en');
    expect(englishFallback(en[key])).toBe(en[key]);
  });

  it('accepts region tags and unknown languages', () => {
    setUiLanguage('nb-NO');
    expect(getUiLanguage()).toBe('nb');
    setUiLanguage('sw');
    expect(getUiLanguage()).toBe('en');
  });

  it('picks the first preferred language it has', () => {
    expect(pickUiLanguage(['nb-NO', 'en-GB'])).toBe('nb');
    expect(pickUiLanguage(['so', 'ar-SA', 'en'])).toBe('ar');
    expect(pickUiLanguage(['no'])).toBe('nb');
    expect(pickUiLanguage(['nn-NO'])).toBe('nb');
    expect(pickUiLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickUiLanguage([])).toBe('en');
    expect(pickUiLanguage(undefined)).toBe('en');
    expect(matchUiLanguage('EN_us')).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    for (const l of ['ar', 'ar-EG', 'he', 'fa-IR', 'ur']) expect(uiDirection(l), l).toBe('rtl');
    for (const l of ['en', 'nb', 'so', 'ti', 'uk']) expect(uiDirection(l), l).toBe('ltr');
  });
});
