import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { useThumbnail } from '../useThumbnail.ts';

/**
 * The scene view's place in the layout. For now it shows the scene's panorama (flat) and its
 * description; the 360° viewport for placing hotspots and sounds by pointing goes here, with the
 * same props.
 */
export function SceneViewSlot({ story, scene }: { story: Story; scene: Scene }) {
  const { assets } = useEditor();
  const url = useThumbnail(assets, scene.panorama);
  const lang = story.meta.defaultLanguage;
  const asset = scene.panorama ? story.assets.find((a) => a.id === scene.panorama) : undefined;
  const alt = localize(scene.description, lang) || (asset?.kind === 'image' ? localize(asset.alt, lang) : '');
  return (
    <figure className="scene-view" data-slot="scene-view">
      {scene.panorama ? (
        url ? <img src={url} alt={alt} /> : <div className="scene-view-empty" aria-hidden="true" />
      ) : (
        <div className="scene-view-empty">
          <span aria-hidden="true" className="scene-view-icon">360°</span>
        </div>
      )}
      <figcaption>{scene.panorama ? alt || asset?.name || '' : t('inspector.viewNone')}</figcaption>
    </figure>
  );
}
