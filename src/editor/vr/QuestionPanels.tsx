import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { QuestionAction } from '../../story/schema/question.ts';
import { localize } from '../../story/text.ts';
import { setText } from '../../story/graph/text.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { closeLinkUntilCommand, setHotspotActionCommand } from '../commands/index.ts';
import { currentGateChoice, gateChoices } from './checkpoint-words.ts';
import type { HotspotAction } from '../../story/schema/hotspot.ts';
import { ScenePicker } from './ScenePicker.tsx';
import { ChoicePanel } from './PagedPanel.tsx';
import { TypeInfoPanel } from './TypeInfoPanel.tsx';
import { writingTitle } from './labels.ts';
import { answerWords, mediaChoices, mediaName, setAnswerGoto, setAnswerMedia, setAnswerText, setFeedback, setPrompt, setQuestionSound } from './question-edit.ts';

/**
 * The panels for a question (typing its prompt, an answer or its feedback; where an answer leads;
 * an answer's picture and recorded word; the recorded question) and a link's checkpoint.
 */
export type QuestionPanelState =
  | { kind: 'type-prompt' }
  | { kind: 'question-sound' }
  | { kind: 'type-answer'; answerId: string }
  | { kind: 'answer-goto'; answerId: string }
  | { kind: 'answer-more'; answerId: string }
  | { kind: 'type-feedback'; answerId: string }
  | { kind: 'answer-picture'; answerId: string }
  | { kind: 'answer-sound'; answerId: string }
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
 * Typing a question's prompt, one of its answers or an answer's feedback (the headset's keyboard),
 * in the language being written (`lang`); choosing where an answer leads (by the scenes' pictures,
 * or stay), an answer's picture or recorded word and the recorded question (from the story's
 * media); closing a link until a question is answered right (the story's questions), and typing the
 * message readers see while it is closed.
 */
export function QuestionPanels({ story, scene, panel, hotspot, lang, onPanel, onClose }: {
  story: Story;
  scene: Scene;
  panel: QuestionPanelState;
  hotspot: Hotspot;
  lang: string;
  onPanel(p: QuestionPanelState): void;
  onClose(): void;
}) {
  const { editor } = useEditor();
  const setAction = useSetAction();
  const question: QuestionAction | null = hotspot.action.type === 'question' ? hotspot.action : null;
  const inLang = (title: string) => writingTitle(story, lang, title);
  const change = (next: HotspotAction) => {
    setAction(hotspot.id, next);
    onClose();
  };
  const n = (answerId: string) => (question?.answers.findIndex((a) => a.id === answerId) ?? -1) + 1;
  const answer = 'answerId' in panel ? question?.answers.find((a) => a.id === panel.answerId) : undefined;
  switch (panel.kind) {
    case 'type-prompt':
      if (!question) return null;
      return <TypeInfoPanel title={inLang(t('vrEdit.typeQuestion'))} maxLength={1000} initial={localize(question.prompt, lang)} onClose={onClose} onDone={(text) => change(setPrompt(question, lang, text))} />;
    case 'type-answer':
      if (!question || !answer) return null;
      return (
        <TypeInfoPanel
          title={inLang(t('vrEdit.typeAnswer', { n: n(answer.id) }))}
          maxLength={300}
          initial={localize(answer.text, lang)}
          onClose={onClose}
          onDone={(text) => change(setAnswerText(question, answer.id, lang, text))}
        />
      );
    case 'question-sound':
      if (!question) return null;
      return (
        <ChoicePanel
          id="vr-question-sound"
          title={t('vrEdit.chooseQuestionSound')}
          choices={mediaChoices(story, 'audio')}
          current={question.sound ?? ''}
          onClose={onClose}
          onChoose={(id) => change(setQuestionSound(question, id || null))}
        />
      );
    case 'answer-more': {
      if (!question || !answer) return null;
      const feedback = localize(answer.feedback, lang);
      const hasPictures = story.assets.some((a) => a.kind === 'image');
      const hasSounds = story.assets.some((a) => a.kind === 'audio');
      const choices = [
        { id: 'feedback', label: feedback ? t('vrEdit.answerFeedback', { text: feedback.length > 40 ? `${feedback.slice(0, 39).trimEnd()}…` : feedback }) : t('vrEdit.noFeedback') },
        ...(hasPictures || answer.image ? [{ id: 'picture', label: t('vrEdit.answerPicture', { name: mediaName(story, answer.image) }) }] : []),
        ...(hasSounds || answer.sound ? [{ id: 'sound', label: t('vrEdit.answerSound', { name: mediaName(story, answer.sound) }) }] : []),
      ];
      const next = { feedback: 'type-feedback', picture: 'answer-picture', sound: 'answer-sound' } as const;
      return (
        <ChoicePanel
          id="vr-answer-more"
          title={answerWords(answer, n(answer.id), lang, 50)}
          choices={choices}
          onClose={onClose}
          onChoose={(id) => onPanel({ kind: next[id as keyof typeof next], answerId: answer.id })}
        />
      );
    }
    case 'type-feedback':
      if (!question || !answer) return null;
      return (
        <TypeInfoPanel
          title={inLang(t('vrEdit.typeFeedback', { n: n(answer.id) }))}
          maxLength={1000}
          initial={localize(answer.feedback, lang)}
          onClose={onClose}
          onDone={(text) => change(setFeedback(question, answer.id, lang, text))}
        />
      );
    case 'answer-picture':
    case 'answer-sound': {
      if (!question || !answer) return null;
      const picture = panel.kind === 'answer-picture';
      return (
        <ChoicePanel
          id={picture ? 'vr-answer-picture' : 'vr-answer-sound'}
          title={t(picture ? 'vrEdit.chooseAnswerPicture' : 'vrEdit.chooseAnswerSound', { n: n(answer.id) })}
          choices={mediaChoices(story, picture ? 'image' : 'audio')}
          current={(picture ? answer.image : answer.sound) ?? ''}
          onClose={onClose}
          onChoose={(id) => change(setAnswerMedia(question, answer.id, picture ? 'image' : 'sound', id || null))}
        />
      );
    }
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
      const choices = gateChoices(story);
      return (
        <ChoicePanel
          id="vr-checkpoint"
          title={choices.length ? t('vrEdit.chooseGate') : t('vrEdit.noQuestions')}
          choices={choices}
          current={currentGateChoice(story, hotspot)}
          onClose={onClose}
          onChoose={(id) => {
            const gate = choices.find((c) => c.id === id)?.gate;
            if (!gate) return;
            editor.history.seal();
            editor.run(closeLinkUntilCommand, { linkId: hotspot.id, gate });
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
          title={inLang(t('vrEdit.typeClosedMessage'))}
          maxLength={1000}
          initial={localize(closed.message, lang)}
          onClose={onClose}
          onDone={(text) => change({ ...goto, closed: { ...closed, message: setText(closed.message, lang, text) } })}
        />
      );
    }
  }
}
