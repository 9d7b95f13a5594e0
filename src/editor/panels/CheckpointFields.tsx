import { useId } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import type { Checkpoint } from '../../story/schema/question.ts';
import { MAX_CONDITIONS, firstGate, gateOf, type Gate } from '../../story/graph/checkpoint-gates.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import {
  removeCheckpointGateCommand,
  setCheckpointGateCommand,
  setCheckpointMessageCommand,
  setLinkClosedCommand,
} from '../commands/index.ts';
import { LocalizedFields, labelFor } from './fields.tsx';
import { Icon } from '../icons.tsx';
import { GateFields, questionsOf } from './GateFields.tsx';

interface Props {
  story: Story;
  hotspot: Hotspot;
  closed: Checkpoint | undefined;
  readOnly: boolean;
}

/**
 * A go-to link's checkpoint: "Keep this way closed until…" what (questions answered right, one
 * question answered right, or a story variable), and what the reader is told while it is closed.
 */
export function CheckpointFields({ story, hotspot, closed, readOnly }: Props) {
  const { editor } = useEditor();
  const base = useId();
  const hotspotId = hotspot.id;
  const setGate = (index: number, gate: Gate, field?: string) =>
    editor.run(setCheckpointGateCommand, { hotspotId, index, gate, ...(field ? { field } : {}) });
  const many = (closed?.when.length ?? 0) > 1;
  return (
    <div className="checkpoint-fields">
      <div className="check">
        <input
          id={`${base}-closed`}
          type="checkbox"
          checked={!!closed}
          disabled={readOnly}
          onChange={(e) => editor.run(setLinkClosedCommand, { hotspotId, closed: e.target.checked })}
        />
        <label htmlFor={`${base}-closed`}>
          <Icon name="lock" /> {t('checkpoint.closed')}
        </label>
      </div>
      {closed && (
        <>
          <fieldset className="checkpoint-gates">
            <legend>{many ? t('checkpoint.opensWhenAll') : t('checkpoint.opensWhen')}</legend>
            {questionsOf(story).length === 0 && <p className="hint">{t('checkpoint.noQuestions')}</p>}
            <ol>
              {closed.when.map((c, i) => (
                <li key={i} className="checkpoint-gate">
                  <GateFields story={story} gate={gateOf(story, c)} n={i + 1} readOnly={readOnly} onChange={(gate, field) => setGate(i, gate, field)} />
                  {many && (
                    <button type="button" className="button small" disabled={readOnly} onClick={() => editor.run(removeCheckpointGateCommand, { hotspotId, index: i })}>
                      <Icon name="trash" /> {t('checkpoint.removeCondition', { n: i + 1 })}
                    </button>
                  )}
                </li>
              ))}
            </ol>
            {closed.when.length < MAX_CONDITIONS && (
              <button type="button" className="button small" disabled={readOnly} onClick={() => setGate(closed.when.length, firstGate(story, hotspotId))}>
                <Icon name="plus" /> {t('checkpoint.addCondition')}
              </button>
            )}
          </fieldset>
          <LocalizedFields
            languages={story.meta.languages}
            value={closed.message}
            readOnly={readOnly}
            multiline
            maxLength={1000}
            label={labelFor(story, t('checkpoint.messageOne'), (language) => t('checkpoint.message', { language }))}
            onChange={(language, text) => editor.run(setCheckpointMessageCommand, { hotspotId, language, text })}
          />
          <p className="hint">{t('checkpoint.messageHint', { fallback: t('player.closedDefault') })}</p>
        </>
      )}
    </div>
  );
}
