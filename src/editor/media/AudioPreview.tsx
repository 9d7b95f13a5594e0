import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { useEditor } from '../context.ts';
import { Icon } from '../icons.tsx';

let playing: HTMLAudioElement | null = null;

/** A play/stop button for a sound asset (one sound at a time in the editor). */
export function AudioPreview({ assetId, name }: { assetId: string; name: string }) {
  const { assets } = useEditor();
  const audio = useRef<HTMLAudioElement | null>(null);
  const [on, setOn] = useState(false);
  useEffect(
    () => () => {
      audio.current?.pause();
      if (audio.current) assets.release?.(assetId);
    },
    [assets, assetId],
  );
  const toggle = async () => {
    if (on) {
      audio.current?.pause();
      return;
    }
    if (!audio.current) {
      const url = await assets.getUrl(assetId);
      if (!url) return;
      const el = new Audio(url);
      el.onpause = () => setOn(false);
      el.onended = () => setOn(false);
      el.onplay = () => setOn(true);
      audio.current = el;
    }
    if (playing && playing !== audio.current) playing.pause();
    playing = audio.current;
    audio.current.currentTime = 0;
    void audio.current.play().catch(() => setOn(false));
  };
  return (
    <button type="button" className="button small" aria-pressed={on} onClick={() => void toggle()}>
      <Icon name="play" /> {on ? t('media.stop', { name }) : t('media.play', { name })}
    </button>
  );
}
