import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SoundscapeEngine } from '../../audio/index.ts';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Scene, Story } from '../../story/schema/index.ts';
import type { PlayerSnapshot } from '../engine/index.ts';
import { AudioHolder } from './audioHolder.ts';

/**
 * The scene's soundscape (ambient beds, positional sources, narration with captions) through the
 * engine in src/audio: entered on every arrival, with the scenes the visible choices lead to as
 * neighbours (their sounds load ahead). Returns null until the engine exists (its code loads after
 * the first render, and never for a story without sound or video).
 */
export function useSoundscape(story: Story, assets: AssetSource, snapshot: PlayerSnapshot): SoundscapeEngine | null {
  const [holder] = useState(() => {
    const byId = new Map(story.assets.map((a) => [a.id, a]));
    // A story without any sound never loads the sound engine's code. A video counts: its sound
    // follows the story's volume, mute and narration, and its captions show in the engine's panel.
    const hasSound = story.assets.some((a) => a.kind === 'audio' || a.kind === 'video');
    return new AudioHolder(
      {
        resolveUrl: (id) => assets.getUrl(id),
        formatOf: (id) => byId.get(id)?.mime,
        nameOf: (id) => byId.get(id)?.name,
        release: (id) => assets.release?.(id),
      },
      hasSound,
    );
  });
  const audio = useSyncExternalStore(holder.subscribe, holder.get, () => null);
  const { scene, language, arrival, visibleHotspots } = snapshot;

  useEffect(() => {
    if (!audio || !scene) return;
    const byId = new Map(story.scenes.map((s) => [s.id, s]));
    const neighbours: Scene[] = [];
    for (const h of visibleHotspots) {
      const to = h.action.type === 'goto' ? byId.get(h.action.sceneId) : undefined;
      if (to && to !== scene && !neighbours.includes(to)) neighbours.push(to);
    }
    audio.enterScene(scene, { language, fallbackLanguage: story.meta.defaultLanguage, neighbours });
  }, [audio, story, scene, language, arrival, visibleHotspots]);

  return audio;
}
