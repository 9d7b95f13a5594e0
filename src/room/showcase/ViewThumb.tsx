import { useEffect, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { loadStory } from '../../story/io/load.ts';
import { yawDelta } from '../../story/angles.ts';
import type { Story } from '../../story/schema/index.ts';
import type { HubClient } from '../../storage/hub/client.ts';

const stories = new Map<string, Promise<Story | null>>();

/** A room story, loaded once per page (the thumbnails only need its scenes and pictures). */
function roomStory(client: HubClient, id: string): Promise<Story | null> {
  let p = stories.get(id);
  if (!p) {
    p = client
      .story(id)
      .then((r) => {
        const loaded = loadStory(r.doc);
        return loaded.ok ? loaded.story : null;
      })
      .catch(() => null);
    stories.set(id, p);
    void p.then((s) => s || stories.delete(id)); // try again next time
  }
  return p;
}

/** "to the right", "up" …: where a reader looks, from the scene's starting view. */
export function directionWords(yaw: number, pitch: number, startYaw: number): string {
  if (pitch > 40) return t('showcase.dir.up');
  if (pitch < -40) return t('showcase.dir.down');
  const d = yawDelta(startYaw, yaw);
  if (Math.abs(d) <= 45) return t('showcase.dir.ahead');
  if (Math.abs(d) >= 135) return t('showcase.dir.behind');
  return d > 0 ? t('showcase.dir.right') : t('showcase.dir.left');
}

/**
 * See what they see: the headset's scene as a flat panorama with a frame where it looks (the
 * view's centre and a field of view about 90° wide), and the same in words for screen readers.
 */
export function ViewThumb({ client, storyId, sceneId, view, name }: { client: HubClient; storyId: string | null; sceneId: string | null; view: { yaw: number; pitch: number } | null; name: string }) {
  const [loaded, setLoaded] = useState<{ id: string; story: Story | null } | null>(null);
  const story = loaded && loaded.id === storyId ? loaded.story : null;
  useEffect(() => {
    let live = true;
    if (storyId) void roomStory(client, storyId).then((s) => live && setLoaded({ id: storyId, story: s }));
    return () => {
      live = false;
    };
  }, [client, storyId]);
  const scene = story?.scenes.find((s) => s.id === sceneId);
  if (!scene) return null;
  const title = scene.title[story!.meta.defaultLanguage] || Object.values(scene.title)[0] || scene.id;
  const words = view ? t('showcase.looking', { direction: directionWords(view.yaw, view.pitch, scene.view.yaw), scene: title }) : title;
  const x = view ? ((view.yaw + 180) / 360) * 100 : null;
  const y = view ? ((90 - view.pitch) / 180) * 100 : null;
  return (
    <figure className="headset-view" aria-label={t('showcase.view', { name })}>
      <div className="headset-view-picture">
        {scene.panorama ? <img src={client.mediaUrl(scene.panorama)} alt="" loading="lazy" /> : <div className="headset-view-blank" />}
        {x !== null && y !== null && (
          <>
            <span className="headset-view-frame" style={{ left: `${x}%`, top: `${y}%` }} data-yaw={view!.yaw} data-pitch={view!.pitch} />
            {/* The frame wraps round the picture's edge, as the panorama does. */}
            {(x < 12.5 || x > 87.5) && <span className="headset-view-frame" style={{ left: `${x < 50 ? x + 100 : x - 100}%`, top: `${y}%` }} />}
          </>
        )}
      </div>
      <figcaption>{words}</figcaption>
    </figure>
  );
}
