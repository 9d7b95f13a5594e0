import { useCallback, useEffect, useState } from 'react';

/** Full screen for an element, where the browser allows it (not on iPhone Safari: no button then). */
export function useFullscreen(element: HTMLElement | null) {
  const supported = typeof document !== 'undefined' && !!document.fullscreenEnabled;
  const [active, setActive] = useState(false);
  useEffect(() => {
    const change = () => setActive(!!element && document.fullscreenElement === element);
    document.addEventListener('fullscreenchange', change);
    return () => document.removeEventListener('fullscreenchange', change);
  }, [element]);
  const toggle = useCallback(() => {
    if (!element) return;
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void element.requestFullscreen({ navigationUI: 'hide' }).catch(() => {});
  }, [element]);
  return { supported, active, toggle };
}
