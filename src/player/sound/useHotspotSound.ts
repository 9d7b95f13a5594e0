import { useEffect, useRef, useState } from 'react';
import type { SoundscapeEngine } from '../../audio/index.ts';
import type { PlayerEngine } from '../engine/index.ts';

export interface SoundNote {
  id: number;
  hotspotId: string;
  assetId: string;
  failed: boolean;
}

const SHOW_MS = 6000;

/**
 * Plays "sound" hotspots once through the soundscape engine and says what plays, so its words
 * (label and transcript) can be shown as text for a few seconds.
 */
export function useHotspotSound(engine: PlayerEngine, audio: SoundscapeEngine | null): SoundNote | null {
  const [note, setNote] = useState<SoundNote | null>(null);
  const audioRef = useRef(audio);
  audioRef.current = audio;
  useEffect(() => {
    let n = 0;
    let hide: ReturnType<typeof setTimeout> | undefined;
    const off = engine.onEvent((e) => {
      if (e.type !== 'sound') return;
      const id = ++n;
      clearTimeout(hide);
      setNote({ id, hotspotId: e.hotspotId, assetId: e.asset, failed: false });
      hide = setTimeout(() => id === n && setNote(null), SHOW_MS);
      const started = audioRef.current ? audioRef.current.playOneShot(e.asset, e.volume) : Promise.resolve(false);
      void started.then(
        (ok) => !ok && id === n && setNote((s) => (s && s.id === id ? { ...s, failed: true } : s)),
        () => id === n && setNote((s) => (s && s.id === id ? { ...s, failed: true } : s)),
      );
    });
    return () => {
      off();
      clearTimeout(hide);
    };
  }, [engine]);
  return note;
}
