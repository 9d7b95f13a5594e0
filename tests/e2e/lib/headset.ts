import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './app.ts';

/** The user agent of Quest Browser (the app chooses nothing by it; published pages log it). */
export const QUEST_UA = 'Mozilla/5.0 (X11; Linux x86_64; Quest 3) AppleWebKit/537.36 (KHTML, like Gecko) OculusBrowser/37.0.0.0 SamsungBrowser/4.0 Chrome/130.0.0.0 VR Safari/537.36';

/** iwer's browser bundle (a UMD script) and the headset it installs: a Quest 3 with controllers. */
const IWER = readFileSync(join(ROOT, 'node_modules/iwer/build/iwer.min.js'), 'utf8');
export const INSTALL_HEADSET = `${IWER}
;(() => {
  const device = new IWER.XRDevice(IWER.metaQuest3);
  device.installRuntime({ forceInstall: true });
  window.__xrDevice = device;
})();`;

/**
 * Turns the emulated head to a WORLD yaw/pitch of the story (degrees), on any page where
 * INSTALL_HEADSET ran and the player's debug handle (`?debug`) says how far the reader has turned.
 */
export async function lookAt(page: Page, yaw: number, pitch: number): Promise<void> {
  await page.evaluate(
    ([y, p]) => {
      const w = window as unknown as { __xrDevice: { quaternion: { set(x: number, y: number, z: number, w: number): void } }; __storyXR?: { state(): { turn: number } } };
      const local = ((y + (w.__storyXR?.state().turn ?? 0)) * Math.PI) / 180;
      const pitchRad = (p * Math.PI) / 180;
      // Euler (pitch, -local, 0) in YXZ order: q = qY(-local) * qX(pitch).
      const sy = Math.sin(-local / 2), cy = Math.cos(-local / 2), sx = Math.sin(pitchRad / 2), cx = Math.cos(pitchRad / 2);
      w.__xrDevice.quaternion.set(cy * sx, sy * cx, -sy * sx, cy * cx);
    },
    [yaw, pitch] as const,
  );
}
