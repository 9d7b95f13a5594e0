import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoErrors,
  focusedText,
  openPlayer,
  recordAnnouncements,
  shot,
  startHarness,
  tabTo,
  waitShown,
  type PlayerHarness,
} from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('a story plays to its ending with the keyboard only, and every arrival is announced', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard');
  const announced = await recordAnnouncements(page);

  // Focusing a choice turns the view toward its marker.
  await tabTo(page, 'Read the sign');
  await page.waitForFunction(() => Math.abs(window.__story!.getView().yaw - -40) < 1, null, { timeout: 30_000 });
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /The garden is through the glass door\./);
  await shot(page, 'player-info-sign');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached', timeout: 5000 }).catch(() => {});
  assert.equal(await page.locator('dialog[open]').count(), 0, 'Esc closes the dialog');
  assert.match(await focusedText(page), /Read the sign/, 'focus returns to the choice that opened it');

  // Reading the sign made a new choice appear.
  await tabTo(page, 'Open the glass door');
  await page.keyboard.press('Enter');
  await waitShown(page, 2);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2', 'focus moves to the new place’s title');
  assert.equal(await focusedText(page), 'Garden');

  await tabTo(page, 'Walk to the pond');
  await page.keyboard.press('Enter');
  // The ending does not cover the view the reader walked to: it is offered, and opens when asked.
  await waitShown(page, 3);
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('dialog[open]').count(), 0, 'no box covers the last place on arrival');
  await shot(page, 'player-ending-offered');
  await tabTo(page, 'The end — see the ending');
  await page.keyboard.press('Enter');
  const ending = page.locator('dialog.ssp-ending[open]');
  await ending.waitFor();
  const endingText = await ending.innerText();
  assert.match(endingText, /The end/);
  assert.match(endingText, /The ducks say goodbye\. Thank you for visiting\./);
  assert.match(await focusedText(page), /Play again/);
  await shot(page, 'player-ending');

  assert.deepEqual(await announced(), [
    'Hall. Photo 1',
    'Garden. You are in the garden.',
    'Pond. You are in the pond. This is where the story ends. Look around as long as you like, then choose “The end — see the ending”.',
  ]);

  // Play again, from the keyboard.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__story!.state().sceneId === 'hall');
  assert.equal(await page.locator('dialog[open]').count(), 0);
  assert.equal((await announced()).at(-1), 'Hall. Photo 1');
  assertNoErrors(errors);
  await context.close();
});

test('Back and Start again work from the keyboard; arrow keys look around', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard', { reducedMotion: true });
  await tabTo(page, 'Go down to the cellar');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__story!.state().sceneId === 'cellar');
  await tabTo(page, 'Back');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__story!.state().sceneId === 'hall');

  // The view itself is focusable and turns with the arrow keys.
  await page.evaluate(() => (document.querySelector('.ssp-view') as HTMLElement).focus());
  const before = await page.evaluate(() => window.__story!.getView().yaw);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const afterYaw = await page.evaluate(() => window.__story!.getView().yaw);
  assert.equal(Math.round(afterYaw - before), 10);
  assertNoErrors(errors);
  await context.close();
});

test('a slow picture gets a small note at the top, off the view; a quick one gets none', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=keyboard&slow=4000');
  // Record every loading note that is ever shown from now on.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __notes: string[] }).__notes = seen;
    new MutationObserver(() => {
      const note = document.querySelector('.ssp-status-note');
      if (note && !seen.includes(note.textContent ?? '')) seen.push(note.textContent ?? '');
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await tabTo(page, 'Go down to the cellar');
  await page.keyboard.press('Enter');
  const note = page.locator('.ssp-status-note', { hasText: 'Loading the picture…' });
  // Where the note is, read in the same moment it is seen (on a busy machine it may be gone a moment later).
  const box = (await (
    await page.waitForFunction(
      () => {
        const n = document.querySelector('.ssp-status-note');
        if (!n?.textContent?.includes('Loading the picture…')) return null;
        const r = n.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      },
      null,
      { timeout: 30_000, polling: 50 },
    )
  ).jsonValue())!;
  const view = page.viewportSize()!;
  await shot(page, 'player-loading-note');
  assert.ok(box.y + box.height < view.height * 0.25, `the note is at the top (${JSON.stringify(box)})`);
  const centre = { x: view.width / 2, y: view.height / 2 };
  assert.ok(!(box.y <= centre.y && centre.y <= box.y + box.height), 'the note does not cover the middle of the view');
  await note.waitFor({ state: 'detached', timeout: 30_000 });
  await waitShown(page, 2);
  assert.equal((await page.evaluate(() => window.__story!.state())).sceneId, 'cellar');

  // Back to the hall: its picture is already here, so no note at all.
  const before = await page.evaluate(() => (window as unknown as { __notes: string[] }).__notes.length);
  await tabTo(page, 'Climb back up');
  await page.keyboard.press('Enter');
  await waitShown(page, 3);
  await page.waitForFunction(() => window.__story!.state().sceneId === 'hall');
  assert.equal(await page.evaluate(() => (window as unknown as { __notes: string[] }).__notes.length), before, 'no note for a picture that is ready');
  assertNoErrors(errors);
  await context.close();
});
