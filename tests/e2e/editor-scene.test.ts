import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PerspectiveCamera, Vector3 } from 'three';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { builtAppForTests } from './lib/editor.ts';

/**
 * The editor's 360° scene view in the built app, in real Chromium (SwiftShader WebGL) with real
 * IndexedDB, used as a person would: copy the sample story, pick a scene, click in the picture to
 * drop a hotspot, drag it, undo, keep the current view as the start view, place a sound, reload.
 * Where things land is checked against three.js's own unprojection of the click.
 */
const app = builtAppForTests();

interface Cam {
  yaw: number;
  pitch: number;
  fov: number;
}

/** The direction three.js shows at a point of a w x h canvas, for a camera set up like the player's. */
function expectedAt(x: number, y: number, w: number, h: number, cam: Cam) {
  const c = new PerspectiveCamera(cam.fov, w / h, 0.1, 200);
  c.rotation.set((cam.pitch * Math.PI) / 180, (-cam.yaw * Math.PI) / 180, 0, 'YXZ');
  c.updateMatrixWorld();
  const d = new Vector3((2 * x) / w - 1, 1 - (2 * y) / h, 0.5).unproject(c).normalize();
  return { yaw: (Math.atan2(d.x, -d.z) * 180) / Math.PI, pitch: (Math.asin(d.y) * 180) / Math.PI };
}

const angleGap = (a: number, b: number) => Math.abs(((a - b + 540) % 360) - 180);

const view = (page: Page) => page.locator('.scene-viewport-frame[data-scene]');

async function camera(page: Page): Promise<Cam> {
  const d = await view(page).evaluate((el: HTMLElement) => ({ ...el.dataset }));
  return { yaw: Number(d.yaw), pitch: Number(d.pitch), fov: Number(d.fov) };
}

/** The saved story, straight from IndexedDB (what a reload would open). */
async function savedScene(page: Page, storyId: string, sceneId: string) {
  await page.locator('.save-state.saved').waitFor({ timeout: 8000 });
  return page.evaluate(
    async ([id, sid]) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open('storyscape');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      const rec = await new Promise<{ doc: { scenes: Array<Record<string, unknown> & { id: string }> } }>((ok, fail) => {
        const r = db.transaction('documents').objectStore('documents').get(id!);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      db.close();
      return rec.doc.scenes.find((s) => s.id === sid) as unknown as {
        view: Cam;
        hotspots: Array<{ id: string; yaw: number; pitch: number; action: { type: string; sceneId?: string } }>;
        soundscape: { sources: Array<{ id: string; yaw: number; pitch: number; asset: string }> };
      };
    },
    [storyId, sceneId] as const,
  );
}

/** Waits until the camera has stopped (no inertia or turn still running). */
async function settled(page: Page): Promise<Cam> {
  let last = await camera(page);
  let same = 0;
  for (let i = 0; i < 60 && same < 3; i++) {
    await page.waitForTimeout(150);
    const now = await camera(page);
    same = now.yaw === last.yaw && now.pitch === last.pitch && now.fov === last.fov ? same + 1 : 0;
    last = now;
  }
  return last;
}

describe('editor 360 view', () => {
  test('click to drop a hotspot where you point, drag it, undo, start view, place a sound, reload', async () => {
    const { page, errors } = await newPage(app.browser);
    try {
      await page.setViewportSize({ width: 1400, height: 1000 });
      await page.goto(app.server.url);
      await page.getByRole('button', { name: 'Copy the sample to change it' }).click();
      await page.waitForURL(/\/edit\//);
      const storyId = new URL(page.url()).pathname.split('/').pop()!;
      await page.locator('.story-map[data-ready="true"]').waitFor();
      await page.locator('.react-flow__node').first().click();
      const frame = view(page);
      await frame.waitFor();
      await page.locator('.scene-viewport-frame[data-ready="true"][data-yaw]').waitFor({ timeout: 20_000 });
      const sceneId = (await frame.getAttribute('data-scene'))!;
      const before = await savedScene(page, storyId, sceneId);

      // 1. Click (no drag) on the picture: a hotspot appears in that direction.
      let box = (await frame.boundingBox())!;
      const cam = await settled(page);
      const [cx, cy] = [box.width * 0.72, box.height * 0.38];
      await page.mouse.click(box.x + cx, box.y + cy);
      const menu = page.getByRole('dialog', { name: 'What should this hotspot do?' });
      await menu.waitFor();
      const want = expectedAt(cx, cy, box.width, box.height, cam);
      let scene = await savedScene(page, storyId, sceneId);
      assert.equal(scene.hotspots.length, before.hotspots.length + 1);
      const added = scene.hotspots.find((h) => !before.hotspots.some((b) => b.id === h.id))!;
      assert.ok(angleGap(added.yaw, want.yaw) < 2, `yaw ${added.yaw} vs ${want.yaw}`);
      assert.ok(Math.abs(added.pitch - want.pitch) < 2, `pitch ${added.pitch} vs ${want.pitch}`);
      // It leads to a scene by default; the menu changes that, with the scenes' pictures to pick from.
      assert.equal(added.action.type, 'goto');
      const choices = menu.getByRole('group', { name: 'Go to a scene' }).getByRole('button');
      assert.ok((await choices.count()) >= 2);
      await menu.getByRole('button', { name: 'Show information' }).click();
      await menu.waitFor({ state: 'detached' });
      scene = await savedScene(page, storyId, sceneId);
      assert.equal(scene.hotspots.find((h) => h.id === added.id)!.action.type, 'info');
      // The inspector shows the new hotspot as selected.
      await page.locator(`#hotspot-${added.id}.is-selected`).waitFor();

      // 2. Drag it: it follows the pointer; the view does not turn. (The inspector may have
      // scrolled to the new hotspot's card and back: measure the view again.)
      box = (await frame.boundingBox())!;
      const [tx, ty] = [box.width * 0.35, box.height * 0.6];
      await page.mouse.move(box.x + cx, box.y + cy);
      await page.mouse.down();
      await page.mouse.move(box.x + (cx + tx) / 2, box.y + (cy + ty) / 2, { steps: 6 });
      await page.mouse.move(box.x + tx, box.y + ty, { steps: 6 });
      await page.mouse.up();
      const camAfterDrag = await camera(page);
      assert.ok(angleGap(camAfterDrag.yaw, cam.yaw) < 0.01 && Math.abs(camAfterDrag.pitch - cam.pitch) < 0.01, 'the view stayed put');
      const want2 = expectedAt(tx, ty, box.width, box.height, cam);
      scene = await savedScene(page, storyId, sceneId);
      const moved = scene.hotspots.find((h) => h.id === added.id)!;
      assert.ok(angleGap(moved.yaw, want2.yaw) < 2, `dragged yaw ${moved.yaw} vs ${want2.yaw}`);
      assert.ok(Math.abs(moved.pitch - want2.pitch) < 2, `dragged pitch ${moved.pitch} vs ${want2.pitch}`);

      // 3. Undo: the whole drag is one step; the hotspot is back where it was dropped.
      await page.getByRole('button', { name: 'Undo move hotspot' }).click();
      scene = await savedScene(page, storyId, sceneId);
      const back = scene.hotspots.find((h) => h.id === added.id)!;
      assert.equal(back.yaw, added.yaw);
      assert.equal(back.pitch, added.pitch);

      // 4. Look around with the keyboard, then keep this view as the start view.
      await frame.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowUp');
      // Drawing is slow on a CPU renderer: wait for the frame that shows the turn.
      await page.waitForFunction(
        (yaw0) => Math.abs(Number((document.querySelector('.scene-viewport-frame[data-scene]') as HTMLElement).dataset.yaw) - yaw0) > 5,
        cam.yaw,
        { timeout: 15_000 },
      );
      const looked = await settled(page);
      await page.getByRole('button', { name: 'Use this view as the start view' }).click();
      scene = await savedScene(page, storyId, sceneId);
      assert.ok(angleGap(scene.view.yaw, looked.yaw) < 0.2 && Math.abs(scene.view.pitch - looked.pitch) < 0.2, JSON.stringify(scene.view));

      // 5. Place a sound by clicking, in "Place a sound" mode.
      await page.getByRole('button', { name: 'Place a sound', exact: true }).click();
      const cam3 = await settled(page);
      box = (await frame.boundingBox())!;
      const [sx, sy] = [box.width * 0.25, box.height * 0.3];
      await page.mouse.click(box.x + sx, box.y + sy);
      const want3 = expectedAt(sx, sy, box.width, box.height, cam3);
      scene = await savedScene(page, storyId, sceneId);
      assert.equal(scene.soundscape.sources.length, before.soundscape.sources.length + 1);
      const sound = scene.soundscape.sources.find((s) => !before.soundscape.sources.some((b) => b.id === s.id))!;
      assert.ok(angleGap(sound.yaw, want3.yaw) < 2, `sound yaw ${sound.yaw} vs ${want3.yaw}`);
      assert.ok(Math.abs(sound.pitch - want3.pitch) < 2, `sound pitch ${sound.pitch} vs ${want3.pitch}`);
      await page.keyboard.press('Escape');
      await page.screenshot({ path: '/tmp/editor-scene.png' });

      // 6. Another scene chosen on the map: the same view (one WebGL canvas) shows it, on its own
      //    start view; back to the first scene, the start view kept in step 4.
      await page.evaluate(() => ((document.querySelector('.scene-viewport canvas') as HTMLCanvasElement & { __first?: boolean }).__first = true));
      const other = page.locator(`.react-flow__node:not([data-id="${sceneId}"])`).first();
      const otherId = (await other.getAttribute('data-id'))!;
      await other.click();
      await page.locator(`.scene-viewport-frame[data-scene="${otherId}"][data-ready="true"]`).waitFor({ timeout: 20_000 });
      const otherScene = await savedScene(page, storyId, otherId);
      await page.waitForFunction(
        (yaw) => Math.abs(Number((document.querySelector('.scene-viewport-frame[data-scene]') as HTMLElement).dataset.yaw) - yaw) < 0.5,
        otherScene.view.yaw,
        { timeout: 15_000 },
      );
      assert.equal(await page.evaluate(() => !!(document.querySelector('.scene-viewport canvas') as HTMLCanvasElement & { __first?: boolean }).__first), true, 'the view kept its canvas');
      await page.locator(`.react-flow__node[data-id="${sceneId}"]`).click();
      await page.locator(`.scene-viewport-frame[data-scene="${sceneId}"][data-ready="true"]`).waitFor({ timeout: 20_000 });
      await page.waitForFunction(
        (yaw) => Math.abs(Number((document.querySelector('.scene-viewport-frame[data-scene]') as HTMLElement).dataset.yaw) - yaw) < 0.5,
        looked.yaw,
        { timeout: 15_000 },
      );
      assert.equal(await page.locator('.scene-viewport canvas').count(), 1);

      // 7. Reload: everything is still there.
      await page.reload();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      scene = await savedScene(page, storyId, sceneId);
      assert.ok(scene.hotspots.some((h) => h.id === added.id && h.yaw === added.yaw && h.pitch === added.pitch));
      assert.ok(scene.soundscape.sources.some((s) => s.id === sound.id && s.yaw === sound.yaw));
      assert.ok(angleGap(scene.view.yaw, looked.yaw) < 0.2);
      assert.deepEqual(errors, []);
    } finally {
      await page.context().close();
    }
  });
});
