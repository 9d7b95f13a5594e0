import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/story.ts';
import { createEditor, undoLabel } from '../../../src/editor/state/editor.ts';
import * as cmd from '../../../src/editor/commands/index.ts';
import { newQuestion } from '../../../src/story/graph/question-ops.ts';
import { createPlayerEngine } from '../../../src/player/engine/index.ts';

function editorWithEnding() {
  const e = createEditor({ story: fakeStory({ scenes: 2 }), save: async () => {} });
  e.run(cmd.setEndingCommand, { sceneId: 'scene-2', ending: true });
  return e;
}
const ending = (e: ReturnType<typeof editorWithEnding>) => e.doc.getState().story.scenes[1]!.ending;

describe('the score at an ending', () => {
  it('shows the score questions count in, with the author’s sentence; undo takes it away again', () => {
    const e = editorWithEnding();
    e.run(cmd.addHotspotCommand, { sceneId: 'scene-1' });
    const qid = e.session.getState().selection.hotspotId!;
    e.run(cmd.setHotspotActionCommand, { hotspotId: qid, action: newQuestion() });
    e.run(cmd.setQuestionScoreCommand, { hotspotId: qid, counts: true });
    e.run(cmd.setEndingTextCommand, { sceneId: 'scene-2', language: 'en', text: 'Well done.' });
    expect(e.run(cmd.setEndingScoreCommand, { sceneId: 'scene-2', show: true })).toBe(true);
    for (const text of ['You', 'You found {score} of {total} words']) e.run(cmd.setEndingScoreTextCommand, { sceneId: 'scene-2', language: 'en', text });
    expect(undoLabel(e.history.store.getState().past.at(-1)!.label)).toBe('Undo change the score sentence of an ending');
    const story = e.doc.getState().story;
    expect(Story.safeParse(story).success).toBe(true);
    expect(ending(e)).toEqual({ text: { en: 'Well done.' }, score: { variable: 'score', text: { en: 'You found {score} of {total} words' } } });
    // The ending text typed after the score keeps the score.
    e.run(cmd.setEndingTextCommand, { sceneId: 'scene-2', language: 'en', text: 'Well done!' });
    expect(ending(e)?.score?.variable).toBe('score');
    const player = createPlayerEngine(e.doc.getState().story);
    player.start();
    player.answer(qid, 'a1');
    player.jumpTo('scene-2');
    expect(player.getState().score).toMatchObject({ score: 1, total: 1, text: 'You found 1 of 1 words' });
    e.undo();
    e.undo();
    e.undo();
    expect(ending(e)).toEqual({ text: { en: 'Well done.' } });
  });

  it('makes a score variable when the story has none, and stops showing it', () => {
    const e = editorWithEnding();
    e.run(cmd.setEndingScoreCommand, { sceneId: 'scene-2', show: true });
    expect(e.doc.getState().story.variables).toContainEqual({ id: 'score', name: 'Score', initial: 0 });
    expect(e.run(cmd.setEndingScoreCommand, { sceneId: 'scene-2', show: true })).toBe(false);
    e.run(cmd.setEndingScoreCommand, { sceneId: 'scene-2', show: false });
    expect(ending(e)).toEqual({ text: { en: 'The end.' } });
  });
});
