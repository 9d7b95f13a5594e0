import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeQuestion, fakeStory, fakeVideoAsset } from '../../../src/story/fake.ts';
import { explainIssues } from '../../../src/story/io/explain.ts';
import { repairStory } from '../../../src/story/io/repair.ts';
import { COMPILE_FROM_SCENES, installCompiledStoryParser, parseStoryCompiled, storyParserCompiles } from '../../../src/story/schema/compiled-story.ts';
import { parseStory, setStoryParser } from '../../../src/story/schema/parse-story.ts';
import { Story } from '../../../src/story/schema/story.ts';
import { loadStory, serializeStory as serialize } from '../../../src/story/io/load.ts';
import { storyArb } from '../support/arbitraries.ts';
import { applyMutation, mutationArb } from '../support/mutations.ts';

/** A JSON document as damage reaches into it. */
type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The compiled story parser (zod's z.compile, used by loadStory for big stories) must accept and
 * refuse exactly what zod's runtime parser does, build the same value (keys in the same order, so
 * saved files do not change), and report the same problems with the same codes and paths.
 */
function expectSameAnswer(doc: unknown): boolean {
  const runtime = Story.safeParse(structuredClone(doc));
  const fast = parseStoryCompiled(structuredClone(doc));
  expect(fast.success).toBe(runtime.success);
  if (runtime.success) {
    expect(fast.data).toStrictEqual(runtime.data);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(runtime.data));
  } else {
    expect(fast.error!.issues).toStrictEqual(runtime.error.issues);
    expect(explainIssues(fast.error!.issues, doc)).toStrictEqual(explainIssues(runtime.error.issues, doc));
  }
  return runtime.success;
}

const rich = () => {
  const s = fakeStory({ scenes: 6, hotspotsPerScene: 3, languages: ['en', 'nb', 'ar'] });
  s.scenes[1]!.hotspots.push(fakeQuestion('q1', 'Which one?', [['This', true], ['That', false]]));
  s.scenes[2]!.soundscape = {
    beds: [{ id: 'bed-1', asset: 'b'.repeat(64), volume: 0.5 }],
    sources: [{ id: 'src-1', asset: 'b'.repeat(64), yaw: 10, pitch: 5, distance: 3, volume: 1, loop: true }],
    narration: { recordings: { en: 'b'.repeat(64) }, captions: { en: [{ start: 0, end: 2, text: 'Hi' }] }, autoplay: true },
  };
  const video = fakeVideoAsset(1);
  s.assets.push(video);
  s.scenes[3]!.video = { asset: video.id, end: { type: 'goto', sceneId: 'scene-1' }, volume: 1 };
  s.variables = [{ id: 'v', name: 'Points', initial: 0 }];
  s.scenes[4]!.hotspots[0]!.conditions = [{ variable: 'v', op: 'gte', value: 1 }];
  s.scenes[4]!.hotspots[0]!.effects = [{ variable: 'v', op: 'add', value: 1 }, { variable: 'v', op: 'toggle' }];
  return s;
};

/** Hand-made damage: each must be answered the same way by both parsers. */
const BROKEN: Array<[string, (s: Raw) => void]> = [
  ['a caption that ends before it starts (a refinement)', (s) => (s.scenes[2].soundscape.narration.captions.en[0].end = -1 + 0.5)],
  ['a caption that ends when it starts', (s) => (s.scenes[2].soundscape.narration.captions.en[0].end = 0)],
  ['a language key that is not a language', (s) => (s.scenes[0].title.ENGLISH = 'x')],
  ['a "__proto__" key in a text (dropped)', (s) => Object.defineProperty(s.scenes[0].title, '__proto__', { value: 'x', enumerable: true })],
  ['unknown keys (dropped)', (s) => ((s.extra = 1), (s.scenes[0].colour = 'red'), (s.scenes[0].hotspots[0].action.extra = true))],
  ['missing defaults (filled in)', (s) => (delete s.scenes[0].view, delete s.scenes[0].soundscape, delete s.scenes[0].hotspots[0].label, delete s.assets, delete s.variables)],
  ['a hotspot action of an unknown type', (s) => (s.scenes[0].hotspots[0].action.type = 'teleport')],
  ['an effect of an unknown op', (s) => (s.scenes[4].hotspots[0].effects[0].op = 'multiply')],
  ['a yaw out of range', (s) => (s.scenes[0].hotspots[0].yaw = -180)],
  ['a text too long', (s) => (s.scenes[0].title.en = 'x'.repeat(20_001))],
  ['an id with a space', (s) => (s.scenes[1].id = 'scene 2')],
  ['an asset id in upper case', (s) => (s.scenes[0].panorama = 'A'.repeat(64))],
  ['a question with one answer', (s) => s.scenes[1].hotspots.at(-1).action.answers.pop()],
  ['a variable holding an object', (s) => (s.variables[0].initial = { n: 1 })],
  ['a number that is not finite', (s) => (s.scenes[0].map.x = Infinity)],
  ['a float where an integer belongs', (s) => (s.assets[0].bytes = 1.5)],
  ['a wrong schema version', (s) => (s.schemaVersion = 2)],
  ['a scene that is a list', (s) => (s.scenes[5] = [])],
  ['null for the whole meta', (s) => (s.meta = null)],
  ['an array where a record belongs', (s) => (s.scenes[0].title = ['en'])],
  ['a video that ends going nowhere', (s) => (s.scenes[3].video.end = { type: 'goto' })],
  ['a second error far away', (s) => ((s.scenes[0].hotspots[0].pitch = 91), (s.scenes[5].title.en = 7))],
];

describe('the compiled story parser agrees with zod’s runtime parser', () => {
  it('is compiled here (Node allows generated code), so the cases below compare two parsers', () => {
    expect(storyParserCompiles()).toBe(true);
  });

  it('on fake stories of every size, as generated and as loaded from JSON', () => {
    for (const options of [{ scenes: 1 }, { scenes: 3, languages: ['en', 'nb'] }, { scenes: 120, hotspotsPerScene: 4 }]) {
      const story = fakeStory(options);
      expect(expectSameAnswer(story)).toBe(true);
      expect(expectSameAnswer(JSON.parse(JSON.stringify(story)))).toBe(true);
    }
    expect(expectSameAnswer(rich())).toBe(true);
  });

  it.each(BROKEN)('on a broken story: %s', (_, damage) => {
    const doc = JSON.parse(JSON.stringify(rich())) as Raw;
    damage(doc);
    expectSameAnswer(doc);
  });

  it('the schema refuses all the hand-made damage but the kinds it drops or fills in (so the cases above test both answers)', () => {
    const accepted = BROKEN.filter(([, damage]) => {
      const doc = JSON.parse(JSON.stringify(rich())) as Raw;
      damage(doc);
      return Story.safeParse(doc).success;
    }).map(([name]) => name);
    expect(accepted).toEqual(['a "__proto__" key in a text (dropped)', 'unknown keys (dropped)', 'missing defaults (filled in)']);
  });

  it('on random valid stories, and on the same stories randomly damaged (before and after repair)', () => {
    fc.assert(
      fc.property(storyArb(), fc.array(mutationArb, { minLength: 0, maxLength: 4 }), (story, mutations) => {
        let doc: unknown = structuredClone(story);
        for (const m of mutations) doc = applyMutation(doc, m);
        expectSameAnswer(doc);
        if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) expectSameAnswer(repairStory(doc as Record<string, unknown>).doc);
      }),
      { numRuns: 300 },
    );
  });

  it('is what loading uses once installed, with the same story and problems as before', () => {
    const big = serialize(fakeStory({ scenes: COMPILE_FROM_SCENES }));
    const broken = big.replace('"Scene 7"', '7');
    const before = [loadStory(big), loadStory(broken)];
    installCompiledStoryParser();
    try {
      const after = [loadStory(big), loadStory(broken)];
      expect(after).toStrictEqual(before);
      expect(before[1]!.ok).toBe(false);
      expect(parseStory(JSON.parse(big))).toStrictEqual(parseStoryCompiled(JSON.parse(big)));
    } finally {
      setStoryParser(null);
    }
  });
});
