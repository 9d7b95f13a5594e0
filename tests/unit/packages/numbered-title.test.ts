import { describe, expect, it } from 'vitest';
import { numberedTitle, numberedTitles } from '../../../src/packages/numbered-title.ts';

describe('the title of a kept copy', () => {
  it('is "… (2)", then the first number not in use; a numbered title counts on', () => {
    expect(numberedTitle('Park walk', new Set(['Park walk']))).toBe('Park walk (2)');
    expect(numberedTitle('Park walk', new Set(['Park walk', 'Park walk (2)']))).toBe('Park walk (3)');
    expect(numberedTitle('Park walk (2)', new Set(['Park walk', 'Park walk (2)']))).toBe('Park walk (3)');
    expect(numberedTitle('  Park walk ', new Set())).toBe('Park walk (2)');
  });
  it('numbers every language of the title against that language, and leaves empty ones', () => {
    expect(numberedTitles({ en: 'Park', nb: 'Parken', ar: '', se: 'Park' }, [{ en: 'Park', nb: 'Parken' }, { en: 'Park (2)' }])).toEqual({
      en: 'Park (3)',
      nb: 'Parken (2)',
      ar: '',
      se: 'Park', // no other story has this title in this language
    });
  });
});
