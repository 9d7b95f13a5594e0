import { useId, useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { MAX_ANSWERS, MIN_ANSWERS, type Answer, type QuestionAction } from '../../story/schema/question.ts';
import { setText } from '../../story/graph/scene-ops.ts';
import { newAnswer } from '../../story/graph/question-ops.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { setAnswerRemembersCommand, setHotspotActionCommand, setQuestionScoreCommand } from '../commands/index.ts';
import { answerRemembers, rememberables, type Remember } from '../../story/graph/remember-ops.ts';
import { LocalizedFields, labelFor } from './fields.tsx';
import { Icon } from '../icons.tsx';
import { SceneSelect } from './SceneSelect.tsx';

interface Props {
  story: Story;
  hotspot: Hotspot;
  action: QuestionAction;
  readOnly: boolean;
}

/** A question hotspot's prompt, answers (which are right, feedback, where they lead), chances and score. */
export function QuestionFields({ story, hotspot, action, readOnly }: Props) {
  const { editor } = useEditor();
  const base = useId();
  const sounds = story.assets.filter((a) => a.kind === 'audio');
  const set = (next: QuestionAction, field?: string) =>
    editor.run(setHotspotActionCommand, { hotspotId: hotspot.id, action: next, ...(field ? { field } : {}) });
  const setAnswer = (i: number, answer: Answer, field?: string) =>
    set({ ...action, answers: action.answers.map((a, k) => (k === i ? answer : a)) }, field ? `answer-${answer.id}-${field}` : undefined);
  return (
    <div className="question-fields">
      <LocalizedFields
        languages={story.meta.languages}
        value={action.prompt}
        readOnly={readOnly}
        multiline
        label={labelFor(story, t('inspector.questionPromptOne'), (language) => t('inspector.questionPrompt', { language }))}
        onChange={(language, text) => set({ ...action, prompt: setText(action.prompt, language, text) }, `prompt-${language}`)}
      />
      <AssetSelect
        id={`${base}-sound`}
        label={t('inspector.questionSound')}
        assets={sounds}
        value={action.sound}
        readOnly={readOnly}
        onChange={(sound) => {
          const { sound: _was, ...rest } = action;
          set(sound ? { ...rest, sound } : rest);
        }}
      />
      <fieldset className="question-answers">
        <legend>{t('inspector.answers')}</legend>
        <ol>
          {action.answers.map((a, i) => (
            <AnswerFields
              key={a.id}
              story={story}
              answer={a}
              n={i + 1}
              readOnly={readOnly}
              canRemove={action.answers.length > MIN_ANSWERS}
              onChange={(answer, field) => setAnswer(i, answer, field)}
              onRemember={(remember) => editor.run(setAnswerRemembersCommand, { hotspotId: hotspot.id, answerId: a.id, remember })}
              onRemove={() => set({ ...action, answers: action.answers.filter((_, k) => k !== i) })}
            />
          ))}
        </ol>
        {action.answers.length < MAX_ANSWERS && (
          <button type="button" className="button small" disabled={readOnly} onClick={() => set({ ...action, answers: [...action.answers, newAnswer(action)] })}>
            <Icon name="plus" /> {t('inspector.addAnswer')}
          </button>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${base}-chances`}>{t('inspector.chances')}</label>
        <select id={`${base}-chances`} value={action.chances} disabled={readOnly} onChange={(e) => set({ ...action, chances: e.target.value === 'once' ? 'once' : 'retry' })}>
          <option value="retry">{t('inspector.chances.retry')}</option>
          <option value="once">{t('inspector.chances.once')}</option>
        </select>
      </div>
      <div className="check">
        <input
          id={`${base}-score`}
          type="checkbox"
          checked={action.score !== undefined}
          disabled={readOnly}
          onChange={(e) => editor.run(setQuestionScoreCommand, { hotspotId: hotspot.id, counts: e.target.checked })}
        />
        <label htmlFor={`${base}-score`}>{t('inspector.countsInScore')}</label>
      </div>
    </div>
  );
}

function AnswerFields({ story, answer, n, readOnly, canRemove, onChange, onRemember, onRemove }: {
  story: Story;
  answer: Answer;
  n: number;
  readOnly: boolean;
  canRemove: boolean;
  onChange(answer: Answer, field?: string): void;
  onRemember(remember: Remember): void;
  onRemove(): void;
}) {
  const base = useId();
  const without = <K extends 'image' | 'sound' | 'goto'>(key: K, value: Answer[K] | undefined): Answer => {
    const rest: Answer = { ...answer };
    delete rest[key];
    return value ? { ...rest, [key]: value } : rest;
  };
  return (
    <li className="question-answer" data-answer={answer.id}>
      <LocalizedFields
        languages={story.meta.languages}
        value={answer.text}
        readOnly={readOnly}
        maxLength={300}
        label={labelFor(story, t('inspector.answerTextOne', { n }), (language) => t('inspector.answerText', { n, language }))}
        onChange={(language, text) => onChange({ ...answer, text: setText(answer.text, language, text) }, `text-${language}`)}
      />
      <div className="check">
        <input id={`${base}-right`} type="checkbox" checked={answer.right} disabled={readOnly} onChange={(e) => onChange({ ...answer, right: e.target.checked })} />
        <label htmlFor={`${base}-right`}>{t('inspector.answerRight')}</label>
      </div>
      <LocalizedFields
        languages={story.meta.languages}
        value={answer.feedback}
        readOnly={readOnly}
        maxLength={1000}
        label={labelFor(story, t('inspector.answerFeedbackOne', { n }), (language) => t('inspector.answerFeedback', { n, language }))}
        onChange={(language, text) => onChange({ ...answer, feedback: setText(answer.feedback, language, text) }, `feedback-${language}`)}
      />
      <AssetSelect id={`${base}-image`} label={t('inspector.answerPicture')} assets={story.assets.filter((a) => a.kind === 'image')} value={answer.image} readOnly={readOnly} onChange={(v) => onChange(without('image', v))} />
      <AssetSelect id={`${base}-sound`} label={t('inspector.answerSound')} assets={story.assets.filter((a) => a.kind === 'audio')} value={answer.sound} readOnly={readOnly} onChange={(v) => onChange(without('sound', v))} />
      <div className="field">
        <label htmlFor={`${base}-goto`}>{t('inspector.answerGoto')}</label>
        <SceneSelect
          id={`${base}-goto`}
          value={answer.goto ?? ''}
          scenes={story.scenes}
          lang={story.meta.defaultLanguage}
          disabled={readOnly}
          none={t('inspector.answerStay')}
          onChange={(sceneId) => onChange(without('goto', sceneId || undefined))}
        />
      </div>
      <RememberField story={story} answer={answer} readOnly={readOnly} onRemember={onRemember} />
      {canRemove && (
        <button type="button" className="button small" disabled={readOnly} onClick={onRemove}>
          <Icon name="trash" /> {t('inspector.removeAnswer', { n })}
        </button>
      )}
    </li>
  );
}

const NEW = '\u0000new';

/** "Then the story remembers": nothing, one of the story's yes/no things, or a new one named here. */
function RememberField({ story, answer, readOnly, onRemember }: { story: Story; answer: Answer; readOnly: boolean; onRemember(remember: Remember): void }) {
  const base = useId();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState('');
  const current = answerRemembers(story, answer);
  const add = () => {
    if (!name.trim()) return;
    onRemember({ name });
    setNaming(false);
    setName('');
  };
  return (
    <div className="field">
      <label htmlFor={`${base}-remember`}>{t('inspector.answerRemembers')}</label>
      <select
        id={`${base}-remember`}
        value={naming ? NEW : (current ?? '')}
        disabled={readOnly}
        onChange={(e) => {
          const v = e.target.value;
          setNaming(v === NEW);
          if (v !== NEW) onRemember(v ? { variable: v } : null);
        }}
      >
        <option value="">{t('inspector.remembersNothing')}</option>
        {rememberables(story).map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
          </option>
        ))}
        <option value={NEW}>{t('inspector.remembersNew')}</option>
      </select>
      {naming && (
        <div className="inline-form">
          <label htmlFor={`${base}-remember-name`}>{t('inspector.rememberName')}</label>
          <input
            id={`${base}-remember-name`}
            type="text"
            maxLength={100}
            value={name}
            autoFocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              } else if (e.key === 'Escape') setNaming(false);
            }}
          />
          <button type="button" className="button small" disabled={!name.trim()} onClick={add}>
            {t('inspector.rememberAdd')}
          </button>
        </div>
      )}
      {(current || naming) && <p className="hint">{t('inspector.rememberHint')}</p>}
    </div>
  );
}

/** A picture or sound from the story's media, or none. */
function AssetSelect({ id, label, assets, value, readOnly, onChange }: {
  id: string;
  label: string;
  assets: Story['assets'];
  value: string | undefined;
  readOnly: boolean;
  onChange(value: string | undefined): void;
}) {
  if (assets.length === 0 && !value) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} disabled={readOnly} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{t('inspector.noRecording')}</option>
        {assets.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name || a.id.slice(0, 8)}
          </option>
        ))}
      </select>
    </div>
  );
}
