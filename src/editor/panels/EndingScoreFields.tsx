import { useId } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { scoreVariables } from '../../story/graph/score-ops.ts';
import { scoreTotal } from '../../player/engine/questions.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { setEndingScoreCommand, setEndingScoreTextCommand, setEndingScoreVariableCommand } from '../commands/index.ts';
import { LocalizedFields, labelFor } from './fields.tsx';

/** At an ending: show the reader's score or not, which score, and the sentence it is shown in. */
export function EndingScoreFields({ story, scene, readOnly }: { story: Story; scene: Scene; readOnly: boolean }) {
  const { editor } = useEditor();
  const base = useId();
  const score = scene.ending?.score;
  const sceneId = scene.id;
  const choices = scoreVariables(story);
  if (score && !choices.includes(score.variable)) choices.push(score.variable);
  const total = score ? scoreTotal(story, score.variable) : 0;
  return (
    <div className="ending-score-fields">
      <div className="check">
        <input
          id={`${base}-show`}
          type="checkbox"
          checked={!!score}
          disabled={readOnly}
          onChange={(e) => editor.run(setEndingScoreCommand, { sceneId, show: e.target.checked })}
        />
        <label htmlFor={`${base}-show`}>{t('endingScore.show')}</label>
      </div>
      {score && (
        <>
          {choices.length > 1 && (
            <div className="field">
              <label htmlFor={`${base}-variable`}>{t('endingScore.which')}</label>
              <select
                id={`${base}-variable`}
                value={score.variable}
                disabled={readOnly}
                onChange={(e) => editor.run(setEndingScoreVariableCommand, { sceneId, variable: e.target.value })}
              >
                {choices.map((id) => (
                  <option key={id} value={id}>
                    {story.variables.find((v) => v.id === id)?.name ?? id}
                  </option>
                ))}
              </select>
            </div>
          )}
          <LocalizedFields
            languages={story.meta.languages}
            value={score.text}
            readOnly={readOnly}
            maxLength={300}
            label={labelFor(story, t('endingScore.textOne'), (language) => t('endingScore.text', { language }))}
            onChange={(language, text) => editor.run(setEndingScoreTextCommand, { sceneId, language, text })}
          />
          <p className="hint">{t('endingScore.hint', { fallback: t('player.score', { score: 3, total: Math.max(total, 5) }) })}</p>
          <p className={total === 0 ? 'hint warning' : 'hint'} role={total === 0 ? 'status' : undefined}>
            {total === 0 ? t('endingScore.none') : t('endingScore.total', { total })}
          </p>
        </>
      )}
    </div>
  );
}
