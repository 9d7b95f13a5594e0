import { useEffect, useId, useRef, useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { Hotspot, HotspotAction } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor, useSession } from '../context.ts';
import {
  addHotspotCommand,
  addSceneCommand,
  deleteHotspotCommand,
  deleteSceneCommand,
  linkScenesCommand,
  renameSceneCommand,
  setEndingCommand,
  setEndingTextCommand,
  setHotspotActionCommand,
  setHotspotLabelCommand,
  setStartSceneCommand,
  setStoryTitleCommand,
} from '../commands/index.ts';
import { setText } from '../../story/graph/scene-ops.ts';
import { LocalizedFields, languageLabel } from './fields.tsx';
import { StoryLanguages } from './StoryLanguages.tsx';
import { SceneViewSlot } from '../scene/SceneViewSlot.tsx';
import { Icon } from '../icons.tsx';
import { ScenePicture } from '../media/ScenePicture.tsx';
import { SoundscapeEditor } from '../media/SoundscapeEditor.tsx';

/** "Title" for a one-language story, "Title (English)" when there are several. */
const labelFor = (story: Story, single: string, multi: (language: string) => string) => (lang: string) =>
  story.meta.languages.length > 1 ? multi(languageLabel(lang)) : single;

/** The right-hand panel: the selected scene (and its hotspots), or the story when nothing is selected. */
export function Inspector() {
  const story = useDoc((s) => s.story);
  const sceneId = useSession((s) => s.selection.sceneId);
  const scene = sceneId ? story.scenes.find((s) => s.id === sceneId) : undefined;
  return (
    <aside className="inspector" aria-labelledby="inspector-heading">
      {scene ? <ScenePanel story={story} scene={scene} /> : <StoryPanel story={story} />}
    </aside>
  );
}

function StoryPanel({ story }: { story: Story }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  return (
    <div className="panel-section">
      <h2 id="inspector-heading">{t('inspector.story')}</h2>
      <LocalizedFields
        languages={story.meta.languages}
        value={story.meta.title}
        readOnly={readOnly}
        label={labelFor(story, t('editor.storyTitle'), (language) => t('editor.storyTitleIn', { language }))}
        onChange={(language, title) => editor.run(setStoryTitleCommand, { language, title })}
        maxLength={200}
      />
      <StoryLanguages story={story} readOnly={readOnly} />
      <p className="hint">{t('inspector.storyHelp')}</p>
      <button type="button" className="button" disabled={readOnly} onClick={() => editor.run(addSceneCommand, undefined)}>
        <Icon name="plus" /> {t('editor.addScene')}
      </button>
    </div>
  );
}

function ScenePanel({ story, scene }: { story: Story; scene: Scene }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const lang = story.meta.defaultLanguage;
  const isStart = story.startSceneId === scene.id;
  const endingId = useId();
  const title = localize(scene.title, lang) || t('editor.scene.untitled');
  return (
    <div className="panel-section scene-panel">
      <h2 id="inspector-heading">
        <span className="eyebrow">{t('inspector.scene')}</span> {title}
      </h2>
      <SceneViewSlot story={story} scene={scene} />
      <ScenePicture story={story} scene={scene} />
      <LocalizedFields
        firstId="scene-title-input"
        languages={story.meta.languages}
        value={scene.title}
        readOnly={readOnly}
        label={labelFor(story, t('inspector.sceneTitle'), (language) => t('inspector.titleIn', { language }))}
        onChange={(language, text) => editor.run(renameSceneCommand, { sceneId: scene.id, language, title: text })}
        maxLength={200}
      />
      <div className="row">
        {isStart ? (
          <p className="chip chip-start big"><Icon name="flag" /> {t('inspector.isStart')}</p>
        ) : (
          <button type="button" className="button" disabled={readOnly} onClick={() => editor.run(setStartSceneCommand, { sceneId: scene.id })}>
            <Icon name="flag" /> {t('inspector.setStart')}
          </button>
        )}
      </div>
      <div className="check">
        <input
          id={endingId}
          type="checkbox"
          checked={!!scene.ending}
          disabled={readOnly}
          onChange={(e) => editor.run(setEndingCommand, { sceneId: scene.id, ending: e.target.checked })}
        />
        <label htmlFor={endingId}><Icon name="star" /> {t('inspector.ending')}</label>
      </div>
      {scene.ending && (
        <LocalizedFields
          languages={story.meta.languages}
          value={scene.ending.text}
          readOnly={readOnly}
          multiline
          label={labelFor(story, t('inspector.endingTextOne'), (language) => t('inspector.endingText', { language }))}
          onChange={(language, text) => editor.run(setEndingTextCommand, { sceneId: scene.id, language, text })}
        />
      )}
      <HotspotList story={story} scene={scene} />
      <SoundscapeEditor story={story} scene={scene} />
      <div className="row danger-zone">
        <button
          type="button"
          className="button danger"
          disabled={readOnly}
          onClick={() => {
            if (editor.run(deleteSceneCommand, { sceneId: scene.id })) editor.notify(t('inspector.deleted', { title }));
          }}
        >
          <Icon name="trash" /> {t('inspector.deleteScene')}
        </button>
      </div>
    </div>
  );
}

function HotspotList({ story, scene }: { story: Story; scene: Scene }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const [picking, setPicking] = useState(false);
  const others = story.scenes.filter((s) => s.id !== scene.id);
  const lang = story.meta.defaultLanguage;
  const pickerRef = useRef<HTMLDivElement>(null);
  /** After adding a hotspot, the keyboard goes to its label (the picker that had it is gone). */
  const focusNew = () => {
    const id = editor.session.getState().selection.hotspotId;
    if (id) requestAnimationFrame(() => document.getElementById(`hotspot-label-${id}`)?.focus());
  };
  useEffect(() => {
    if (picking) pickerRef.current?.querySelector('button')?.focus();
  }, [picking]);
  return (
    <section className="hotspots" aria-labelledby="hotspots-heading">
      <h3 id="hotspots-heading">{t('inspector.hotspots')}</h3>
      <p className="hint">{t('inspector.hotspotsHelp')}</p>
      {scene.hotspots.length === 0 && <p className="hint">{t('inspector.noHotspots')}</p>}
      <ol className="hotspot-list">
        {scene.hotspots.map((h, i) => (
          <HotspotEditor key={h.id} story={story} scene={scene} hotspot={h} index={i} />
        ))}
      </ol>
      <div className="row wrap">
        <button
          type="button"
          className="button"
          aria-expanded={picking}
          disabled={readOnly || others.length === 0}
          onClick={() => setPicking((p) => !p)}
        >
          <Icon name="go" /> {t('inspector.addLink')}
        </button>
        <button
          type="button"
          className="button"
          disabled={readOnly}
          onClick={() => {
            if (editor.run(addHotspotCommand, { sceneId: scene.id, init: { label: {}, action: { type: 'info', text: {} } } })) focusNew();
          }}
        >
          <Icon name="info" /> {t('inspector.addInfo')}
        </button>
      </div>
      {picking && (
        <div className="scene-picker" ref={pickerRef} role="group" aria-label={t('inspector.gotoScene')}>
          {others.map((s) => (
            <button
              key={s.id}
              type="button"
              className="button small"
              onClick={() => {
                setPicking(false);
                if (editor.run(linkScenesCommand, { fromId: scene.id, toId: s.id })) focusNew();
              }}
            >
              <Icon name="go" /> {localize(s.title, lang) || t('editor.scene.untitled')}
            </button>
          ))}
          <button type="button" className="button small quiet" onClick={() => setPicking(false)}>
            {t('library.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

function defaultAction(type: HotspotAction['type'], story: Story, scene: Scene): HotspotAction | null {
  if (type === 'goto') {
    const target = story.scenes.find((s) => s.id !== scene.id) ?? scene;
    return { type: 'goto', sceneId: target.id };
  }
  if (type === 'info') return { type: 'info', text: {} };
  const sound = story.assets.find((a) => a.kind === 'audio');
  return sound ? { type: 'sound', asset: sound.id, volume: 1 } : null;
}

function HotspotEditor({ story, scene, hotspot, index }: { story: Story; scene: Scene; hotspot: Hotspot; index: number }) {
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
        </select>
      </div>
      {action.type === 'goto' && (
        <div className="field">
          <label htmlFor={`${base}-goto`}>{t('inspector.gotoScene')}</label>
          <select
            id={`${base}-goto`}
            value={action.sceneId}
            disabled={readOnly}
            onChange={(e) => setAction({ type: 'goto', sceneId: e.target.value })}
          >
            {!story.scenes.some((s) => s.id === action.sceneId) && <option value={action.sceneId}>{t('inspector.chooseScene')}</option>}
            {story.scenes.map((s) => (
              <option key={s.id} value={s.id}>
                {localize(s.title, lang) || t('editor.scene.untitled')}
              </option>
            ))}
          </select>
        </div>
      )}
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
      <div className="row">
        <button type="button" className="button small danger" disabled={readOnly} onClick={() => editor.run(deleteHotspotCommand, { hotspotId: hotspot.id })}>
          <Icon name="trash" /> {t('inspector.deleteHotspot')}
        </button>
      </div>
    </li>
  );
}
