import type { WebGLRenderer } from 'three';
import { startBandedUpload, type BandedUpload } from './bandUpload.ts';

/** Band uploads wait for a scene's frame at most this long (see UploadHold). */
const HOLD_MS = 500;

/**
 * Holds the band-by-band uploads made in idle moments while a scene just put on screen waits for
 * its frame (set on the switch, cleared by the frame), for at most HOLD_MS.
 */
export class UploadHold {
  private until = 0;
  set(on: boolean) {
    this.until = on ? performance.now() + HOLD_MS : 0;
  }
  get held(): boolean {
    return performance.now() < this.until;
  }
}

/** What the texture cache keeps of a picture on its way to the GPU (PanoramaTextures.ts). */
export interface UploadingPicture {
  abort: AbortController;
  /** Someone needs it on screen now, with nothing to show meanwhile: it goes up at once. */
  urgent?: boolean;
  /** Set while it goes up band by band: uploads the rest at once. */
  hurry?: () => void;
}

/**
 * Puts a decoded picture on the GPU (see bandUpload.ts). No mipmaps: at the player's fields of
 * view a panorama is drawn at about its own pixel density, so plain bilinear filtering looks the
 * same, while a mip chain for a 4k/8k picture costs a lot on slow and software GPUs.
 *
 * The picture someone needs on screen now (`urgent`) goes up at once. A neighbour, and a chosen
 * scene shown as its stand-in meanwhile, go up one band per idle moment (not while `hold` is
 * held), so turning the view, the reader's interface and the frame that shows a choice never wait
 * behind a whole upload; `hurry()` uploads the rest at once. Resolves with the upload when it is
 * complete, or null if the picture was dropped meanwhile (aborted).
 */
export function uploadPicture(renderer: WebGLRenderer, bitmap: ImageBitmap, entry: UploadingPicture, hold: UploadHold): Promise<BandedUpload | null> {
  const up = startBandedUpload(renderer, bitmap);
  const alive = () => !entry.abort.signal.aborted;
  if (entry.urgent) {
    up.finish();
    return Promise.resolve(up);
  }
  return new Promise((resolve) => {
    const end = (ok: boolean) => {
      entry.hurry = undefined;
      if (ok) return resolve(up);
      up.dispose();
      bitmap.close();
      resolve(null);
    };
    entry.hurry = () => {
      if (!alive()) return end(false);
      up.finish();
      end(true);
    };
    const next = () => {
      if (!entry.hurry) return; // hurried meanwhile
      if (!alive()) return end(false);
      if (hold.held) return whenIdle(next);
      if (up.step()) return end(true);
      whenIdle(next);
    };
    whenIdle(next);
  });
}

/** The next idle moment of the page (soon anyway: a busy page still gets its neighbours). */
function whenIdle(f: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 100 });
  else setTimeout(f, 16);
}
