import { useEffect, useState } from 'react';
import { FONT } from './markerArt.ts';

/** True once the UI font can be drawn on a canvas (after at most 2 s, drawing goes ahead anyway). */
export function useFontsReady(): boolean {
  const [ready, setReady] = useState(() => typeof document === 'undefined' || !document.fonts || document.fonts.check(`700 40px ${FONT}`));
  useEffect(() => {
    if (ready) return;
    let live = true;
    const done = () => live && setReady(true);
    const timer = setTimeout(done, 2000);
    document.fonts.load(`700 40px ${FONT}`).then(done, done);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
