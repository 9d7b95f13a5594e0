import { useId, useState, type FormEvent } from 'react';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Answer, Story } from '../../story/schema/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { lastAnswer, type QuestionPanel } from '../engine/index.ts';
import { useAssetUrl } from '../useAssetUrl.ts';
import { StoryText } from './StoryText.tsx';
import { feedbackFor } from './questionWords.ts';
import { ui, uiDirection } from '../../i18n/player.ts';

interface Props {
  story: Story;
  panel: QuestionPanel | null;
  /** The hotspot's label, the dialog's title. */
  title: string;
  t: (text: Record<string, string> | undefined) => string;
  lang: string;
  assets: AssetSource;
  onAnswer(answerId: string): void;
  onContinue(): void;
  /** Called with the hotspot whose panel the dialog was showing when it closed. */
  onClose(hotspotId: string | undefined): void;
}

/**
 * A question hotspot: its prompt, the answers as a radio group (arrow keys move, Enter or the
 * button answers), then the author's feedback, read out by screen readers as it appears.
 */
export function QuestionDialog({ story, panel, title, t, lang, assets, onAnswer, onContinue, onClose }: Props) {
  const record = panel?.record;
  const picked = panel ? lastAnswer(panel.action, record) : null;
  const leadsOn = !!picked?.goto && story.scenes.some((s) => s.id === picked.goto);
  return (
    <Dialog
      open={!!panel}
      shows={panel?.hotspotId}
      onClose={onClose}
      title={title || ui('player.kindLong.question')}
      closeLabel={ui('player.close')}
      className="ssp-question"
      actions={
        leadsOn ? (
          <button type="button" className="ssp-button ssp-primary" onClick={onContinue} data-continue>
            {ui('player.continue')}
          </button>
        ) : undefined
      }
    >
      {panel && <QuestionForm key={`${panel.hotspotId}`} story={story} panel={panel} picked={picked} t={t} lang={lang} assets={assets} onAnswer={onAnswer} />}
    </Dialog>
  );
}

function QuestionForm({ story, panel, picked, t, lang, assets, onAnswer }: Pick<Props, 'story' | 't' | 'lang' | 'assets' | 'onAnswer'> & { panel: QuestionPanel; picked: Answer | null }) {
  const base = useId();
  const record = panel.record;
  const [choice, setChoice] = useState<string | null>(picked?.id ?? null);
  const done = !!record?.done;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (choice && !done) onAnswer(choice);
  };
  const feedback = picked && record ? feedbackFor(picked, record, panel.action, t) : '';
  return (
    <form onSubmit={submit} lang={lang} dir={uiDirection(lang)}>
      <fieldset className="ssp-answers" role="radiogroup" disabled={done}>
        <legend className="ssp-prompt">
          <StoryText text={t(panel.action.prompt)} className="ssp-prose" />
        </legend>
        {panel.action.answers.map((a, i) => (
          <label key={a.id} className="ssp-answer" data-answer={a.id} data-right={done && a.right ? true : undefined}>
            <input
              type="radio"
              name={`${base}-answer`}
              value={a.id}
              checked={choice === a.id}
              onChange={() => setChoice(a.id)}
              data-autofocus={(choice ? choice === a.id : i === 0) || undefined}
            />
            <AnswerPicture story={story} answer={a} assets={assets} t={t} />
            <span className="ssp-answer-text">{t(a.text) || ui('player.answerNumber', { n: i + 1 })}</span>
          </label>
        ))}
      </fieldset>
      {!done && (
        <button type="submit" className="ssp-button ssp-primary ssp-answer-button" disabled={!choice}>
          {record ? ui('player.answerAgain') : ui('player.answer')}
        </button>
      )}
      <div role="status" className="ssp-feedback" data-feedback={record ? (record.right ? 'right' : 'wrong') : undefined}>
        {feedback && <StoryText text={feedback} className="ssp-prose" />}
      </div>
    </form>
  );
}

function AnswerPicture({ story, answer, assets, t }: { story: Story; answer: Answer; assets: AssetSource; t: Props['t'] }) {
  const image = answer.image ? story.assets.find((x) => x.id === answer.image) : undefined;
  const url = useAssetUrl(assets, image?.kind === 'image' ? image.id : null);
  if (image?.kind !== 'image' || !url) return null;
  return <img className="ssp-answer-image" src={url} alt={t(image.alt)} width={image.width} height={image.height} />;
}
