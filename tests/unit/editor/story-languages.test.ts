import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/story.ts';
import { lintStory } from '../../../src/story/index.ts';
import { createEditor, undoLabel } from '../../../src/editor/state/editor.ts';
import * as cmd from '../../../src/editor/commands/index.ts';

const editorFor = () => createEditor({ story: fakeStory({ scenes: 2 }), save: async () => {} });
const story = (e: ReturnType<typeof editorFor>) => e.doc.getState().story;

describe("the story's languages", () => {
  it('adds a language; every text missing it is reported until it is written', () => {
    const e = editorFor();
    expect(story(e).meta.languages).toEqual(['en']);
    expect(lintStory(story(e)).some((p) => p.code === 'translation-missing')).toBe(false);
    e.run(cmd.addStoryLanguageCommand, { language: 'nb' });
    expect(story(e).meta.languages).toEqual(['en', 'nb']);
    expect(Story.safeParse(story(e)).success).toBe(true);
    const missing = lintStory(story(e)).filter((p) => p.code === 'translation-missing');
    expect(missing.some((p) => p.path === '/meta/title')).toBe(true);
    e.run(cmd.setStoryTitleCommand, { language: 'nb', title: 'Historien' });
    expect(lintStory(story(e)).some((p) => p.code === 'translation-missing' && p.path === '/meta/title')).toBe(false);
    const past = e.history.store.getState().past;
    expect(undoLabel(past[0]!.label)).toBe('Undo add language');
  });

  it('changes the main language, never removes it, and keeps texts of a removed language for later', () => {
    const e = editorFor();
    e.run(cmd.addStoryLanguageCommand, { language: 'ar' });
    e.run(cmd.setStoryTitleCommand, { language: 'ar', title: 'قصتي' });
    e.run(cmd.removeStoryLanguageCommand, { language: 'en' });
    expect(story(e).meta.languages, 'the main language stays').toEqual(['en', 'ar']);
    e.run(cmd.setMainLanguageCommand, { language: 'ar' });
    expect(story(e).meta.defaultLanguage).toBe('ar');
    e.run(cmd.removeStoryLanguageCommand, { language: 'en' });
    expect(story(e).meta.languages).toEqual(['ar']);
    expect(story(e).meta.title.en).toBeTruthy();
    expect(Story.safeParse(story(e)).success).toBe(true);
    e.run(cmd.addStoryLanguageCommand, { language: 'ar' });
    expect(story(e).meta.languages, 'no language twice').toEqual(['ar']);
  });
});
