import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../context.ts';
import { SceneViewport } from './SceneViewport.tsx';
import './scene-view.css';

/**
 * The scene's place in the inspector: its 360° view for placing hotspots and sounds by pointing,
 * or, before it has a photo, what to do first. The view stays when another scene is chosen (one
 * WebGL canvas: the picture and the hotspots change). While previewing, the view lets go of its WebGL
 * context and textures (the player needs them); it comes back where the scene starts.
 */
export function SceneViewSlot({ story, scene }: { story: Story; scene: Scene }) {
  const previewing = useSession((s) => s.preview !== null);
  if (!scene.panorama) {
    return (
      <section className="scene-view scene-view-none" data-slot="scene-view" aria-labelledby="scene-view-empty-title">
        <div className="scene-view-empty">
          <span aria-hidden="true" className="scene-view-icon">360°</span>
        </div>
        <h3 id="scene-view-empty-title">{t('sceneView.emptyTitle')}</h3>
        <p>{t('sceneView.emptyText')}</p>
      </section>
    );
  }
  return (
    <section className="scene-view" data-slot="scene-view" aria-label={t('sceneView.label')}>
      {previewing ? <div className="scene-viewport-frame" aria-hidden="true" /> : <SceneViewport story={story} scene={scene} />}
    </section>
  );
}
