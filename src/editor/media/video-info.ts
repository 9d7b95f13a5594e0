/**
 * What a browser can tell about a video file: whether it plays here, its size and length, and a
 * still frame of it (the poster). Browser only (a <video> element and a canvas).
 */
export interface VideoFacts {
  width: number;
  height: number;
  duration: number;
}

const TIMEOUT_MS = 20_000;

/** Waits for one of `ok` (resolves) or `bad` (rejects) on the element, or gives up. */
function once(el: HTMLVideoElement, ok: string, bad = 'error'): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (f: () => void) => () => {
      el.removeEventListener(ok, yes);
      el.removeEventListener(bad, no);
      clearTimeout(timer);
      f();
    };
    const yes = done(resolve);
    const no = done(() => reject(new Error(bad)));
    const timer = setTimeout(no, TIMEOUT_MS);
    el.addEventListener(ok, yes);
    el.addEventListener(bad, no);
  });
}

/** A <video> for the file, with its metadata loaded (rejects when the browser cannot play it). */
export async function openVideo(blob: Blob): Promise<{ el: HTMLVideoElement; close(): void }> {
  const url = URL.createObjectURL(blob);
  const el = document.createElement('video');
  el.muted = true;
  el.playsInline = true;
  el.preload = 'auto';
  const close = () => {
    el.removeAttribute('src');
    el.load();
    URL.revokeObjectURL(url);
  };
  try {
    const meta = once(el, 'loadedmetadata');
    el.src = url;
    await meta;
    return { el, close };
  } catch (e) {
    close();
    throw e;
  }
}

/** Size and length; recordings made in browsers often do not say their length until played through. */
export async function videoFacts(el: HTMLVideoElement): Promise<VideoFacts> {
  let duration = el.duration;
  if (!Number.isFinite(duration)) {
    const seeked = once(el, 'seeked').catch(() => undefined);
    el.currentTime = 1e7;
    await seeked;
    duration = Number.isFinite(el.duration) ? el.duration : el.currentTime;
    const back = once(el, 'seeked').catch(() => undefined);
    el.currentTime = 0;
    await back;
  }
  return { width: el.videoWidth, height: el.videoHeight, duration: Math.max(0, duration) };
}

/** The frame at `time` seconds as a JPEG (the poster). Null when no frame can be drawn. */
export async function frameAt(el: HTMLVideoElement, time: number): Promise<Blob | null> {
  if (el.readyState < 2 || Math.abs(el.currentTime - time) > 0.001) {
    const ready = once(el, 'seeked').catch(() => undefined);
    el.currentTime = Math.max(0, time);
    await ready;
  }
  if (el.readyState < 2) await once(el, 'loadeddata').catch(() => undefined);
  const w = el.videoWidth;
  const h = el.videoHeight;
  if (!w || !h) return null;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.drawImage(el, 0, 0, w, h);
  return new Promise((resolve) => canvas.toBlob((b) => resolve(b), 'image/jpeg', 0.9));
}

/** H.265/HEVC (some phones and 360° cameras), which most browsers cannot play: its codec name is in the file. */
export function looksLikeHevc(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024 * 1024);
  for (let i = 0; i + 4 <= n; i++) {
    if (bytes[i] === 0x68 && ((bytes[i + 1] === 0x76 && bytes[i + 2] === 0x63 && bytes[i + 3] === 0x31) || (bytes[i + 1] === 0x65 && bytes[i + 2] === 0x76 && bytes[i + 3] === 0x31))) return true;
  }
  return false;
}
