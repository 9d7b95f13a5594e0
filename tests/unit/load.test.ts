import { describe, expect, it, vi } from 'vitest';
import { fakeStory } from '../../src/story/fake.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import { MAX_DEPTH, PARSE_FIRST_BRACKETS, bracketsMoreThan, loadStory, parseJsonText, serializeStory, textDepthExceeds, valueDepthExceeds } from '../../src/story/io/load.ts';
import { SCHEMA_VERSION } from '../../src/story/schema/story.ts';
import { expectWellFormedProblems } from './support/mutations.ts';

const text = (v: unknown) => JSON.stringify(v, null, 2);

/** loadStory must never throw; returns its result after checking the problems are well-formed. */
function load(input: unknown) {
  const r = loadStory(input);
  expectWellFormedProblems(r.problems);
  return r;
}

describe('loadStory', () => {
  it('loads a valid story with no problems, from text and from a value', () => {
    const s = fakeStory({ scenes: 5 });
    for (const input of [serializeStory(s), s]) {
      const r = load(input);
      expect(r.ok).toBe(true);
      expect(r.story).toEqual(s);
      expect(r.problems).toEqual([]);
      expect(r.fromVersion).toBe(SCHEMA_VERSION);
    }
    expect(load('\ufeff' + serializeStory(s)).ok).toBe(true);
  });

  it('not JSON: says so, with the line and column when the engine gives a position', () => {
    const r = load('{\n  "schemaVersion": 1,\n  "id": "x",\n  oops\n}');
    expect(r.ok).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ severity: 'error', code: 'not-json', path: '' });
    expect(r.problems[0]!.message).toMatch(/line 4, column 3/);
    const cut = load(serializeStory(fakeStory()).slice(0, 300));
    expect(cut.problems[0]!.code).toBe('not-json');
    expect(cut.problems[0]!.message).toMatch(/cut off/);
  });

  it('empty text and non-objects', () => {
    expect(load('').problems[0]!.message).toMatch(/empty/);
    expect(load('  \n ').problems[0]!.message).toMatch(/empty/);
    expect(load('[1, 2]').problems[0]).toMatchObject({ code: 'not-a-story' });
    expect(load('"a story"').problems[0]!.message).toMatch(/a string/);
    expect(load('null').problems[0]).toMatchObject({ code: 'not-a-story' });
    expect(load(42).problems[0]).toMatchObject({ code: 'not-a-story' });
  });

  it('wrong types: one readable problem per field, with a pointer and the scene/hotspot', () => {
    const s = structuredClone(fakeStory()) as unknown as { scenes: Array<Record<string, unknown> & { hotspots: Array<Record<string, unknown>> }> };
    s.scenes[0]!.title = 5;
    s.scenes[1]!.hotspots[0]!.yaw = 'left';
    const r = load(text(s));
    expect(r.ok).toBe(false);
    const title = r.problems.find((p) => p.path === '/scenes/0/title')!;
    expect(title).toMatchObject({ severity: 'error', code: 'schema-invalid-type', sceneId: 'scene-1' });
    expect(title.message).toMatch(/title should be text in one or more languages.*the number 5/);
    const yaw = r.problems.find((p) => p.path === '/scenes/1/hotspots/0/yaw')!;
    expect(yaw).toMatchObject({ sceneId: 'scene-2', hotspotId: 'scene-2-next' });
    expect(yaw.message).toMatch(/should be a number, but it is the text "left"/);
  });

  it('a future version is refused with a clear message and nothing else', () => {
    const r = load(text({ ...fakeStory(), schemaVersion: SCHEMA_VERSION + 5 }));
    expect(r.ok).toBe(false);
    expect(r.fromVersion).toBe(SCHEMA_VERSION + 5);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'version-future', path: '/schemaVersion' })]);
    expect(r.problems[0]!.message).toMatch(/newer Storyscape/);
  });

  it('an unknown version (missing, text, negative, fraction) is refused', () => {
    const { schemaVersion: _, ...rest } = fakeStory();
    for (const v of [rest, { ...rest, schemaVersion: '1' }, { ...rest, schemaVersion: -1 }, { ...rest, schemaVersion: 1.5 }]) {
      const r = load(text(v));
      expect(r.ok).toBe(false);
      expect(r.fromVersion).toBeNull();
      expect(r.problems[0]).toMatchObject({ code: 'version-unknown', path: '/schemaVersion' });
    }
  });

  it('dangling ids load fine (lint reports them), so authors can still open and fix the story', () => {
    const s = structuredClone(fakeStory({ scenes: 3 }));
    (s.scenes[0]!.hotspots[0]!.action as { sceneId: string }).sceneId = 'lost';
    s.startSceneId = 'gone';
    const r = load(serializeStory(s));
    expect(r.ok).toBe(true);
    const codes = lintStory(r.story!).map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['link-target-missing', 'start-scene-not-found']));
  });

  it('a 50 MB string of nested arrays: no throw, a readable problem, refused without parsing', () => {
    const n = 25 * 1024 * 1024;
    const parse = vi.spyOn(JSON, 'parse');
    const r = load('['.repeat(n) + ']'.repeat(n));
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toMatchObject({ code: 'too-large' });
    expect(r.problems[0]!.message).toMatch(/too big/);
  });

  it('deep nesting under the size limit is refused before parsing when there are enough brackets to make parsing slow: arrays, objects', () => {
    const n = 10_000_000; // 20 MB: JSON.parse would take seconds
    const cases = ['['.repeat(n) + ']'.repeat(n), '{"a":'.repeat(1_000_000) + '1' + '}'.repeat(1_000_000)];
    const parse = vi.spyOn(JSON, 'parse');
    for (const t of cases) {
      const r = load(t);
      expect(parse).not.toHaveBeenCalled();
      expect(r.problems).toEqual([expect.objectContaining({ code: 'too-deep', severity: 'error' })]);
    }
    parse.mockRestore();
  });

  it('deep nesting in a text with few brackets is refused too (measured on the parsed value), and before saying the text is broken', () => {
    const deepInStory = serializeStory(fakeStory()).replace('"licence": "CC-BY-4.0"', `"licence": "CC-BY-4.0", "x": ${'['.repeat(100)}${']'.repeat(100)}`);
    const deepKey = `{"__proto__": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`;
    const deepAndBroken = '['.repeat(MAX_DEPTH + 1) + '1,';
    for (const t of [deepInStory, deepKey, deepAndBroken]) {
      expect(bracketsMoreThan(t, PARSE_FIRST_BRACKETS)).toBe(false);
      expect(load(t).problems).toEqual([expect.objectContaining({ code: 'too-deep', severity: 'error', message: 'This file is nested far too deeply to be a story.' })]);
    }
    expect(load('['.repeat(MAX_DEPTH) + '1,').problems[0]).toMatchObject({ code: 'not-json' });
  });

  it('the parsed value is measured as its text is: the same answer for the same nesting', () => {
    const texts = [
      '1',
      '"[[[["',
      '[]',
      '{"a": {"b": [1, {"c": []}]}}',
      '[[1], [[2]], {"k": [[["x"]]]}]',
      '{"a": "[[[[", "b": [[{"c": "]]]"}]]}',
      '{"__proto__": [[[1]]]}',
    ];
    for (let depth = MAX_DEPTH - 2; depth <= MAX_DEPTH + 2; depth++) {
      texts.push('['.repeat(depth) + ']'.repeat(depth), '{"a":'.repeat(depth) + '1' + '}'.repeat(depth), '[{"a":'.repeat(depth) + '[]' + '}]'.repeat(depth));
    }
    for (const t of texts) {
      for (const limit of [1, 2, 3, 4, MAX_DEPTH]) expect(valueDepthExceeds(JSON.parse(t), limit), `${t.slice(0, 30)} at ${limit}`).toBe(textDepthExceeds(t, limit));
    }
  });

  it('counts brackets up to a limit, inside strings too', () => {
    expect(bracketsMoreThan('{"a": [1, "[{"]}', 3)).toBe(true);
    expect(bracketsMoreThan('{"a": [1, "[{"]}', 4)).toBe(false);
    expect(bracketsMoreThan('', 0)).toBe(false);
  });

  it('deep values passed directly (not text) are refused too', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    const r = load({ ...fakeStory(), extra: deep });
    expect(r.problems[0]).toMatchObject({ code: 'too-deep' });
  });

  it('the text depth scan skips brackets inside strings and honours escapes', () => {
    expect(textDepthExceeds('{"a": "[[[[[[[[[["}', 2)).toBe(false);
    expect(textDepthExceeds('{"a\\"": "\\\\", "b": [[[1]]]}', 3)).toBe(true);
    expect(textDepthExceeds('{"a\\"": "\\\\", "b": [[[1]]]}', 4)).toBe(false);
    expect(textDepthExceeds('"unterminated [[[[', 1)).toBe(false);
    expect(parseJsonText('['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1))).toMatchObject({ ok: false, problem: { code: 'too-deep' } });
    expect(parseJsonText('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)).ok).toBe(true);
  });

  it('a value that is not plain data does not throw either', () => {
    const r = load({ ...fakeStory(), f: () => 1 });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.message.length).toBeGreaterThan(10);
  });

  // How fast is measured in `npm run bench` (the model suite), never asserted here.
  it('loads a 2,000-scene story (about 4 MB of JSON)', () => {
    const t = serializeStory(fakeStory({ scenes: 2000, hotspotsPerScene: 4 }));
    const r = load(t);
    expect(r.ok).toBe(true);
    expect(r.story!.scenes).toHaveLength(2000);
  });
});
