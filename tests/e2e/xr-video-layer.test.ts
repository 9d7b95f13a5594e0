/**
 * A 360° video in the headset as a WebXR media layer (src/player/xr/VideoMediaLayer.tsx), in real
 * Chromium with Meta's WebXR emulator (iwer) in a real immersive-vr session.
 *
 * iwer (2.5) itself has no WebXR Layers: no 'layers' feature and no XRMediaBinding (it sets the
 * global to undefined). The test page (`layers=polyfill`) lets the emulated Quest 3 offer 'layers',
 * as Quest Browser does, and installs Meta's WebXR Layers polyfill (webxr-layers-polyfill) over
 * iwer: XRMediaBinding, XRWebGLBinding (three draws into a projection layer) and a compositor that
 * draws the layers in WebGL. The player's code is the same as on a headset; what differs is who
 * composites. (iwer's own `polyfillLayers` option puts back iwer's XRWebGLBinding afterwards, so
 * three would draw into an XRWebGLLayer instead of a projection layer.)
 * `layers=nobinding` offers 'layers' without a media binding: the video stays on its sphere.
 * Run: node --import tsx --test tests/e2e/xr-video-layer.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { SLOW, openXrPage, shotVr, untilOr, withXrHarness } from './lib/xr-harness.ts';
import { commonColourInPng } from './lib/pixels.ts';

const harness = withXrHarness();

/** What the session's render state holds, and how the player shows the video. */
interface LayersSeen {
  layers: { kind: string; layout?: string; radius?: number; angle?: number; video: boolean; yaw?: number }[];
  video: { layer: boolean; sphere: boolean };
  turn: number;
}
function layersSeen(page: Page): Promise<LayersSeen> {
  return page.evaluate(() => {
    const session = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession;
    const layers = [...(session?.renderState.layers ?? [])].map((l) => {
      const layer = l as XRLayer & Partial<XREquirectLayer> & { _media?: unknown };
      let yaw: number | undefined;
      const q = layer.transform?.orientation;
      if (q) {
        // Where the layer's -Z (the picture's centre) points, as a yaw in the headset's space.
        const x = -2 * (q.x * q.z + q.w * q.y);
        const z = -(1 - 2 * (q.x * q.x + q.y * q.y));
        yaw = (Math.atan2(x, -z) * 180) / Math.PI;
      }
      return {
        kind: layer.constructor.name,
        layout: layer.layout,
        radius: layer.radius,
        angle: layer.centralHorizontalAngle,
        video: layer._media instanceof HTMLVideoElement,
        yaw,
      };
    });
    const s = window.__storyXR!.state();
    return { layers, video: s.video, turn: s.turn };
  });
}

/** Like page.waitForFunction, but a timeout says what the session's layers were. */
const until = (page: Page, fn: (arg: string | null) => unknown, arg: string | null, what: string) =>
  untilOr(page, fn, arg, what, 'xr-layer-failed', layersSeen);

const open = (query: string) => openXrPage(harness(), query, () => !!window.__story?.video());

async function enterVr(page: Page) {
  await page.locator('[data-testid="enter-vr"]:not([disabled])').click(SLOW);
  await page.waitForFunction(() => !!window.__xrDevice?.activeSession && (window.__storyXR?.state().poses ?? 0) > 2, null, SLOW);
}

const angleDiff = (a: number, b: number) => Math.abs((((a - b) % 360) + 540) % 360 - 180);
const onlyProjection = (seen: LayersSeen) => seen.layers.map((l) => l.kind).join() === 'XRProjectionLayer';

test('a video scene in a headset with media layers: the video is an equirect layer under the drawn view, placed as the scene, gone when the reader moves on or leaves', async () => {
  const { page, context, errors } = await open('story=video-photo&layers=polyfill');
  const tower = (await page.evaluate(() => window.__story!.state().sceneId))!;
  await enterVr(page);

  // The compositor shows the video: an equirect media layer first, the projection layer (hotspots,
  // captions, menu, video controls) on top; the video's sphere is not drawn.
  await until(page, () => window.__storyXR!.state().video.layer, null, 'the video to be shown as a media layer');
  await until(
    page,
    () => {
      const layers = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession?.renderState.layers ?? [];
      return layers.length === 2;
    },
    null,
    'the media layer in the render state',
  );
  await page.waitForFunction(() => window.__story!.video()!.time > 0.5, null, SLOW);
  const seen = await layersSeen(page);
  assert.deepEqual(
    seen.layers.map((l) => l.kind),
    ['XREquirectLayer', 'XRProjectionLayer'],
    'the media layer under the projection layer',
  );
  const media = seen.layers[0]!;
  assert.equal(media.video, true, 'the layer shows the scene’s <video>');
  assert.equal(media.layout, 'mono');
  assert.ok(Math.abs(media.angle! - 2 * Math.PI) < 1e-4, `the whole sphere (${media.angle})`);
  assert.ok(media.radius! > 10 && media.radius! < 50, `outside the markers, inside the poster (${media.radius} m)`);
  assert.equal(seen.video.sphere, false, 'the video’s sphere is not drawn under the layer');
  // The scene starts 40° right, put straight ahead: the picture's centre (yaw 0 of the story) is
  // where the rig's turn puts it in the headset's space, as the sphere's would be.
  assert.ok(Math.abs(seen.turn) > 10, `the rig has turned the story (${seen.turn}°)`);
  assert.ok(angleDiff(media.yaw!, seen.turn) < 1, `the layer's centre at ${media.yaw}°, the story's yaw 0 at ${seen.turn}°`);
  // What the headset shows is the video, seen through the drawn view: with the video paused, the
  // commonest colour of the view's upper half (away from the menu) is the frame's own background
  // colour (each second of count.webm has its own), not black or the poster.
  await until(page, () => window.__storyXR!.press('video-toggle'), null, 'the Pause button');
  await until(page, () => window.__story!.video()!.paused, null, 'the video to pause');
  await page.waitForFunction(() => window.__storyXR!.state().poses > 0, null, SLOW);
  const framePng = await page.evaluate(() => {
    // The layer's own <video> (the polyfill keeps it as _media; the player keeps it off the page).
    const session = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession!;
    const v = (session.renderState.layers![0] as unknown as { _media: HTMLVideoElement })._media;
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 32;
    c.getContext('2d')!.drawImage(v, 0, 0, 64, 32);
    return c.toDataURL('image/png').split(',')[1]!;
  });
  const frame = (await commonColourInPng(Buffer.from(framePng, 'base64'))).rgb;
  const style = await page.addStyleTag({ content: '.ssp-root > :not(.ssp-view), dialog { visibility: hidden !important }' });
  const shown = await commonColourInPng(await page.screenshot(), { upperHalf: true });
  await style.evaluate((el) => (el as Element).remove());
  const far = Math.max(...shown.rgb.map((c, i) => Math.abs(c - frame[i]!)));
  assert.ok(far <= 51 && shown.share > 0.3, `the view shows the video's colour ${frame} (${JSON.stringify(shown)})`);

  // A snap turn moves the layer with the story.
  // (Each button can be pressed once its text has loaded: press() says false until then.)
  await until(page, () => window.__storyXR!.state().menuOpen || window.__storyXR!.press('menu-open'), null, 'the menu to open');
  await shotVr(page, 'xr-video-layer-menu');
  await until(page, () => window.__storyXR!.press('menu-turn-right'), null, 'the Turn right button');
  await until(page, (t) => Math.abs(window.__storyXR!.state().turn - Number(t)) > 10, String(seen.turn), 'the snap turn');
  await page.waitForFunction(
    () => {
      const layer = (window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession?.renderState.layers?.[0] as XRCompositionLayer & { transform?: XRRigidTransform };
      const q = layer?.transform?.orientation;
      if (!q) return false;
      const yaw = (Math.atan2(-2 * (q.x * q.z + q.w * q.y), 1 - 2 * (q.x * q.x + q.y * q.y)) * 180) / Math.PI;
      const d = Math.abs((((yaw - window.__storyXR!.state().turn) % 360) + 540) % 360 - 180);
      return d < 1;
    },
    null,
    SLOW,
  );

  // Moving on to a photo scene takes the layer away: the projection layer is alone again.
  await page.evaluate(() => window.__story!.goTo('yard'));
  await until(page, () => window.__story!.state().sceneId === 'yard' && !window.__storyXR!.state().video.layer, null, 'the yard without a video');
  await until(
    page,
    () => ((window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession?.renderState.layers?.length ?? 0) === 1,
    null,
    'the media layer to leave the render state',
  );
  assert.ok(onlyProjection(await layersSeen(page)), 'only the projection layer in the yard');

  // Back to the video, then out of VR: the layer goes with the session, and the desktop view draws
  // the video on its sphere again.
  await page.evaluate((id) => window.__story!.goTo(id), tower);
  await until(page, () => window.__storyXR!.state().video.layer, null, 'the layer again in the video scene');
  await until(
    page,
    () => ((window as unknown as { __xrDevice: { activeSession?: XRSession } }).__xrDevice.activeSession?.renderState.layers?.length ?? 0) === 2,
    null,
    'the media layer back in the render state',
  );
  await shotVr(page, 'xr-video-layer');
  await page.evaluate(() => window.xrTest.end());
  await until(page, () => !window.__storyXR!.state().presenting, null, 'the session to end');
  await until(page, () => window.__storyXR!.state().video.sphere && !window.__storyXR!.state().video.layer, null, 'the sphere back on the desktop');
  assert.deepEqual(errors.filter((e) => !/AudioContext/i.test(e)), []);
  await context.close();
});

test('a headset with layers but no media binding: the video stays on its sphere', async () => {
  const { page, context, errors } = await open('story=video&layers=nobinding');
  assert.equal(await page.evaluate(() => typeof (window as { XRMediaBinding?: unknown }).XRMediaBinding), 'undefined', 'iwer leaves no XRMediaBinding');
  await enterVr(page);
  await until(page, () => window.__storyXR!.state().video.sphere, null, 'the video on its sphere');
  const seen = await layersSeen(page);
  assert.equal(seen.video.layer, false);
  assert.ok(!seen.layers.some((l) => l.kind === 'XREquirectLayer'), `no media layer: ${JSON.stringify(seen.layers)}`);
  assert.deepEqual(errors.filter((e) => !/AudioContext/i.test(e)), []);
  await context.close();
});
