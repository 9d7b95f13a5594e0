import { useSyncExternalStore } from 'react';

/** Where the video is now (seconds), re-rendering as it plays (the browser says so about 4 times a second) and on seeks. */
export function useVideoTime(el: HTMLVideoElement | null): number {
  return useSyncExternalStore(
    (notify) => {
      if (!el) return () => {};
      const events = ['timeupdate', 'seeking', 'seeked', 'durationchange', 'loadedmetadata'];
      for (const e of events) el.addEventListener(e, notify);
      return () => events.forEach((e) => el.removeEventListener(e, notify));
    },
    () => (el ? el.currentTime : 0),
  );
}
