import { useId } from 'react';
import type { Scene } from '../../story/schema/scene.ts';
import type { Story } from '../../story/schema/story.ts';
import { t } from '../../i18n/index.ts';
import { useDoc, useEditor } from '../context.ts';
import { setScenePanoramaCommand } from '../commands/index.ts';
import { Icon } from '../icons.tsx';
import { FilePickButton } from './FilePickButton.tsx';

/** The scene's 360° picture: choose one from the story's pictures, or add a new photo for it. */
export function ScenePicture({ story, scene }: { story: Story; scene: Scene }) {
  const { editor } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const id = useId();
  const images = story.assets.filter((a) => a.kind === 'image');
  return (
    <div className="field">
      <label htmlFor={id}>{t('media.scenePicture')}</label>
      <div className="row wrap">
        <select
          id={id}
          value={scene.panorama ?? ''}
          disabled={readOnly}
          onChange={(e) => editor.run(setScenePanoramaCommand, { sceneId: scene.id, assetId: e.target.value || null })}
        >
          <option value="">{t('media.noPicture')}</option>
          {images.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name || a.id.slice(0, 8)}
            </option>
          ))}
        </select>
        <FilePickButton
          accept="image"
          single
          className="button small"
          target={(m) => {
            if (m.kind === 'image') editor.run(setScenePanoramaCommand, { sceneId: scene.id, assetId: m.asset.id, northOffset: m.northOffset });
          }}
        >
          <Icon name="plus" /> {t('media.addScenePhoto')}
        </FilePickButton>
      </div>
    </div>
  );
}
