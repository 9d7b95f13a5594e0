import { useId } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import {
  deleteSceneCommand,
  renameSceneCommand,
  setEndingCommand,
  setEndingTextCommand,
  setStartSceneCommand,
} from '../commands/index.ts';
import { LocalizedFields, labelFor } from './fields.tsx';
import { Icon } from '../icons.tsx';
import { ScenePicture } from '../media/ScenePicture.tsx';
import { SceneVideoField } from '../media/SceneVideoField.tsx';
import { SoundscapeEditor } from '../media/SoundscapeEditor.tsx';
import { HotspotList } from './HotspotList.tsx';
import { EndingScoreFields } from './EndingScoreFields.tsx';

/** The selected scene (its 360 view is beside it, in the editor's main area): picture, title, start and ending, hotspots, sound, and deleting it. */
export function ScenePanel({ story, scene }: { story: Story; scene: Scene }) {
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
      <ScenePicture story={story} scene={scene} />
      <SceneVideoField story={story} scene={scene} />
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
      {scene.ending && <EndingScoreFields story={story} scene={scene} readOnly={readOnly} />}
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
