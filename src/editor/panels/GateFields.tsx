import { useId, useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { Condition, Variable, VariableValue } from '../../story/schema/variable.ts';
import type { HotspotId } from '../../story/schema/common.ts';
import { localize } from '../../story/text.ts';
import type { Gate } from '../../story/graph/checkpoint-gates.ts';
import { RIGHT_COUNT_ID, questionOfTally } from '../../story/graph/tallies.ts';
import { t, type MessageKey } from '../../i18n/index.ts';

/** Every question in the story, in story order. */
export const questionsOf = (story: Story): Hotspot[] => story.scenes.flatMap((s) => s.hotspots.filter((h) => h.action.type === 'question'));

/** "“What is this called?” (The kitchen)": a question by its prompt (or label) and its scene. */
export function questionName(story: Story, h: Hotspot): string {
  const lang = story.meta.defaultLanguage;
  const scene = story.scenes.find((s) => s.hotspots.includes(h));
  const words = (h.action.type === 'question' ? localize(h.action.prompt, lang) : '') || localize(h.label, lang) || t('checkpoint.untitledQuestion');
  const place = scene ? localize(scene.title, lang) || t('editor.scene.untitled') : '';
  return place ? t('checkpoint.questionIn', { question: words, scene: place }) : words;
}

/** The story's own variables: not the tallies the editor keeps for questions (those have their own choices). */
const ownVariables = (story: Story): Variable[] => story.variables.filter((v) => v.id !== RIGHT_COUNT_ID && !questionOfTally(story, v.id));

const OPS: Record<'number' | 'boolean' | 'string', Condition['op'][]> = {
  number: ['gte', 'gt', 'eq', 'ne', 'lt', 'lte'],
  boolean: ['eq', 'ne'],
  string: ['eq', 'ne'],
};
const typeOf = (v: VariableValue) => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string');

/** A gate on a variable starts as "is what it can become": at least 1, yes, or its starting text. */
function variableGate(v: Variable): Gate {
  const type = typeOf(v.initial);
  const value: VariableValue = type === 'number' ? 1 : type === 'boolean' ? true : (v.initial as string);
  return { kind: 'variable', variable: v.id, op: type === 'number' ? 'gte' : 'eq', value };
}

interface Props {
  story: Story;
  gate: Gate;
  n: number;
  readOnly: boolean;
  onChange(gate: Gate, field?: string): void;
}

/** One thing a closed link waits for, chosen in words: a kind, then what it needs. */
export function GateFields({ story, gate, n, readOnly, onChange }: Props) {
  const base = useId();
  const questions = questionsOf(story);
  const variables = ownVariables(story);
  const known = gate.kind !== 'variable' || variables.some((v) => v.id === gate.variable);
  const pickKind = (kind: string) => {
    if (kind === 'right-count') onChange({ kind, count: 1 });
    else if (kind === 'question-right' && questions[0]) onChange({ kind, hotspotId: questions[0].id });
    else if (kind === 'variable' && variables[0]) onChange(variableGate(variables[0]));
  };
  return (
    <>
      <div className="field">
        <label htmlFor={`${base}-kind`}>{t('checkpoint.kind', { n })}</label>
        <select id={`${base}-kind`} value={gate.kind} disabled={readOnly} onChange={(e) => pickKind(e.target.value)}>
          <option value="right-count">{t('checkpoint.kind.rightCount')}</option>
          <option value="question-right" disabled={questions.length === 0}>
            {t('checkpoint.kind.questionRight')}
          </option>
          <option value="variable" disabled={variables.length === 0 && gate.kind !== 'variable'}>
            {t('checkpoint.kind.variable')}
          </option>
        </select>
      </div>
      {gate.kind === 'right-count' && (
        <div className="field">
          <label htmlFor={`${base}-count`}>{t('checkpoint.count')}</label>
          <select
            id={`${base}-count`}
            value={gate.count}
            disabled={readOnly}
            onChange={(e) => onChange({ kind: 'right-count', count: Number(e.target.value) })}
          >
            {Array.from({ length: Math.max(questions.length, gate.count, 1) }, (_, i) => (
              <option key={i} value={i + 1}>
                {i + 1}
              </option>
            ))}
          </select>
          <p className="hint">{t('checkpoint.countOf', { total: questions.length })}</p>
        </div>
      )}
      {gate.kind === 'question-right' && (
        <div className="field">
          <label htmlFor={`${base}-question`}>{t('checkpoint.question')}</label>
          <select
            id={`${base}-question`}
            value={gate.hotspotId}
            disabled={readOnly}
            onChange={(e) => onChange({ kind: 'question-right', hotspotId: e.target.value as HotspotId })}
          >
            {questions.map((q) => (
              <option key={q.id} value={q.id}>
                {questionName(story, q)}
              </option>
            ))}
          </select>
        </div>
      )}
      {gate.kind === 'variable' && (
        <VariableGate id={base} story={story} gate={gate} variables={variables} known={known} readOnly={readOnly} onChange={onChange} />
      )}
    </>
  );
}

function VariableGate({ id, story, gate, variables, known, readOnly, onChange }: {
  id: string;
  story: Story;
  gate: Extract<Gate, { kind: 'variable' }>;
  variables: Variable[];
  known: boolean;
  readOnly: boolean;
  onChange(gate: Gate, field?: string): void;
}) {
  const variable = story.variables.find((v) => v.id === gate.variable);
  const type = typeOf(variable?.initial ?? gate.value);
  const set = (patch: Partial<Extract<Gate, { kind: 'variable' }>>, field?: string) => onChange({ ...gate, ...patch }, field);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-variable`}>{t('checkpoint.variable')}</label>
        <select
          id={`${id}-variable`}
          value={gate.variable}
          disabled={readOnly}
          onChange={(e) => {
            const v = variables.find((x) => x.id === e.target.value);
            if (v) onChange(variableGate(v));
          }}
        >
          {!known && <option value={gate.variable}>{variable?.name ?? t('checkpoint.variableMissing', { id: gate.variable })}</option>}
          {variables.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-op`}>{t('checkpoint.op')}</label>
        <select id={`${id}-op`} value={gate.op} disabled={readOnly} onChange={(e) => set({ op: e.target.value as Condition['op'] })}>
          {OPS[type].map((op) => (
            <option key={op} value={op}>
              {t(`checkpoint.op.${op}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t('checkpoint.value')}</label>
        {type === 'boolean' ? (
          <select id={`${id}-value`} value={gate.value === true ? 'yes' : 'no'} disabled={readOnly} onChange={(e) => set({ value: e.target.value === 'yes' })}>
            <option value="yes">{t('checkpoint.yes')}</option>
            <option value="no">{t('checkpoint.no')}</option>
          </select>
        ) : type === 'number' ? (
          <NumberField id={`${id}-value`} value={typeof gate.value === 'number' ? gate.value : 0} readOnly={readOnly} onChange={(value) => set({ value }, 'value')} />
        ) : (
          <input id={`${id}-value`} type="text" maxLength={500} value={String(gate.value)} readOnly={readOnly} onChange={(e) => set({ value: e.target.value }, 'value')} />
        )}
      </div>
    </>
  );
}

/** A number typed freely (an empty or half-typed field is kept as it is, not snapped back). */
function NumberField({ id, value, readOnly, onChange }: { id: string; value: number; readOnly: boolean; onChange(value: number): void }) {
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(String(value));
  }
  return (
    <input
      id={id}
      type="number"
      step="any"
      value={text}
      readOnly={readOnly}
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() !== '' && Number.isFinite(n)) {
          setShown(n);
          onChange(n);
        }
      }}
    />
  );
}
