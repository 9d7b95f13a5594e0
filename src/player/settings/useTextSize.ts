import { useCallback, useState } from 'react';

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75] as const;
export const TEXT_SIZE_KEY = 'storyscape.player.textSize';

function read(): number {
  try {
    const v = Number(localStorage.getItem(TEXT_SIZE_KEY));
    return TEXT_SCALES.includes(v as (typeof TEXT_SCALES)[number]) ? v : 1;
  } catch {
    return 1; // storage blocked (private mode, sandbox): the default size
  }
}

/** The reader's text size, remembered on this device. */
export function useTextSize(): [number, (scale: number) => void] {
  const [scale, setScale] = useState(read);
  const set = useCallback((s: number) => {
    setScale(s);
    try {
      localStorage.setItem(TEXT_SIZE_KEY, String(s));
    } catch {
      /* not remembered, still applied */
    }
  }, []);
  return [scale, set];
}
