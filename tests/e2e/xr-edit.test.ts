/**
 * "Edit in VR" (1): placing, dragging, undoing and deleting with a controller and with hands, a
 * positional sound and its volume slider; everything is read back from IndexedDB as the editor
 * saved it, and after a reload. The menu's other tools: xr-edit-tools.test.ts.
 * Run: node --import tsx --test --test-timeout=300000 tests/e2e/xr-edit.test.ts
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { newPage } from './lib/browser.ts';
import { shot } from './pages/player-testing.ts';
import {
  SLOW, PAGE, type Harness, clickAt, clickButton, edit, enterVR, exitVR, frames, near, openSquare, point, pointAndClick, square, squeeze, startHarness, step, stored, storedWhen, until,
} from './lib/xr-edit.ts';

let h: Harness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('edit in VR: place, drag and undo a hotspot with a controller, place one with a pinch, place a sound and set its volume, delete; the editor keeps it all', async () => {
  const { page, context, errors } = await newPage(h.browser);
  await page.goto(`${h.url}${PAGE}`);
  await openSquare(page);
  const before = square(await stored(page));

  assert.match(await page.locator('[data-testid="edit-in-vr"]').innerText(), /Edit in VR/);
  await enterVR(page);
  let state = await edit(page);
  assert.equal(state.presenting, true);
  assert.equal(state.sceneId, 'square');
  assert.equal(state.tool, 'hotspot');
  assert.equal(state.menuOpen, true);
  await frames(page, 5);
  await shot(page, 'xr-edit-menu');

  step('Trigger on an empty direction');
  // Trigger on an empty direction: a hotspot there, saved.
  await pointAndClick(page, 30, -10);
  let saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 1, 'a new hotspot');
  const added = square(saved).hotspots.find((x) => !before.hotspots.some((b) => b.id === x.id))!;
  assert.ok(near(added.yaw, 30) && Math.abs(added.pitch + 10) <= 2, `placed at yaw ${added.yaw}, pitch ${added.pitch}`);
  state = await edit(page);
  assert.deepEqual(state.selected, { kind: 'hotspot', id: added.id }, 'the new hotspot is selected');
  await until(page, (id) => !!window.__storyXREdit!.locate(`xr-card:${id}`), added.id, 'the hotspot card');
  await frames(page, 4);
  await shot(page, 'xr-edit-hotspot-card');

  step('Hold the trigger on it and drag');
  // Hold the trigger on it and drag: it moves by about the drag (one history entry).
  await point(page, 30, -10);
  await squeeze(page, 1);
  for (const [y, p] of [[34, -8], [40, -4], [45, 0]] as const) await point(page, y, p);
  await squeeze(page, 0);
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === added.id && !near(x.yaw, 30)), 'the dragged hotspot');
  const moved = square(saved).hotspots.find((x) => x.id === added.id)!;
  assert.ok(near(moved.yaw, 45) && Math.abs(moved.pitch - 0) <= 2, `dragged to yaw ${moved.yaw}, pitch ${moved.pitch}`);
  await page.getByRole('button', { name: 'Undo move hotspot' }).waitFor({ state: 'attached', ...SLOW });

  step('Undo from the VR menu');
  // Undo from the VR menu: back where it was placed.
  await clickButton(page, 'vr-undo');
  saved = await storedWhen(page, (s) => square(s).hotspots.some((x) => x.id === added.id && near(x.yaw, added.yaw, 0.01)), 'the undone move');
  assert.equal(square(saved).hotspots.find((x) => x.id === added.id)!.pitch, added.pitch);

  step('Hands');
  // Hands: a pinch on an empty direction places a hotspot too.
  await page.evaluate(() => window.xrTest.inputMode('hand'));
  await until(page, () => window.__storyXREdit!.state().inputs.hands === 2, null, 'two hands');
  await pointAndClick(page, -35, 8, 'hand');
  saved = await storedWhen(page, (s) => square(s).hotspots.length === before.hotspots.length + 2, 'the pinched hotspot');
  const pinched = square(saved).hotspots.find((x) => near(x.yaw, -35) && Math.abs(x.pitch - 8) <= 2);
  assert.ok(pinched, `a hotspot at yaw -35, pitch 8: ${JSON.stringify(square(saved).hotspots.map((x) => [x.yaw, x.pitch]))}`);

  step('The Sound tool (chosen by pinching its button)');
  // The Sound tool (chosen by pinching its button): a positional sound where the hand points.
  await clickButton(page, 'vr-tool-sound', 'hand');
  await until(page, () => window.__storyXREdit!.state().tool === 'sound', null, 'the sound tool');
  await pointAndClick(page, 110, 5, 'hand');
  saved = await storedWhen(page, (s) => square(s).soundscape.sources.length === before.soundscape.sources.length + 1, 'a placed sound');
  const source = square(saved).soundscape.sources.find((x) => !before.soundscape.sources.some((b) => b.id === x.id))!;
  assert.ok(near(source.yaw, 110) && Math.abs(source.pitch - 5) <= 2, `sound at yaw ${source.yaw}, pitch ${source.pitch}`);
  assert.deepEqual((await edit(page)).selected, { kind: 'sound', id: source.id });
  await until(page, (id) => !!window.__storyXREdit!.locate(`xr-card:${id}`), source.id, 'the sound card');
  await frames(page, 4);
  await shot(page, 'xr-edit-sound');

  step('Its volume slider');
  // Its volume slider: pinching the middle of the track sets half volume (one change, saved).
  assert.equal(source.volume, 1);
  await clickAt(page, 'xr-slider-track:vr-sound-volume', 'hand');
  saved = await storedWhen(page, (s) => square(s).soundscape.sources.some((x) => x.id === source.id && x.volume < 1), 'the new volume');
  const volume = square(saved).soundscape.sources.find((x) => x.id === source.id)!.volume;
  assert.ok(Math.abs(volume - 0.5) <= 0.1, `volume ${volume}`);

  step('Pinch the pinched hotspot (selects it, no move), then Delete');
  // Pinch the pinched hotspot (selects it, no move), then Delete on its card.
  await pointAndClick(page, pinched!.yaw, pinched!.pitch, 'hand');
  await until(page, (id) => window.__storyXREdit!.state().selected?.id === id, pinched!.id, 'the pinched hotspot selected');
  await clickButton(page, 'vr-hotspot-delete', 'hand');
  saved = await storedWhen(page, (s) => !square(s).hotspots.some((x) => x.id === pinched!.id), 'the deleted hotspot');
  assert.equal(square(saved).hotspots.length, before.hotspots.length + 1);
  assert.equal((await edit(page)).selected, null);

  step('Exit VR from the menu');
  // Exit VR from the menu: the desktop editor, same scene.
  await exitVR(page, 'hand');
  await page.locator('.scene-viewport-frame[data-scene="square"]').waitFor(SLOW);

  step('Reload');
  // Reload: the editor opens the stored story with everything placed in the headset.
  await page.reload();
  await openSquare(page);
  const after = square(await stored(page));
  assert.deepEqual(
    after.hotspots.map((x) => x.id).sort(),
    [...before.hotspots.map((x) => x.id), added.id].sort(),
  );
  assert.equal(after.soundscape.sources.find((x) => x.id === source.id)?.volume, volume);
  step('The desktop view lists the sound placed in the headset');
  // The desktop view lists the sound placed in the headset.
  await page.waitForFunction((n) => document.querySelectorAll('.sound-list li').length === n, after.soundscape.sources.length, SLOW);
  assert.deepEqual(errors, []);
  await context.close();
});
