import { useEffect, useRef, useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { addHotspotCommand, linkScenesCommand } from '../commands/index.ts';
import { Icon } from '../icons.tsx';
import { HotspotEditor } from './HotspotEditor.tsx';
import { newQuestion } from '../../story/graph/question-ops.ts';
import { focusLater } from '../../ui/focusLater.ts';

/** The scene's hotspots, each one's editor, and adding one. */
export function HotspotList({ story, scene }: { story: Story; scene: Scene }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const [picking, setPicking] = useState(false);
  const others = story.scenes.filter((s) => s.id !== scene.id);
  const lang = story.meta.defaultLanguage;
  const pickerRef = useRef<HTMLDivElement>(null);
  /**
   * After adding a hotspot, the keyboard goes to its label (the picker that had it is gone), once
   * it is there: unless the author has already moved on (focusLater).
   */
  const focusNew = () => {
    const id = editor.session.getState().selection.hotspotId;
    if (id) focusLater(() => document.getElementById(`hotspot-label-${id}`));
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
        <button
          type="button"
          className="button"
          disabled={readOnly}
          onClick={() => {
            if (editor.run(addHotspotCommand, { sceneId: scene.id, init: { label: {}, action: newQuestion() } })) focusNew();
          }}
        >
          <Icon name="question" /> {t('inspector.addQuestion')}
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
