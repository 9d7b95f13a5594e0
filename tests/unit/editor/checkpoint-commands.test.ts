import { describe, expect, it } from 'vitest';
import { fakeStory } from '../../../src/story/fake.ts';
import { Story } from '../../../src/story/schema/story.ts';
import { createEditor, undoLabel } from '../../../src/editor/state/editor.ts';
import * as cmd from '../../../src/editor/commands/index.ts';
import { newQuestion } from '../../../src/story/graph/question-ops.ts';
import { RIGHT_COUNT_ID, questionRightId } from '../../../src/story/graph/tallies.ts';

function editorWithQuestion() {
  const e = createEditor({ story: fakeStory({ scenes: 2 }), save: async () => {} });
  e.run(cmd.addHotspotCommand, { sceneId: 'scene-1' });
  const qid = e.session.getState().selection.hotspotId!;
  e.run(cmd.setHotspotActionCommand, { hotspotId: qid, action: newQuestion() });
  return { e, qid };
}
const story = (e: ReturnType<typeof editorWithQuestion>['e']) => e.doc.getState().story;
const door = (s: Story) => s.scenes[0]!.hotspots.find((h) => h.id === 'scene-1-next')!.action;
const question = (s: Story, id: string) => {
  const a = s.scenes[0]!.hotspots.find((h) => h.id === id)!.action;
  if (a.type !== 'question') throw new Error('not a question');
  return a;
};
const past = (e: ReturnType<typeof editorWithQuestion>['e']) => e.history.store.getState().past;

describe('checkpoint commands', () => {
  it('close a link with its message and conditions, one undo step each; undo opens it and forgets the tally', () => {
    const { e, qid } = editorWithQuestion();
    const steps = past(e).length;
    expect(e.run(cmd.setLinkClosedCommand, { hotspotId: 'scene-1-next', closed: true })).toBe(true);
    expect(undoLabel(past(e).at(-1)!.label)).toBe('Undo close or open a way');
    for (const text of ['A', 'An', 'Ans', 'Answer first']) e.run(cmd.setCheckpointMessageCommand, { hotspotId: 'scene-1-next', language: 'en', text });
    expect(past(e)).toHaveLength(steps + 2);
    const closed = story(e);
    expect(Story.safeParse(closed).success).toBe(true);
    expect(door(closed)).toEqual({
      type: 'goto',
      sceneId: 'scene-2',
      closed: { when: [{ variable: questionRightId(qid), op: 'eq', value: true }], message: { en: 'Answer first' } },
    });
    expect(closed.variables.map((v) => v.id)).toContain(questionRightId(qid));
    e.undo();
    expect(door(story(e))).toMatchObject({ closed: { message: {} } });
    e.undo();
    expect(door(story(e))).toEqual({ type: 'goto', sceneId: 'scene-2' });
    expect(story(e).variables.map((v) => v.id)).not.toContain(questionRightId(qid));
    expect(question(story(e), qid).answers[0]!.effects).toBeUndefined();
    e.redo();
    expect(door(story(e))).toMatchObject({ closed: { when: [{ variable: questionRightId(qid) }] } });
  });

  it('an answer marked right in the question editor counts toward "questions answered right"', () => {
    const { e, qid } = editorWithQuestion();
    e.run(cmd.setLinkClosedCommand, { hotspotId: 'scene-1-next', closed: true });
    e.run(cmd.setCheckpointGateCommand, { hotspotId: 'scene-1-next', index: 0, gate: { kind: 'right-count', count: 1 } });
    const action = question(story(e), qid);
    expect(action.answers[1]!.effects).toBeUndefined();
    e.run(cmd.setHotspotActionCommand, { hotspotId: qid, action: { ...action, answers: action.answers.map((a) => ({ ...a, right: true })) } });
    expect(question(story(e), qid).answers[1]!.effects).toContainEqual({ variable: RIGHT_COUNT_ID, op: 'add', value: 1 });
    e.run(cmd.removeCheckpointGateCommand, { hotspotId: 'scene-1-next', index: 0 });
    expect(door(story(e))).toMatchObject({ closed: { when: [{ variable: RIGHT_COUNT_ID, op: 'gte', value: 1 }] } });
  });

  it('changing where a closed link leads keeps it closed', () => {
    const { e } = editorWithQuestion();
    e.run(cmd.setLinkClosedCommand, { hotspotId: 'scene-1-next', closed: true });
    const before = door(story(e));
    if (before.type !== 'goto') throw new Error('not a link');
    e.run(cmd.setHotspotActionCommand, { hotspotId: 'scene-1-next', action: { ...before, sceneId: 'scene-1' } });
    expect(door(story(e))).toMatchObject({ sceneId: 'scene-1', closed: before.closed });
  });
});
