/**
 * An early video taken again on a later arrival in its scene (the reader came back within a
 * minute) starts from its start, like a new element. The seek drops the frame it holds, and no
 * "loadeddata" comes after it: `hasFrame` is told on "seeked" (or on the first frame presented,
 * where the browser tells of frames), so the sphere draws the video again. An earlier build that
 * seeked without this showed the poster only (the bench's 4K story: no video frame within 90 s).
 */
export function restartEarly(el: HTMLVideoElement, on: (type: string, fn: () => void) => void, hasFrame: () => void): void {
  if (el.currentTime === 0 && !el.seeking) {
    if (el.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) hasFrame();
    return;
  }
  let told = false;
  const tell = () => {
    if (told) return;
    told = true;
    hasFrame();
  };
  on('seeked', tell);
  if (typeof el.requestVideoFrameCallback === 'function') el.requestVideoFrameCallback(tell);
  el.currentTime = 0;
}
