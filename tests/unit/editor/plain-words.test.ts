import { describe, expect, it } from 'vitest';
import { CATALOGUES, UI_LANGUAGES } from '../../../src/i18n/index.ts';
import { LINT_CODES } from '../../../src/story/graph/lint.ts';
import { en } from '../../../src/i18n/en.ts';

describe('words young people understand', () => {
  it('no UI string says "yaw" or "pitch" (placeholders aside)', () => {
    for (const { code } of UI_LANGUAGES) {
      const jargon = Object.entries(CATALOGUES[code])
        .filter(([, text]) => /\b(yaw|pitch)\b/i.test(String(text).replace(/\{\w+\}/g, '')))
        .map(([key]) => key);
      expect(jargon, code).toEqual([]);
    }
  });

  it('"Things to check" has a short name for every kind of problem', () => {
    for (const code of Object.keys(LINT_CODES)) expect(en, code).toHaveProperty(`problems.kind.${code}`);
  });
});
