import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { newStory as newStoryAt, saved, builtAppForTests } from './lib/editor.ts';

/**
 * Photos, sounds and narration in the editor, in the built app with real IndexedDB, used as a
 * person would: the file picker, buttons and fields by their names, the fake microphone.
 */
const app = builtAppForTests();

const fixture = (name: string) => resolve(ROOT, 'tests/fixtures/media', name);
const nodes = (page: Page) => page.locator('.react-flow__node');
const shot = process.env.MEDIA_SHOTS;
const newStory = async (page: Page): Promise<void> => void (await newStoryAt(page, app.server.url));

async function addFiles(page: Page, button: string, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button, exact: true }).click();
  await (await chooser).setFiles(files.map(fixture));
  await page.locator('#media-import-progress').waitFor({ state: 'detached', timeout: 60000 });
}

const importList = (page: Page) => page.getByRole('region', { name: 'Adding media' });

/** In the page (plain JS: tsx would add helpers the page does not have): every stored file and the saved documents. */
const READ_DB = `(async () => {
  const db = await new Promise((ok, no) => {
    const req = indexedDB.open('storyscape');
    req.onsuccess = () => ok(req.result);
    req.onerror = () => no(req.error);
  });
  const all = (store) => new Promise((ok) => {
    const req = db.transaction(store).objectStore(store).getAll();
    req.onsuccess = () => ok(req.result);
  });
  const blobs = await all('blobs');
  const docs = await all('documents');
  db.close();
  const out = [];
  for (const { blob } of blobs) {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const b of bytes) text += String.fromCharCode(b);
    let width = 0, height = 0, pixels = [];
    if (blob.type.startsWith('image/')) {
      const bmp = await createImageBitmap(blob);
      width = bmp.width;
      height = bmp.height;
      const g = new OffscreenCanvas(width, height).getContext('2d');
      g.drawImage(bmp, 0, 0);
      pixels = [...g.getImageData(5, 5, 1, 1).data, ...g.getImageData(Math.round(width / 2), Math.round(height * 500 / 1200), 1, 1).data];
    }
    out.push({ type: blob.type, text, width, height, pixels });
  }
  return { blobs: out, docs: JSON.stringify(docs) };
})()`;

interface Stored {
  blobs: Array<{ type: string; text: string; width: number; height: number; pixels: number[] }>;
  docs: string;
}
const stored = (page: Page): Promise<Stored> => page.evaluate(READ_DB) as Promise<Stored>;

describe('media in the editor', () => {
  test('photos become scenes; the same photo twice is stored once; a text file named .jpg is refused; a 3:1 picture is asked about', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      assert.equal(await nodes(page).count(), 1);
      await addFiles(page, 'Add photos and sounds', ['examplepano.jpg', 'generated-pano.jpg', 'notes.jpg', 'tone.wav']);
      const list = importList(page);
      await list.getByText('Added “examplepano.jpg”.').waitFor();
      await list.getByText('Added “generated-pano.jpg”.').waitFor();
      await list.getByText('Added “tone.wav”.').waitFor();
      assert.equal(
        (await list.getByRole('alert').textContent())?.trim(),
        '“notes.jpg” is not a picture: it looks like a text file. Choose a JPEG, PNG or WebP photo.',
      );
      // The first photo goes into the new story's empty scene; the second makes a scene of its own.
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 2);
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'generated pano');
      assert.equal(await nodes(page).first().locator('.scene-node-title').textContent(), 'examplepano');

      // The same photo again: one asset, no new scene.
      await page.getByRole('button', { name: 'Close', exact: true }).click();
      await addFiles(page, 'Add photos and sounds', ['generated-pano.jpg']);
      await importList(page).getByText('“generated-pano.jpg” is already in your story, so it was not added twice.').waitFor();
      assert.equal(await nodes(page).count(), 2);

      // Not 2:1: asked, then used anyway.
      await addFiles(page, 'Add photos and sounds', ['wide-3to1.jpg']);
      await importList(page).getByText('“wide-3to1.jpg” is 3 times as wide as it is tall.', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Use it anyway' }).click();
      await importList(page).getByText('Added “wide-3to1.jpg”.').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 3);

      await page.getByRole('button', { name: 'Media (4)' }).click();
      const library = page.getByRole('complementary', { name: 'Media' });
      await library.getByRole('heading', { name: 'examplepano.jpg' }).waitFor();
      await library.getByText('Picture · 4096×2048', { exact: false }).waitFor();
      await library.getByRole('button', { name: 'Play “tone.wav”' }).waitFor();
      if (shot) await page.screenshot({ path: `${shot}/media-library.png` });

      await saved(page);
      const { blobs } = await stored(page);
      assert.equal(blobs.length, 4, 'four files stored, the repeated photo once');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a JPEG with GPS comes out without it; a cropped photosphere is padded to 2:1 with its north', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      await addFiles(page, 'Add photos and sounds', ['gps-photo.jpg', 'photosphere-cropped.jpg']);
      await importList(page).getByText('Added “gps-photo.jpg”.').waitFor();
      await importList(page).getByText('It is a phone photosphere, so it was placed in a full 360° frame.', { exact: false }).waitFor();
      await saved(page);
      const { blobs, docs } = await stored(page);
      assert.equal(blobs.length, 2);
      for (const b of blobs) {
        assert.ok(!b.text.includes('Exif\0\0'), 'no EXIF (GPS) in the stored bytes');
        assert.ok(!b.text.includes('GPano'), 'no XMP in the stored bytes');
      }
      const gps = blobs.find((b) => b.width === 1024)!;
      assert.equal(gps.height, 512);
      const sphere = blobs.find((b) => b.width === 2400)!;
      assert.ok(sphere, 'the photosphere is stored in its full 2400x1200 frame');
      assert.equal(sphere.height, 1200);
      const [r0, g0, b0] = sphere.pixels;
      assert.ok(r0! < 20 && g0! < 20 && b0! < 20, 'the part of the sphere that was not photographed is black');
      const [, , , , r1, g1, b1] = sphere.pixels;
      assert.ok(r1! > 220 && g1! > 220 && b1! > 220, 'the middle of the photo sits where GPano says');
      assert.ok(docs.includes('"northOffset":-90'), 'heading 90° (east) in the middle -> north at yaw -90');

      // A picture wider than 8192 px is kept whole (the player tiles what a device cannot hold);
      // one larger than any device can show is refused in words before it is decoded.
      const big = await page.evaluateHandle(`(async () => {
        const c = new OffscreenCanvas(8400, 4200);
        const g = c.getContext('2d');
        g.fillStyle = '#3a6';
        g.fillRect(0, 0, 8400, 4200);
        // Only the header of a 20000 x 10000 PNG: enough to be refused, nothing to decode.
        const head = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
          0, 0, 0x4e, 0x20, 0, 0, 0x27, 0x10, 8, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        const dt = new DataTransfer();
        dt.items.add(new File([await c.convertToBlob({ type: 'image/png' })], 'huge.png'));
        dt.items.add(new File([head], 'enormous.png'));
        return dt;
      })()`);
      await page.dispatchEvent('.story-map', 'drop', { dataTransfer: big });
      await importList(page).getByText('Added “huge.png”.').waitFor({ timeout: 60000 });
      await importList(page)
        .getByText('“enormous.png” is 20,000 × 10,000 pixels: too big for any phone, computer or headset to show.', { exact: false })
        .waitFor();
      await page.getByRole('button', { name: 'Media (3)' }).click();
      await page.getByRole('complementary', { name: 'Media' }).getByText('Picture · 8400×4200', { exact: false }).waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('record 2 s of narration with the fake microphone, caption it, undo and redo, reload: all there', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      await nodes(page).first().click();
      await page.getByRole('button', { name: 'Record with the microphone' }).click();
      await page.getByRole('button', { name: 'Start recording' }).click();
      await page.getByRole('meter', { name: 'Microphone level' }).waitFor();
      await page.waitForTimeout(2200);
      await page.getByRole('button', { name: 'Stop recording' }).click();
      await page.getByLabel('Start at (seconds)').waitFor();
      const end = Number(await page.getByLabel('End at (seconds)').inputValue());
      assert.ok(end >= 1.8 && end <= 6, `recorded about 2 s (got ${end})`);
      if (shot) await page.screenshot({ path: `${shot}/recorder.png` });
      await page.getByRole('button', { name: 'Use this recording' }).click();
      const audio = page.locator('.narration audio');
      await audio.waitFor();
      await page.getByRole('button', { name: 'Add a caption here' }).click();
      const text = page.getByLabel('Caption 1 text');
      await text.fill('Welcome to the harbour');
      assert.equal(await page.getByLabel('Caption 1 starts at (s)').inputValue(), '0');
      await page.getByRole('button', { name: 'Undo change captions' }).click();
      assert.equal(await text.inputValue(), '');
      await page.getByRole('button', { name: 'Redo change captions' }).click();
      assert.equal(await text.inputValue(), 'Welcome to the harbour');
      if (shot) await page.screenshot({ path: `${shot}/narration.png`, fullPage: true });

      // Captions out as WebVTT, and in from a .vtt file (replacing the track; undo brings ours back).
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Save captions as .vtt' }).click();
      const { readFile } = await import('node:fs/promises');
      const vtt = await readFile((await (await download).path())!, 'utf8');
      assert.match(vtt, /^WEBVTT/);
      assert.match(vtt, /00:00:00\.000 --> 00:00:0\d\.\d{3}\nWelcome to the harbour/);
      const vttChooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import captions (.vtt)' }).click();
      await (await vttChooser).setFiles(fixture('captions.vtt'));
      await page.getByLabel('Caption 2 text').waitFor();
      assert.equal(await page.getByLabel('Caption 1 text').inputValue(), 'This is the harbour.');
      assert.equal(await page.getByLabel('Caption 2 text').inputValue(), 'Listen to the gulls!');
      assert.equal(await page.getByLabel('Caption 2 starts at (s)').inputValue(), '1');
      await page.getByRole('button', { name: 'Undo change captions' }).click();
      assert.equal(await text.inputValue(), 'Welcome to the harbour');
      assert.equal(await page.getByLabel('Caption 2 text').count(), 0);
      await saved(page);

      await page.reload();
      await page.locator('.story-map[data-ready="true"]').waitFor();
      await nodes(page).first().click();
      await page.locator('.narration audio').waitFor();
      assert.equal(await page.getByLabel('Caption 1 text').inputValue(), 'Welcome to the harbour');
      await page.getByRole('button', { name: /^Media \(1\)$/ }).click();
      const card = page.getByRole('complementary', { name: 'Media' }).getByRole('listitem').first();
      const meta = await card.locator('.asset-meta').first().textContent();
      assert.match(meta ?? '', /^Sound · 0:0[2-6] ·/);
      await card.getByText('Narration (en) in “Scene 1”').waitFor();
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe('the media library', () => {
  test('drop files on the editor; replace a photo everywhere in one step (a sideways phone photo comes out upright); remove a sound from the places that use it; undo', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await newStory(page);
      // Drop two files onto the map, as from the desktop.
      const { readFileSync } = await import('node:fs');
      const files = ['generated-pano.jpg', 'tone.wav'].map((name) => ({ name, data: readFileSync(fixture(name)).toString('base64') }));
      const dataTransfer = await page.evaluateHandle(`(() => {
        const dt = new DataTransfer();
        for (const f of ${JSON.stringify(files)}) {
          const bin = atob(f.data);
          const bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
          dt.items.add(new File([bytes], f.name));
        }
        return dt;
      })()`);
      await page.dispatchEvent('.story-map', 'dragover', { dataTransfer });
      await page.dispatchEvent('.story-map', 'drop', { dataTransfer });
      await importList(page).getByText('Added “tone.wav”.').waitFor();
      assert.equal(await nodes(page).count(), 1, 'the photo went into the empty scene of the new story');

      // That scene (selected) gets the sound as its background.
      assert.equal(await page.getByLabel('Scene title').inputValue(), 'generated pano');
      await page.getByLabel('Add a background sound…', { exact: true }).selectOption({ label: 'tone.wav' });
      await page.getByLabel('Volume of “tone.wav”').waitFor();

      await page.getByRole('button', { name: 'Media (2)' }).click();
      const library = page.getByRole('complementary', { name: 'Media' });
      const photo = library.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'generated-pano.jpg' }) });
      await photo.getByText('Used in 1 place:').waitFor();

      // Replace the photo: every use now shows the new one (upright: 1024x512 from 512x1024 + Orientation 6).
      const chooser = page.waitForEvent('filechooser');
      await photo.getByRole('button', { name: 'Replace “generated-pano.jpg” with another file' }).click();
      await (await chooser).setFiles(fixture('rotated-6.jpg'));
      const rotated = library.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'rotated-6.jpg' }) });
      await rotated.getByText('Picture · 1024×512', { exact: false }).waitFor();
      await rotated.getByText('360° picture of “generated pano”').waitFor();
      assert.equal(await library.getByRole('heading', { name: 'generated-pano.jpg' }).count(), 0);
      await page.getByRole('button', { name: 'Undo replace media' }).click();
      await photo.getByText('360° picture of “generated pano”').waitFor();
      await page.getByRole('button', { name: 'Redo replace media' }).click();
      await rotated.getByText('360° picture of “generated pano”').waitFor();

      // Remove the sound: explained first, then taken out of the scene too; undo brings it back.
      const sound = library.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'tone.wav' }) });
      await sound.getByRole('button', { name: 'Remove “tone.wav”' }).click();
      await sound.getByText('“tone.wav” is used in 1 place.', { exact: false }).waitFor();
      await sound.getByRole('button', { name: 'Remove it from 1 place' }).click();
      await library.getByRole('heading', { name: 'tone.wav' }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Undo remove media' }).click();
      await sound.getByText('Background sound in “generated pano”').click();
      // The link selected the scene: the inspector shows it, with the sound back.
      await page.getByLabel('Volume of “tone.wav”').waitFor();
      if (shot) await page.screenshot({ path: `${shot}/inspector-sound.png` });

      await saved(page);
      const { blobs } = await stored(page);
      const upright = blobs.find((b) => b.width === 1024 && b.height === 512 && !b.text.includes('Exif\0\0'));
      assert.ok(upright, 'the sideways photo is stored upright, without its EXIF');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
