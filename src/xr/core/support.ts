/**
 * Session guards: can this browser start an immersive VR session? No React, no three.js.
 *
 * The answer can change while a page is open (a PC headset plugged in, a runtime started), so it
 * is re-checked when `navigator.xr` fires `devicechange`.
 */

/** The part of `navigator.xr` the guards use (a real XRSystem, or a test double). */
export interface XRSystemLike {
  isSessionSupported(mode: 'immersive-vr'): Promise<boolean>;
  addEventListener?(type: 'devicechange', listener: () => void): void;
  removeEventListener?(type: 'devicechange', listener: () => void): void;
}

function systemOf(nav: unknown): XRSystemLike | undefined {
  const xr = (nav as { xr?: unknown } | undefined)?.xr;
  return xr && typeof (xr as XRSystemLike).isSessionSupported === 'function' ? (xr as XRSystemLike) : undefined;
}

/**
 * True when `navigator.xr.isSessionSupported('immersive-vr')` says so. False without WebXR, in an
 * insecure context, when the check throws (e.g. blocked by a permissions policy) or takes longer
 * than `timeoutMs` (some runtimes never answer while the headset sleeps).
 */
export async function isImmersiveVrSupported(
  nav: unknown = typeof navigator === 'undefined' ? undefined : navigator,
  timeoutMs = 5000,
): Promise<boolean> {
  const xr = systemOf(nav);
  if (!xr) return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const answer = xr.isSessionSupported('immersive-vr').then((v) => v === true);
    const late = new Promise<boolean>((ok) => (timer = setTimeout(() => ok(false), timeoutMs)));
    return await Promise.race([answer, late]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Calls `onChange` with the current answer, and again whenever it changes (on `devicechange`).
 * Returns a function that stops watching.
 */
export function watchImmersiveVrSupport(
  onChange: (supported: boolean) => void,
  nav: unknown = typeof navigator === 'undefined' ? undefined : navigator,
): () => void {
  const xr = systemOf(nav);
  let live = true;
  let last: boolean | null = null;
  let seq = 0;
  const check = () => {
    const mine = ++seq;
    void isImmersiveVrSupported(nav).then((v) => {
      if (!live || mine !== seq || v === last) return;
      last = v;
      onChange(v);
    });
  };
  check();
  xr?.addEventListener?.('devicechange', check);
  return () => {
    live = false;
    xr?.removeEventListener?.('devicechange', check);
  };
}
