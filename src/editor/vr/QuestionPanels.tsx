import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { QuestionAction } from '../../story/schema/question.ts';
import { localize } from '../../story/text.ts';
import { setText } from '../../story/graph/text.ts';
import { checkpointQuestion } from '../../story/graph/checkpoint-ops.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { closeLinkUntilAnsweredCommand, setHotspotActionCommand } from '../commands/index.ts';
import type { HotspotAction } from '../../story/schema/hotspot.ts';
import { ScenePicker } from './ScenePicker.tsx';
import { ChoicePanel } from './PagedPanel.tsx';
import { TypeInfoPanel } from './TypeInfoPanel.tsx';
import { promptWords, setAnswerGoto, setAnswerText, setPrompt, storyQuestions } from './question-edit.ts';

/** The panels for a question (typing its prompt or an answer, where an answer leads) and a link's checkpoint. */
export type QuestionPanelState =
  | { kind: 'type-prompt' }
  | { kind: 'type-answer'; answerId: string }
  | { kind: 'answer-goto'; answerId: string }
  | { kind: 'checkpoint' }
  | { kind: 'type-closed' };

/** Runs one change of what a hotspot does, as its own undo step. */
export function useSetAction() {
  const { editor } = useEditor();
  return (hotspotId: string, action: HotspotAction) => {
    editor.history.seal();
    const done = editor.run(setHotspotActionCommand, { hotspotId, action });
    editor.history.seal();
    return done;
  };
}

/**
 * Typing a question's prompt or one of its answers (the headset's keyboard), choosing where an
 * answer leads (by the scenes' pictures, or stay), closing a link until a question is answered
 * right (the story's questions), and typing the message readers see while it is closed.
 */
export function QuestionPanels({ story, scene, panel, hotspot, onClose }: { story: Story; scene: Scene; panel: QuestionPanelState; hotspot: Hotspot; onClose(): void }) {
  const { editor } = useEditor();
  const setAction = useSetAction();
  const lang = story.meta.defaultLanguage;
  const question: QuestionAction | null = hotspot.action.type === 'question' ? hotspot.action : null;
  const change = (next: HotspotAction) => {
    setAction(hotspot.id, next);
    onClose();
  };
  const n = (answerId: string) => (question?.answers.findIndex((a) => a.id === answerId) ?? -1) + 1;
  const answer = 'answerId' in panel ? question?.answers.find((a) => a.id === panel.answerId) : undefined;
  switch (panel.kind) {
    case 'type-prompt':
      if (!question) return null;
      return <TypeInfoPanel title={t('vrEdit.typeQuestion')} maxLength={1000} initial={localize(question.prompt, lang)} onClose={onClose} onDone={(text) => change(setPrompt(question, lang, text))} />;
    case 'type-answer':
      if (!question || !answer) return null;
      return (
        <TypeInfoPanel
          title={t('vrEdit.typeAnswer', { n: n(answer.id) })}
          maxLength={300}
          initial={localize(answer.text, lang)}
          onClose={onClose}
          onDone={(text) => change(setAnswerText(question, answer.id, lang, text))}
        />
      );
    case 'answer-goto':
      if (!question || !answer) return null;
      return (
        <ScenePicker
          id="vr-answer-target"
          story={story}
          title={t('vrEdit.chooseAnswerTarget', { n: n(answer.id) })}
          current={answer.goto ?? null}
          exclude={scene.id}
          stay={t('inspector.answerStay')}
          onClose={onClose}
          onChoose={(sceneId) => change(setAnswerGoto(question, answer.id, sceneId))}
        />
      );
    case 'checkpoint': {
      if (hotspot.action.type !== 'goto') return null;
      const questions = storyQuestions(story);
      const current = checkpointQuestion(story, hotspot)?.id ?? null;
      return (
        <ChoicePanel
          id="vr-checkpoint"
          title={questions.length ? t('vrEdit.chooseQuestion') : t('vrEdit.noQuestions')}
          choices={questions}
          current={current}
          onClose={onClose}
          onChoose={(questionId) => {
            const q = story.scenes.flatMap((s) => s.hotspots).find((h) => h.id === questionId);
            editor.history.seal();
            editor.run(closeLinkUntilAnsweredCommand, { linkId: hotspot.id, questionId, name: t('vrEdit.rightFlagName', { question: q ? promptWords(q, lang, 60) : questionId }) });
            editor.history.seal();
            onClose();
          }}
        />
      );
    }
    case 'type-closed': {
      const goto = hotspot.action.type === 'goto' ? hotspot.action : null;
      if (!goto?.closed) return null;
      const closed = goto.closed;
      return (
        <TypeInfoPanel
          title={t('vrEdit.typeClosedMessage')}
          maxLength={1000}
          initial={localize(closed.message, lang)}
          onClose={onClose}
          onDone={(text) => change({ ...goto, closed: { ...closed, message: setText(closed.message, lang, text) } })}
        />
      );
    }
  }
}
