import { useEffect, useState } from 'react';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { PlayerEngine } from '../engine/index.ts';

export interface SoundNote {
  id: number;
  hotspotId: string;
  assetId: string;
  failed: boolean;
}

/**
 * Plays "sound" hotspots once with an <audio> element and reports what plays, so its words can be
 * shown as text. (The soundscape engine in src/audio can take this over: same event.)
 */
export function useHotspotSound(engine: PlayerEngine, assets: AssetSource): SoundNote | null {
  const [note, setNote] = useState<SoundNote | null>(null);
  useEffect(() => {
    let audio: HTMLAudioElement | null = null;
    let n = 0;
    let hide: ReturnType<typeof setTimeout> | undefined;
    const off = engine.onEvent((e) => {
      if (e.type !== 'sound') return;
      const id = ++n;
      audio?.pause();
      clearTimeout(hide);
      setNote({ id, hotspotId: e.hotspotId, assetId: e.asset, failed: false });
      const fail = () => id === n && setNote((s) => (s && s.id === id ? { ...s, failed: true } : s));
      void assets.getUrl(e.asset).then((url) => {
        if (id !== n) return;
        if (!url) return fail();
        audio = new Audio(url);
        audio.volume = e.volume;
        audio.addEventListener('ended', () => {
          hide = setTimeout(() => id === n && setNote(null), 4000);
        });
        audio.play().catch(fail);
      }, fail);
    });
    return () => {
      off();
      audio?.pause();
      clearTimeout(hide);
    };
  }, [engine, assets]);
  return note;
}
