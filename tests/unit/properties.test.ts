import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStory, serializeStory } from '../../src/story/io/load.ts';
import { Story } from '../../src/story/schema/story.ts';
import { storyArb } from './support/arbitraries.ts';
import { expectWellFormedProblems, mutationArb, applyMutation } from './support/mutations.ts';

describe('property: valid stories survive a round trip', () => {
  it('the arbitrary only makes stories the schema accepts', () => {
    fc.assert(
      fc.property(storyArb(), (story) => {
        const parsed = Story.safeParse(story);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues.slice(0, 3)));
      }),
      { numRuns: 100 },
    );
  });

  it('serialise -> loadStory (parse, migrate, repair, validate) gives a deep-equal story and no repairs', () => {
    fc.assert(
      fc.property(storyArb(), (story) => {
        const result = loadStory(serializeStory(story));
        expect(result.problems).toEqual([]);
        expect(result.ok).toBe(true);
        expect(result.story).toEqual(story);
        expect(result.migrations).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('loading an already-parsed value gives the same story, and does not change the value', () => {
    fc.assert(
      fc.property(storyArb(), (story) => {
        const before = structuredClone(story);
        const result = loadStory(story);
        expect(result.ok && result.problems.length === 0).toBe(true);
        expect(result.story).toEqual(story);
        expect(story).toEqual(before);
      }),
      { numRuns: 50 },
    );
  });
});

describe('property: damaged stories never make loadStory throw', () => {
  it('random mutations give ok or readable problems with valid pointers (as a value and as JSON text)', () => {
    fc.assert(
      fc.property(storyArb(), fc.array(mutationArb, { minLength: 1, maxLength: 4 }), (story, mutations) => {
        let doc: unknown = structuredClone(story);
        for (const m of mutations) doc = applyMutation(doc, m);
        for (const input of [doc, JSON.stringify(doc)]) {
          let result!: ReturnType<typeof loadStory>;
          expect(() => (result = loadStory(input))).not.toThrow();
          expectWellFormedProblems(result.problems);
          if (!result.ok) expect(result.problems.some((p) => p.severity === 'error')).toBe(true);
          expect(result.problems.map((p) => p.code)).not.toContain('load-crashed');
        }
      }),
      { numRuns: 300 },
    );
  });
});
