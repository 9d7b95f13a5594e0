import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useFrame } from '@react-three/fiber';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { SoundscapeEngine } from '../../audio/index.ts';
import { AudioHolder } from '../../player/sound/audioHolder.ts';
import type { Rig } from '../../xr/r3f/rig.ts';

/**
 * The scene's ambient beds and positional sounds, heard in the headset while editing, through the
 * player's soundscape engine: a sound being dragged or turned up is heard there as it moves (the
 * engine updates a scene entered again in place). The narration is left out (it would start on
 * every scene change; the Narration tool plays it back), and everything is quiet while `silent`
 * (recording). The listener turns with the head every frame. Sound starts with the first trigger
 * or pinch (a user gesture) if the browser held it back.
 */
export function useEditSound(story: Story, scene: Pick<Scene, 'id' | 'soundscape'> | null, assets: AssetSource, rig: Rig, session: XRSession | null, silent: boolean): SoundscapeEngine | null {
  const media = useRef(story.assets);
  media.current = story.assets;
  const [holder] = useState(() => {
    const asset = (id: string) => media.current.find((a) => a.id === id);
    return new AudioHolder({
      resolveUrl: (id) => assets.getUrl(id),
      formatOf: (id) => asset(id)?.mime,
      nameOf: (id) => asset(id)?.name,
      release: (id) => assets.release?.(id),
      // The reader's volume and mute are the player's to remember, not the editor's.
      storage: null,
    });
  });
  const audio = useSyncExternalStore(holder.subscribe, holder.get, () => null);

  useEffect(() => {
    if (!audio) return;
    if (!scene || silent) {
      audio.leaveScene();
      return;
    }
    const { narration: _narration, ...soundscape } = scene.soundscape;
    audio.enterScene({ id: scene.id, soundscape }, { language: story.meta.defaultLanguage });
  }, [audio, scene, silent, story.meta.defaultLanguage]);

  useEffect(() => {
    if (!audio || !session) return;
    const unlock = () => {
      if (audio.state === 'locked') void audio.unlock();
    };
    unlock();
    session.addEventListener('selectstart', unlock);
    return () => session.removeEventListener('selectstart', unlock);
  }, [audio, session]);

  useFrame(() => {
    if (audio && rig.head.known) audio.setListenerOrientation(rig.head.worldYaw, rig.head.pitch);
  });

  return audio;
}
