import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoErrors, focusedText, openPlayer, shot, startHarness, tabTo, type PlayerHarness } from './pages/player-testing.ts';

let h: PlayerHarness;
before(async () => {
  h = await startHarness();
});
after(async () => {
  await h?.close();
});

test('info dialog: story text is shown as text, unsafe links are not links, Esc closes', async () => {
  const { page, context, errors } = await openPlayer(h, 'story=info');
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });

  // The label is shown literally, in the choice list, and never becomes markup.
  const evil = page.locator('button[data-hotspot="evil"]');
  assert.match(await evil.innerText(), /<img src=x onerror=alert\(1\)>/);
  assert.equal(await page.locator('img[src="x"]').count(), 0);

  await tabTo(page, '<img src=x');
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  const text = await dialog.innerText();
  assert.match(text, /<b>Not bold<\/b>/, 'the title is shown literally');
  assert.match(text, /First line <script>alert\(2\)<\/script>\nSecond line/, 'text keeps its line break and shows tags literally');
  assert.equal(await dialog.locator('b, script').count(), 0, 'no markup was created from story text');
  const img = dialog.locator('img');
  await img.waitFor();
  assert.equal(await img.getAttribute('alt'), 'A drawing of a red door');
  // A javascript: link is shown as plain text, not as a link.
  assert.match(text, /Do not run me – javascript:alert\(3\)/);
  assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0);
  assert.equal(await dialog.locator('a').count(), 0);
  await shot(page, 'player-info-evil');

  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));
  assert.match(await focusedText(page), /<img src=x/, 'focus returns to the button that opened the dialog');

  // Clicking the 3D marker (yaw 25, pitch 0) opens the other info; its https link opens safely in a new tab.
  const box = await page.locator('.ssp-view canvas').boundingBox();
  assert.ok(box);
  await page.mouse.move(5, 300); // nothing focused-visible turns the view any more
  const view = await page.evaluate(async () => {
    window.__story!.setView({ yaw: 0, pitch: 0 });
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return window.__story!.getView();
  });
  const aspect = box.width / box.height;
  const x = box.x + box.width / 2 + (box.width / 2) * (Math.tan((25 - view.yaw) * (Math.PI / 180)) / (Math.tan((view.fov / 2) * (Math.PI / 180)) * aspect));
  await page.mouse.click(x, box.y + box.height / 2);
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /Open every day\./);
  const link = dialog.locator('a');
  assert.equal(await link.getAttribute('href'), 'https://example.org/library');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('dialog[open]'));

  assert.deepEqual(alerts, [], 'no script from the story ran');
  assertNoErrors(errors);
  await context.close();
});
