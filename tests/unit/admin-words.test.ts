import { describe, expect, it } from 'vitest';
import { collectionProblem, today } from '../../src/admin/admin-words.ts';
import type { CollectBody } from '../../src/live/service-api.ts';

const entry: CollectBody = { storyId: 's1', title: 'The ferry', place: 'Vardø', language: 'nb', consent: { by: 'Amira and her father', at: '2026-12-06', uses: ['showcase'], note: '' } };

describe('the collection form says the first thing to fix, in words', () => {
  it('accepts a complete entry', () => {
    expect(collectionProblem(entry)).toBeNull();
    expect(collectionProblem({ ...entry, language: 'pt-BR', place: '' })).toBeNull();
  });

  it('asks for a title, a language code, who consented, a real date and at least one use', () => {
    expect(collectionProblem({ ...entry, title: '  ' })).toBe('Give the story a title.');
    expect(collectionProblem({ ...entry, language: 'Norwegian' })).toBe('Write the story’s language as a code, such as en.');
    expect(collectionProblem({ ...entry, consent: { ...entry.consent, by: '' } })).toBe('Write who gave the consent.');
    expect(collectionProblem({ ...entry, consent: { ...entry.consent, at: '6/12/2026' } })).toBe('Write the date of the consent, such as 2026-03-14.');
    expect(collectionProblem({ ...entry, consent: { ...entry.consent, uses: [] } })).toBe('Tick at least one use the consent covers.');
  });

  it('dates the consent today in the reader’s own time zone', () => {
    expect(today(new Date(2026, 2, 4, 23, 30))).toBe('2026-03-04');
  });
});
