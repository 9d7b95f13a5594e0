import { useEffect, useRef } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { HotspotAction } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { useThumbnail } from '../useThumbnail.ts';
import { retargetHotspotCommand } from '../commands/retarget-hotspot.ts';
import { Icon } from '../icons.tsx';

/**
 * The small menu that opens over the 360 view after a click dropped a hotspot: go to a scene
 * (pictures to recognise them by), show information, or play a sound. The hotspot already does
 * something sensible; this only changes it. Escape or Done closes it.
 */
export function HotspotChoice({ story, scene, hotspotId, onClose }: { story: Story; scene: Scene; hotspotId: string; onClose(): void }) {
  const { editor } = useEditor();
  const ref = useRef<HTMLDivElement>(null);
  const hotspot = scene.hotspots.find((h) => h.id === hotspotId);
  const lang = story.meta.defaultLanguage;
  const sound = story.assets.find((a) => a.kind === 'audio');

  // The inspector scrolls to the new hotspot's card as it is selected: bring the view and this
  // menu back into sight (after that scroll), then give it the keyboard.
  useEffect(() => {
    const raf = requestAnimationFrame(() => {
      ref.current?.closest('.scene-viewport-frame')?.scrollIntoView({ block: 'nearest' });
      ref.current?.querySelector<HTMLButtonElement>('button[aria-pressed="true"], button')?.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(raf);
  }, []);
  if (!hotspot) return null;

  const choose = (action: HotspotAction) => {
    editor.run(retargetHotspotCommand, { hotspotId, action });
    onClose();
  };
  const current = hotspot.action;
  return (
    <div
      className="hotspot-choice"
      role="dialog"
      aria-labelledby="hotspot-choice-heading"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h3 id="hotspot-choice-heading">{t('sceneView.whatDoes')}</h3>
      <div role="group" aria-label={t('sceneView.goTo')} className="hotspot-choice-scenes">
        {story.scenes
          .filter((s) => s.id !== scene.id)
          .map((s) => (
            <SceneChoice
              key={s.id}
              scene={s}
              title={localize(s.title, lang) || t('editor.scene.untitled')}
              pressed={current.type === 'goto' && current.sceneId === s.id}
              onChoose={() => choose({ type: 'goto', sceneId: s.id })}
            />
          ))}
      </div>
      <div className="row wrap">
        <button type="button" className="button small" aria-pressed={current.type === 'info'} onClick={() => choose(current.type === 'info' ? current : { type: 'info', text: {} })}>
          <Icon name="info" /> {t('sceneView.showInfo')}
        </button>
        {sound && (
          <button
            type="button"
            className="button small"
            aria-pressed={current.type === 'sound'}
            onClick={() => choose(current.type === 'sound' ? current : { type: 'sound', asset: sound.id, volume: 1 })}
          >
            <Icon name="play" /> {t('sceneView.playSound')}
          </button>
        )}
        <button type="button" className="button small primary" onClick={onClose}>
          <Icon name="check" /> {t('sceneView.done')}
        </button>
      </div>
    </div>
  );
}

function SceneChoice({ scene, title, pressed, onChoose }: { scene: Scene; title: string; pressed: boolean; onChoose(): void }) {
  const { assets } = useEditor();
  const url = useThumbnail(assets, scene.panorama);
  return (
    <button type="button" className="scene-choice" aria-pressed={pressed} onClick={onChoose}>
      {url ? <img src={url} alt="" /> : <span className="scene-choice-empty" aria-hidden="true">360°</span>}
      <span>{title}</span>
    </button>
  );
}
