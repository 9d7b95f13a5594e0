import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fakeImageAsset, fakeQuestion, fakeStory } from '../../../src/story/fake.ts';
import { lintStory } from '../../../src/story/graph/lint.ts';
import { lintStoryKept } from '../../../src/story/graph/lint-memo.ts';
import { checkStory, storyIssues } from '../../../src/story/io/check-story.ts';
import { explainIssues } from '../../../src/story/io/explain.ts';
import { Scene } from '../../../src/story/schema/scene.ts';
import { loadStory, serializeStory } from '../../../src/story/io/load.ts';
import { Story } from '../../../src/story/schema/story.ts';
import { storyArb } from '../support/arbitraries.ts';
import { applyMutation, mutationArb } from '../support/mutations.ts';

/**
 * The editor's kept checks (lint findings and validation issues kept per scene object) must say
 * exactly what checking from scratch says, in the same order, after any edit: an edit makes new
 * objects along its path, as the editor's changes do.
 */

type Edit = [name: string, edit: (s: Story) => Story];

/** The story with scene `i` replaced by `f` of a copy of it (new objects along the path only). */
const editScene = (s: Story, i: number, f: (scene: Scene) => Scene): Story => ({ ...s, scenes: s.scenes.map((x, k) => (k === i ? f({ ...x }) : x)) });

const EDITS: Edit[] = [
  ['retitle a scene', (s) => editScene(s, 1, (x) => ({ ...x, title: { ...x.title, en: 'The hall' } }))],
  ['empty a scene title', (s) => editScene(s, 2, (x) => ({ ...x, title: {} }))],
  ['link to a scene that does not exist', (s) => editScene(s, 0, (x) => ({ ...x, hotspots: x.hotspots.map((h, k) => (k === 0 ? { ...h, action: { type: 'goto' as const, sceneId: 'nowhere' } } : h)) }))],
  ['cut the only way on (scenes become unreachable)', (s) => editScene(s, 1, (x) => ({ ...x, hotspots: [] }))],
  ['remove a panorama (a picture becomes unused)', (s) => editScene(s, 3, (x) => ({ ...x, panorama: null }))],
  ['use a picture that is not in the media list', (s) => editScene(s, 3, (x) => ({ ...x, panorama: 'f'.repeat(64) }))],
  ['add a language', (s) => ({ ...s, meta: { ...s.meta, languages: [...s.meta.languages, 'nb'] } })],
  ['change the main language', (s) => ({ ...s, meta: { ...s.meta, defaultLanguage: 'nb', languages: ['nb', 'en'] } })],
  ['remove an asset', (s) => ({ ...s, assets: s.assets.slice(1) })],
  ['add a picture nobody uses', (s) => ({ ...s, assets: [...s.assets, fakeImageAsset(99, { alt: {} })] })],
  ['rename a scene (links to it break)', (s) => editScene(s, 2, (x) => ({ ...x, id: 'renamed' }))],
  ['add a scene', (s) => ({ ...s, scenes: [...s.scenes, { ...s.scenes[1]!, id: 'extra', hotspots: [] }] })],
  ['remove the first scene (every index moves)', (s) => ({ ...s, scenes: s.scenes.slice(1) })],
  ['use a hotspot id twice', (s) => editScene(s, 2, (x) => ({ ...x, hotspots: x.hotspots.map((h, k) => (k === 0 ? { ...h, id: s.scenes[1]!.hotspots[0]!.id } : h)) }))],
  ['use a scene id twice', (s) => editScene(s, 2, (x) => ({ ...x, id: s.scenes[1]!.id }))],
  ['add a question without a right answer', (s) => editScene(s, 1, (x) => ({ ...x, hotspots: [...x.hotspots, fakeQuestion('q-new', 'Which?', [['A', false], ['B', false]])] }))],
  ['add a variable and a checkpoint that never opens', (s) => editScene({ ...s, variables: [{ id: 'key', name: 'Key', initial: false }] }, 0, (x) => ({ ...x, hotspots: x.hotspots.map((h, k) => (k === 0 && h.action.type === 'goto' ? { ...h, action: { ...h.action, closed: { when: [{ variable: 'key', op: 'eq' as const, value: true }], message: {} } } } : h)) }))],
  ['then let a choice open it (another scene changes what the checkpoint says)', (s) => editScene(s, 4, (x) => ({ ...x, hotspots: x.hotspots.map((h, k) => (k === 0 ? { ...h, effects: [{ variable: 'key', op: 'set' as const, value: true }] } : h)) }))],
  ['end at a scene', (s) => editScene(s, 2, (x) => ({ ...x, ending: { text: { en: 'Done' } } }))],
  ['remove the start', (s) => ({ ...s, startSceneId: null })],
  ['give the start back', (s) => ({ ...s, startSceneId: s.scenes[0]!.id })],
];

const start = () => fakeStory({ scenes: 8, hotspotsPerScene: 3 });

describe('lint with kept findings (lintStoryKept) says what lintStory says', () => {
  it('on a story, then after each of a run of edits (each on top of the last)', () => {
    let story = start();
    expect(lintStoryKept(story)).toStrictEqual(lintStory(story));
    for (const [name, edit] of EDITS) {
      story = edit(story);
      expect(lintStoryKept(story), name).toStrictEqual(lintStory(story));
      expect(lintStoryKept(story), `${name}, checked again`).toStrictEqual(lintStory(story));
    }
    // the run above must have found things, or it compared empty lists
    expect(new Set(lintStory(story).map((p) => p.code)).size).toBeGreaterThan(5);
  });

  it.each(EDITS)('after one edit to a linted story: %s', (_, edit) => {
    const story = start();
    lintStoryKept(story);
    const edited = edit(story);
    expect(lintStoryKept(edited)).toStrictEqual(lintStory(edited));
    expect(lintStoryKept(story)).toStrictEqual(lintStory(story));
  });

  it('on random stories, and after random scenes of them are replaced by scenes of others', () => {
    fc.assert(
      fc.property(storyArb(), storyArb(), fc.nat(), (a, b, pick) => {
        expect(lintStoryKept(a)).toStrictEqual(lintStory(a));
        const i = pick % a.scenes.length;
        const mixed = { ...a, scenes: a.scenes.map((s, k) => (k === i ? (b.scenes[pick % b.scenes.length] ?? s) : s)) };
        expect(lintStoryKept(mixed)).toStrictEqual(lintStory(mixed));
      }),
      { numRuns: 60 },
    );
  });
});

const issuesOf = (doc: unknown) => {
  const r = Story.safeParse(doc);
  return r.success ? [] : r.error.issues;
};

describe('validation with kept scene issues (storyIssues) says what Story.safeParse says', () => {
  it('on a valid story, and after edits that break it', () => {
    let story = start();
    expect(storyIssues(story)).toEqual([]);
    const breaks: Array<(s: Story) => Story> = [
      (s) => editScene(s, 1, (x) => ({ ...x, title: { en: 'x'.repeat(20_001) } })),
      (s) => ({ ...s, meta: { ...s.meta, languages: [] } }),
      (s) => editScene(s, 5, (x) => ({ ...x, hotspots: x.hotspots.map((h) => ({ ...h, yaw: 999 })) })),
      (s) => ({ ...s, assets: [...s.assets, { ...s.assets[0]!, bytes: -1 }] }),
      (s) => editScene(s, 1, (x) => ({ ...x, title: { en: 'fine again' } })),
    ];
    for (const edit of breaks) {
      story = edit(story);
      expect(storyIssues(story)).toStrictEqual(issuesOf(story));
      expect(storyIssues(story)).toStrictEqual(issuesOf(story));
    }
    expect(issuesOf(story).length).toBeGreaterThan(3);
    expect(checkStory(story)).toStrictEqual([...explainIssues(issuesOf(story), story), ...lintStory(story)]);
  });

  it('on random stories randomly damaged', () => {
    fc.assert(
      fc.property(storyArb(), fc.array(mutationArb, { minLength: 0, maxLength: 4 }), (story, mutations) => {
        let doc: unknown = structuredClone(story);
        for (const m of mutations) doc = applyMutation(doc, m);
        expect(storyIssues(doc)).toStrictEqual(issuesOf(doc));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a story loadStory returned is validated once', () => {
  it('its scenes are not checked again, and an edited scene is', () => {
    const loaded = loadStory(serializeStory(fakeStory({ scenes: 12, hotspotsPerScene: 2 })));
    if (!loaded.ok) throw new Error(loaded.problems[0]?.message);
    const parse = vi.spyOn(Scene, 'safeParse');
    try {
      expect(checkStory(loaded.story)).toStrictEqual(lintStory(loaded.story));
      expect(parse).not.toHaveBeenCalled();
      // An edit makes a new scene object: that one is checked (and says what Story.safeParse says).
      const edited = editScene(loaded.story, 3, (x) => ({ ...x, hotspots: x.hotspots.map((h) => ({ ...h, yaw: 999 })) }));
      expect(storyIssues(edited)).toStrictEqual(issuesOf(edited));
      expect(parse).toHaveBeenCalledTimes(1);
      expect(parse.mock.calls[0]![0]).toBe(edited.scenes[3]);
    } finally {
      parse.mockRestore();
    }
  });

  it('a story built by hand (not loaded) has every scene checked', () => {
    const story = fakeStory({ scenes: 5 });
    const parse = vi.spyOn(Scene, 'safeParse');
    try {
      expect(storyIssues(story)).toStrictEqual([]);
      expect(parse).toHaveBeenCalledTimes(5);
    } finally {
      parse.mockRestore();
    }
  });
});
