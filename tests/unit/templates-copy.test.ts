import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/io/load.ts';
import { lintStory } from '../../src/story/graph/lint.ts';
import type { Story } from '../../src/story/schema/story.ts';
import { missingAssets, storyFromTemplate } from '../../src/app/templates/copy.ts';
import { KIT_DOCS, kitDoc, kitDocForLink } from '../../src/app/workshops/docs.ts';

const ROOT = resolve(import.meta.dirname, '../../workshops/templates');

function template(folder: string): Story {
  const result = loadStory(readFileSync(join(ROOT, folder, 'story.json'), 'utf8'));
  if (!result.ok) throw new Error(folder);
  return result.story;
}

describe('storyFromTemplate', () => {
  const now = new Date('2026-11-22T10:00:00Z');

  it('gives the copy a fresh id and today as its creation date, keeping title, scenes and media', () => {
    const tpl = template('my-place');
    const copy = storyFromTemplate(tpl, { id: 'story-abc', now });
    expect(tpl.id).toBe('template-my-place');
    expect(copy.id).toBe('story-abc');
    expect(copy.meta.title).toEqual(tpl.meta.title);
    expect(copy.meta.createdAt).toBe(now.toISOString());
    expect(copy.meta.updatedAt).toBe(now.toISOString());
    expect(copy.scenes.map((s) => s.id)).toEqual(tpl.scenes.map((s) => s.id));
    expect(copy.assets).toEqual(tpl.assets);
    expect(copy.startSceneId).toBe(tpl.startSceneId);
  });

  it('leaves the template untouched and shares nothing with it', () => {
    const tpl = template('language-cafe');
    const before = structuredClone(tpl);
    const copy = storyFromTemplate(tpl, { id: 'story-xyz', now });
    copy.scenes[0]!.title.en = 'Changed';
    copy.meta.title.en = 'Changed';
    expect(tpl).toEqual(before);
  });

  it('refuses to reuse the template id', () => {
    const tpl = template('my-place');
    expect(() => storyFromTemplate(tpl, { id: tpl.id, now })).toThrow(/new id/);
  });

  it('is still a valid story, and keeps the "replace the placeholder picture" to-dos', () => {
    for (const folder of ['my-place', 'local-history-walk', 'language-cafe', 'legend-retold']) {
      const copy = storyFromTemplate(template(folder), { id: `story-${folder}`, now });
      const reloaded = loadStory(JSON.stringify(copy));
      expect(reloaded.ok, folder).toBe(true);
      const placeholders = lintStory(copy).filter((p) => p.code === 'panorama-placeholder');
      if (folder === 'my-place') expect(placeholders.length).toBe(5);
      if (folder === 'language-cafe') expect(placeholders).toEqual([]);
    }
  });
});

describe('missingAssets', () => {
  it('lists only the media the library does not hold yet, with their sizes', () => {
    const tpl = template('language-cafe');
    const first = tpl.assets[0]!;
    const missing = missingAssets(tpl, new Set([first.id]));
    expect(missing.length).toBe(tpl.assets.length - 1);
    expect(missing.some((m) => m.id === first.id)).toBe(false);
    expect(missing.reduce((s, m) => s + m.bytes, 0)).toBe(tpl.assets.reduce((s, a) => s + a.bytes, 0) - first.bytes);
  });
});

describe('workshop kit pages', () => {
  it('resolves links between the Markdown files to pages of the kit', () => {
    const overview = kitDoc(undefined)!;
    expect(kitDocForLink(overview, 'handouts/storyboard.md')?.slug).toBe('storyboard');
    expect(kitDocForLink(overview, 'templates/my-place/GUIDE.md')?.slug).toBe('template-my-place');
    expect(kitDocForLink(kitDoc('storyboard')!, '../consent-form.md#top')?.slug).toBe('consent-form');
    expect(kitDocForLink(overview, 'https://nodejs.org')).toBeUndefined();
    expect(kitDocForLink(overview, 'templates/index.json')).toBeUndefined();
  });

  it('has every page it lists, once', () => {
    const slugs = KIT_DOCS.map((d) => d.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const d of KIT_DOCS) expect(readFileSync(resolve(import.meta.dirname, '../../workshops', d.file), 'utf8').length, d.file).toBeGreaterThan(100);
  });
});
