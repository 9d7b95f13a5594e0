/**
 * "Edit in VR" (2): the menu's other tools with a controller: set the scene's start view to where
 * the head looks, type a hotspot's information text with the headset's system keyboard (where the
 * browser offers one: the emulated session is told it does), next and previous scene, and
 * "Preview from here" and back; read back from IndexedDB, and after a reload.
 * Run: node --import tsx --test --test-timeout=300000 tests/e2e/xr-edit-tools.test.ts
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './lib/browser.ts';
import { shot } from './pages/player-testing.ts';
import { PAGE, SLOW, type Harness, clickButton, enterVR, exitVR, frames, near, openSquare, pointAndClick, square, startHarness, step, stored, storedWhen, until } from './lib/xr-edit.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('edit in VR: start view, typing an info text, next and previous scene, preview from here and back', async () => {
  const { page, context, errors } = await newPage(h.browser);
  await page.goto(`${h.url}${PAGE}`);
  await openSquare(page);
  const before = square(await stored(page));
  await enterVR(page);

  step('Look a little to the right and up, then "Set start view here"');
  const look = { yaw: before.view.yaw + 15, pitch: 6 };
  await page.evaluate(([y, p]) => window.xrTest.look(y, p), [look.yaw, look.pitch] as const);
  await frames(page, 3);
  await clickButton(page, 'vr-start-view');
  await storedWhen(page, (s) => near(square(s).view.yaw, look.yaw) && Math.abs(square(s).view.pitch - look.pitch) <= 2, 'the new start view');
  await page.getByRole('button', { name: /^Undo set starting view/i }).waitFor({ state: 'attached', ...SLOW });

  step('A new hotspot, and its text typed with the system keyboard');
  await pointAndClick(page, look.yaw + 30, -10);
  let saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 1, 'a new hotspot');
  const added = square(saved).hotspots.find((x) => !before.hotspots.some((b) => b.id === x.id))!;
  await page.evaluate(() => Object.defineProperty(window.__xrDevice!.activeSession!, 'isSystemKeyboardSupported', { value: true, configurable: true }));
  await clickButton(page, 'vr-hotspot-info');
  await clickButton(page, 'vr-info-item-0'); // "Type a new text…" comes first
  await page.waitForFunction(() => document.activeElement?.classList.contains('xr-edit-typing'), null, SLOW);
  const words = 'The old bakery was here until 1990.';
  await page.keyboard.type(words);
  await frames(page, 3);
  await shot(page, 'xr-edit-typing');
  await clickButton(page, 'vr-type-done');
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === added.id && x.action.type === 'info'), 'the typed text');
  assert.deepEqual(square(saved).hotspots.find((x) => x.id === added.id)!.action, { type: 'info', text: { en: words } });
  await page.locator('.xr-edit-typing').waitFor({ state: 'detached', ...SLOW });

  step('Next scene (the story order), then back with Previous scene');
  const order = saved.scenes.map((x) => x.id);
  const next = order[(order.indexOf('square') + 1) % order.length]!;
  await clickButton(page, 'vr-scene-next');
  await until(page, (id) => window.__storyXREdit!.state().sceneId === id, next, `the next scene (${next})`);
  await frames(page, 4);
  await shot(page, 'xr-edit-next-scene');
  await clickButton(page, 'vr-scene-previous');
  await until(page, () => window.__storyXREdit!.state().sceneId === 'square', null, 'back in the square');

  step('"Preview from here": the player\'s own headset view of this scene, then back to editing');
  await clickButton(page, 'vr-preview');
  await until(page, () => !window.__storyXREdit && !!window.__storyXR?.locate('xr-button:vr-edit-back'), null, 'the preview');
  await frames(page, 4);
  await shot(page, 'xr-edit-preview');
  await clickButton(page, 'vr-edit-back');
  await until(page, () => window.__storyXREdit?.state().sceneId === 'square' && window.__storyXREdit.state().poses > 2, null, 'editing again after the preview');

  step('Exit VR and reload: the start view and the typed text are kept');
  await exitVR(page);
  await page.reload();
  await openSquare(page);
  const after = square(await stored(page));
  assert.ok(near(after.view.yaw, look.yaw) && Math.abs(after.view.pitch - look.pitch) <= 2, `start view ${JSON.stringify(after.view)}`);
  assert.deepEqual(after.hotspots.find((x) => x.id === added.id)?.action, { type: 'info', text: { en: words } });
  assert.deepEqual(errors, []);
  await context.close();
});
