import { useEffect, useId, useRef } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { Hotspot, HotspotAction } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor, useSession } from '../context.ts';
import { deleteHotspotCommand, setHotspotActionCommand, setHotspotLabelCommand } from '../commands/index.ts';
import { setText } from '../../story/graph/scene-ops.ts';
import { LocalizedFields, labelFor } from './fields.tsx';
import { Icon } from '../icons.tsx';
import { SceneSelect } from './SceneSelect.tsx';
import { newQuestion } from '../../story/graph/question-ops.ts';
import { QuestionFields } from './QuestionFields.tsx';
import { CheckpointFields } from './CheckpointFields.tsx';
import { TimeWindowFields } from './TimeWindowFields.tsx';

function defaultAction(type: HotspotAction['type'], story: Story, scene: Scene): HotspotAction | null {
  if (type === 'goto') {
    const target = story.scenes.find((s) => s.id !== scene.id) ?? scene;
    return { type: 'goto', sceneId: target.id };
  }
  if (type === 'info') return { type: 'info', text: {} };
  if (type === 'question') return newQuestion();
  const sound = story.assets.find((a) => a.kind === 'audio');
  return sound ? { type: 'sound', asset: sound.id, volume: 1 } : null;
}

/** One hotspot: its label and what it does (go to a scene, show a text, play a sound). */
export function HotspotEditor({ story, scene, hotspot, index }: { story: Story; scene: Scene; hotspot: Hotspot; index: number }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const selected = useSession((s) => s.selection.hotspotId === hotspot.id);
  const ref = useRef<HTMLLIElement>(null);
  const base = useId();
  const lang = story.meta.defaultLanguage;
  const sounds = story.assets.filter((a) => a.kind === 'audio');
  const action = hotspot.action;
  const setAction = (next: HotspotAction, field?: string) =>
    editor.run(setHotspotActionCommand, { hotspotId: hotspot.id, action: next, ...(field ? { field } : {}) });

  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  return (
    <li
      ref={ref}
      className={`hotspot-card${selected ? ' is-selected' : ''}`}
      id={`hotspot-${hotspot.id}`}
      onFocus={() => !selected && editor.select({ sceneId: scene.id, hotspotId: hotspot.id })}
    >
      <h4>
        {t('inspector.hotspot', { n: index + 1 })}
        {localize(hotspot.label, lang) ? `: ${localize(hotspot.label, lang)}` : ''}
      </h4>
      <LocalizedFields
        firstId={`hotspot-label-${hotspot.id}`}
        languages={story.meta.languages}
        value={hotspot.label}
        readOnly={readOnly}
        label={labelFor(story, t('inspector.hotspotLabelOne'), (language) => t('inspector.hotspotLabel', { language }))}
        onChange={(language, label) => editor.run(setHotspotLabelCommand, { hotspotId: hotspot.id, language, label })}
        maxLength={200}
      />
      <div className="field">
        <label htmlFor={`${base}-type`}>{t('inspector.action')}</label>
        <select
          id={`${base}-type`}
          value={action.type}
          disabled={readOnly}
          onChange={(e) => {
            const next = defaultAction(e.target.value as HotspotAction['type'], story, scene);
            if (next) setAction(next);
          }}
        >
          <option value="goto">{t('inspector.action.goto')}</option>
          <option value="info">{t('inspector.action.info')}</option>
          <option value="sound" disabled={sounds.length === 0}>
            {t('inspector.action.sound')}
          </option>
          <option value="question">{t('inspector.action.question')}</option>
        </select>
      </div>
      {action.type === 'goto' && (
        <div className="field">
          <label htmlFor={`${base}-goto`}>{t('inspector.gotoScene')}</label>
          <SceneSelect
            id={`${base}-goto`}
            value={action.sceneId}
            scenes={story.scenes}
            lang={lang}
            disabled={readOnly}
            onChange={(sceneId) => setAction({ ...action, sceneId })}
          />
        </div>
      )}
      {action.type === 'goto' && <CheckpointFields story={story} hotspot={hotspot} closed={action.closed} readOnly={readOnly} />}
      {action.type === 'info' && (
        <>
          <LocalizedFields
            languages={story.meta.languages}
            value={action.text}
            readOnly={readOnly}
            multiline
            label={labelFor(story, t('inspector.infoTextOne'), (language) => t('inspector.infoText', { language }))}
            onChange={(language, text) =>
              setAction({ ...action, text: setText(action.text, language, text) }, `info-text-${language}`)
            }
          />
          <div className="field">
            <label htmlFor={`${base}-link`}>{t('inspector.infoLink')}</label>
            <input
              id={`${base}-link`}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={action.link?.url ?? ''}
              readOnly={readOnly}
              onChange={(e) => {
                const url = e.target.value;
                const { link: _old, ...rest } = action;
                setAction(url ? { ...rest, link: { ...action.link, url } } : rest, 'info-link');
              }}
            />
          </div>
        </>
      )}
      {action.type === 'question' && <QuestionFields story={story} hotspot={hotspot} action={action} readOnly={readOnly} />}
      {action.type === 'sound' && (
        <div className="field">
          <label htmlFor={`${base}-sound`}>{t('inspector.sound')}</label>
          <select
            id={`${base}-sound`}
            value={action.asset}
            disabled={readOnly}
            onChange={(e) => setAction({ ...action, asset: e.target.value })}
          >
            {sounds.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name || a.id.slice(0, 8)}
              </option>
            ))}
          </select>
        </div>
      )}
      {(scene.video || hotspot.time) && <TimeWindowFields hotspot={hotspot} readOnly={readOnly} />}
      <div className="row">
        <button type="button" className="button small danger" disabled={readOnly} onClick={() => editor.run(deleteHotspotCommand, { hotspotId: hotspot.id })}>
          <Icon name="trash" /> {t('inspector.deleteHotspot')}
        </button>
      </div>
    </li>
  );
}
