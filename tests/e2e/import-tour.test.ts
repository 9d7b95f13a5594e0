import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { devAppForTests } from './lib/editor.ts';

/**
 * "Import a tour or Twine story…" in the library, as a person uses it: pick files, read the report,
 * pick a story from an archive, "Add to my stories", land in the editor with the story saved.
 */
const app = devAppForTests();
const fixture = (p: string) => resolve(ROOT, 'tests/fixtures/real', p);
const shots = tmpdir();


describe('importing from the library', () => {
  test('the Twee story: report with the dangling "start" links, then saved and opened in the editor', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.goto(app.dev.url);
      await page.getByRole('button', { name: 'Import a tour or Twine story…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a tour or Twine story' });
      await dialog.getByText('Or drop a folder').waitFor();
      await page.getByTestId('import-tour-files').setInputFiles(fixture('twine/kulla-example.twee'));
      const report = dialog.getByRole('region', { name: 'Import report for “Twine to GitHub Pages Example”' });
      // The first import in a fresh page also compiles the importer: slow under load.
      await report.waitFor({ timeout: 120_000 });
      await report.getByText('Came across: 8 scenes, 4 links and 8 information points.').waitFor();
      await report.getByText('8 scenes have a “your 360° photo goes here” picture').waitFor();
      await report.getByRole('heading', { name: 'Left out (4)' }).waitFor();
      const leftOut = report.locator('.import-notes.dropped li');
      assert.equal(await leftOut.count(), 1);
      assert.match((await leftOut.first().textContent()) ?? '', /^lancelot, kingdom, defend, decline_quest: .*“start”.*did you mean “Start”/);
      await page.screenshot({ path: resolve(shots, 'import-twee-report.png') });

      await dialog.getByRole('button', { name: 'Add to my stories' }).click();
      await page.waitForURL(/\/edit\/[A-Za-z0-9_-]+$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      const saved = await page.evaluate(async (storyId) => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const repo = createIdbRepository();
        const got = await repo.get(storyId);
        const pictures = await repo.hasAssets(got?.story.assets.map((a) => a.id) ?? []);
        return {
          title: got?.story.meta.title.en,
          scenes: got?.story.scenes.length,
          start: got?.story.startSceneId,
          pictures: pictures.size,
          placeholders: got?.story.assets.filter((a) => a.kind === 'image' && a.placeholder).length,
          distinct: new Set(got?.story.scenes.map((s) => s.panorama)).size,
        };
      }, id);
      // Every passage shares one "your 360° photo goes here" picture: a package of a few hundred kilobytes.
      assert.deepEqual(saved, { title: 'Twine to GitHub Pages Example', scenes: 8, start: 'Start', pictures: 1, placeholders: 1, distinct: 1 });
      await page.getByText('accept_quest').first().waitFor();
      await page.screenshot({ path: resolve(shots, 'import-twee-editor.png') });

      // Played, the passage's title is drawn on a plate under the picture's card, and its links lead on.
      await page.goto(`${app.dev.url}play/${id}?debug`);
      await page.waitForFunction(() => window.__story?.state().sceneId === 'Start' && window.__story.shown.length > 0, null, { timeout: 60_000 });
      // A white plate with dark letters where the picture alone shows only its peach background.
      await page.waitForFunction(
        () => {
          const h = window.__story!;
          h.setView({ yaw: 0, pitch: -29 });
          let white = 0;
          let ink = 0;
          for (let i = 0; i <= 40; i++) {
            for (const y of [0.47, 0.5, 0.53]) {
              const p = h.sample(0.35 + (i / 40) * 0.3, y);
              if (p && p[0] > 235 && p[1] > 235 && p[2] > 230) white++;
              if (p && p[0] < 90 && p[1] < 110 && p[2] < 140) ink++;
            }
          }
          return document.fonts.status === 'loaded' && white > 20 && ink > 3;
        },
        null,
        { timeout: 30_000, polling: 500 },
      );
      await page.screenshot({ path: resolve(shots, 'import-twee-played.png') });
      await page.getByRole('button', { name: 'Accept the quest' }).first().click();
      await page.waitForFunction(() => window.__story?.state().sceneId === 'accept_quest');
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a Twine archive with two stories lets the user pick one; bad files get a clear message', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.goto(app.dev.url);
      await page.getByRole('button', { name: 'Import a tour or Twine story…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a tour or Twine story' });
      await page.getByTestId('import-tour-files').setInputFiles({ name: 'data.js', mimeType: 'text/javascript', buffer: Buffer.from('var APP_DATA = (function(){ alert(1) })()') });
      await dialog.getByRole('alert').getByText(/not plain data/).waitFor();
      // Dropping files on the dialog's drop area (a folder drop gives the same files with their folder paths).
      const twee = (await import('node:fs')).readFileSync(fixture('twine/kulla-example.twee'), 'utf8');
      await page.locator('.import-drop').evaluate((zone, text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'kulla-example.twee', { type: 'text/plain' }));
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, twee);
      await dialog.getByRole('region', { name: 'Import report for “Twine to GitHub Pages Example”' }).waitFor();
      assert.equal(await page.getByRole('dialog').count(), 1, 'the drop opened no other dialog');
      await dialog.getByRole('button', { name: 'Choose other files' }).click();
      await page.getByTestId('import-tour-files').setInputFiles(fixture('twine/extwee-archive-test1.html'));
      await dialog.getByText('This file holds 2 stories.').waitFor();
      await dialog.getByRole('region', { name: 'Import report for “Untitled Story 6”' }).waitFor();
      await dialog.getByRole('radio', { name: 'Untitled Story (1 scene)' }).check();
      await dialog.getByRole('region', { name: 'Import report for “Untitled Story”' }).getByText('Came across: 1 scene, 0 links and 0 information points.').waitFor();
      await page.screenshot({ path: resolve(shots, 'import-archive-pick.png') });
      await dialog.getByRole('button', { name: 'Add to my stories' }).click();
      await page.waitForURL(/\/edit\//);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the report in Norwegian: Photo Sphere Viewer markers, and why some were left out', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.goto(app.dev.url);
      await page.evaluate(async () => {
        const { setUiLanguage } = (await import('/src/i18n/index.ts' as string)) as typeof import('../../src/i18n/index.ts');
        setUiLanguage('nb');
      });
      await page.getByRole('button', { name: 'Importer en omvisning eller Twine-historie…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Importer en omvisning eller Twine-historie' });
      const psv = (name: string) => resolve(ROOT, 'tests/fixtures/psv', name);
      await page.getByTestId('import-tour-files').setInputFiles([psv('library-tour.json'), psv('quarters.png')]);
      const report = dialog.locator('.import-report');
      await report.getByText('Markøren «screen» er en video lagt over bildet.', { exact: false }).waitFor();
      await report.getByText(/Entrance hall, Garden: Markører ble informasjonspunkter/).waitFor();
      assert.equal(await report.getByText(/left out|was not/).count(), 0, 'no English left in the notes');
      await page.screenshot({ path: resolve(shots, 'import-psv-report-nb.png') });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('the Pannellum tour with its photo; cube faces and Marzipano tiles joined the right way round', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.goto(app.dev.url);
      await page.getByRole('button', { name: 'Import a tour or Twine story…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a tour or Twine story' });
      await page.getByTestId('import-tour-files').setInputFiles([fixture('pannellum/example-tour.json'), fixture('pannellum/examplepano.jpg')]);
      // The tour names no title of its own, so the story takes its start scene's.
      const report = dialog.getByRole('region', { name: 'Import report for “Jordan Pond”' });
      await report.getByText('Came across: 2 scenes, 2 links and 2 information points.').waitFor();
      await report.getByText(/Jordan Pond \(Cube\): This scene is a cube of six pictures/).waitFor();

      // Six faces of known colours: the joined photo must show the right face at yaw +90, the top face up.
      const colours = await page.evaluate(async () => {
        const { cubeToEquirect } = (await import('/src/editor/import/cube.ts' as string)) as typeof import('../../src/editor/import/cube.ts');
        const fills = ['#ff0000', '#00ff00', '#0000ff', '#ffff00', '#ffffff', '#000000'];
        const faces = await Promise.all(
          fills.map(async (fill) => {
            const c = new OffscreenCanvas(64, 64);
            const g = c.getContext('2d')!;
            g.fillStyle = fill;
            g.fillRect(0, 0, 64, 64);
            return [[new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer())]];
          }),
        );
        const jpeg = await cubeToEquirect(faces, 64);
        const bmp = await createImageBitmap(new Blob([jpeg as Uint8Array<ArrayBuffer>]));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const g = c.getContext('2d')!;
        g.drawImage(bmp, 0, 0);
        const at = (yaw: number, pitch: number) => {
          const d = g.getImageData(Math.floor((0.5 + yaw / 360) * bmp.width), Math.floor((0.5 - pitch / 180) * bmp.height), 1, 1).data;
          return [d[0]! > 128 ? 1 : 0, d[1]! > 128 ? 1 : 0, d[2]! > 128 ? 1 : 0].join('');
        };
        return { front: at(0, 0), right: at(90, 0), back: at(179, 0), left: at(-90, 0), up: at(0, 80), down: at(0, -80), size: [bmp.width, bmp.height] };
      });
      assert.deepEqual(colours, { front: '100', right: '010', back: '001', left: '110', up: '111', down: '000', size: [256, 128] });

      // A Marzipano export with its tiles folder: the highest level's 2×2 tiles per face become the scene's photo.
      const marzipano = await page.evaluate(async () => {
        const { importFiles } = (await import('/src/story/io/importers/index.ts' as string)) as typeof import('../../src/story/io/importers/index.ts');
        const { joinCubes } = (await import('/src/editor/import/cube.ts' as string)) as typeof import('../../src/editor/import/cube.ts');
        const { placeholderBytes } = (await import('/src/editor/import/save.ts' as string)) as typeof import('../../src/editor/import/save.ts');
        const tile = async (fill: string) => {
          const c = new OffscreenCanvas(32, 32);
          const g = c.getContext('2d')!;
          g.fillStyle = fill;
          g.fillRect(0, 0, 32, 32);
          return new Uint8Array(await (await c.convertToBlob({ type: 'image/jpeg', quality: 1 })).arrayBuffer());
        };
        const quads: Record<string, string[]> = { f: ['#ff0000', '#00ff00', '#0000ff', '#ffffff'] };
        const files = [{ path: 'tour/data.js', bytes: new TextEncoder().encode("var APP_DATA = { scenes: [{ id: 's', name: 'S', levels: [{ tileSize: 32, size: 32, fallbackOnly: true }, { tileSize: 32, size: 64 }], faceSize: 64 }] };") }];
        for (const f of ['f', 'r', 'b', 'l', 'u', 'd']) {
          for (let k = 0; k < 4; k++) files.push({ path: `tour/tiles/s/1/${f}/${k >> 1}/${k & 1}.jpg`, bytes: await tile(quads[f]?.[k] ?? '#000000') });
        }
        const outcome = importFiles(files, { placeholder: await placeholderBytes() });
        if (!outcome.ok) return outcome.message;
        const joined = await joinCubes(outcome.results[0]!);
        const scene = joined.story.scenes[0]!;
        const asset = joined.story.assets.find((a) => a.id === scene.panorama)!;
        const bmp = await createImageBitmap(new Blob([joined.media.get(asset.id)!.bytes as Uint8Array<ArrayBuffer>]));
        const c = new OffscreenCanvas(bmp.width, bmp.height);
        const g = c.getContext('2d')!;
        g.drawImage(bmp, 0, 0);
        const at = (yaw: number, pitch: number) => {
          const d = g.getImageData(Math.floor((0.5 + yaw / 360) * bmp.width), Math.floor((0.5 - pitch / 180) * bmp.height), 1, 1).data;
          return [d[0]! > 128 ? 1 : 0, d[1]! > 128 ? 1 : 0, d[2]! > 128 ? 1 : 0].join('');
        };
        return { placeholder: asset.kind === 'image' && asset.placeholder === true, assets: joined.story.assets.length, placeholders: joined.report.placeholders, quads: [at(-20, 20), at(20, 20), at(-20, -20), at(20, -20)], side: at(90, 0) };
      });
      assert.deepEqual(marzipano, { placeholder: false, assets: 1, placeholders: 0, quads: ['100', '010', '001', '111'], side: '000' });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test('a museum tour with HTML cards: one report line per kind of change, the language asked, the story saved in it', async () => {
    const { page, context, errors } = await newPage(app.browser);
    try {
      await page.goto(app.dev.url);
      await page.getByRole('button', { name: 'Import a tour or Twine story…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a tour or Twine story' });
      const rooms = ['Hall', 'Library', 'Garden', 'Tower', 'Cellar', 'Chapel'];
      const scenes = Object.fromEntries(
        rooms.map((room, i) => [
          room.toLowerCase(),
          {
            title: room,
            panorama: 'https://museum.example.org/pano/examplepano.jpg',
            hotSpots: [
              { type: 'scene', sceneId: rooms[(i + 1) % rooms.length]!.toLowerCase(), yaw: 20, pitch: -5, text: '', targetYaw: 90 },
              { type: 'info', yaw: -30, pitch: 0, text: `<h2>About the ${room}</h2><p>Built in 18${50 + i}.</p><p>Open <b>every</b> day.</p>` },
            ],
          },
        ]),
      );
      const tour = JSON.stringify({ default: { firstScene: 'hall', title: 'Town museum' }, scenes });
      await page.getByTestId('import-tour-files').setInputFiles([
        { name: 'tour.json', mimeType: 'application/json', buffer: Buffer.from(tour) },
        { name: 'examplepano.jpg', mimeType: 'image/jpeg', buffer: (await import('node:fs')).readFileSync(fixture('pannellum/examplepano.jpg')) },
      ]);
      const report = dialog.getByRole('region', { name: 'Import report for “Town museum”' });
      await report.getByText('Came across: 6 scenes, 6 links and 6 information points.').waitFor();
      // One line per kind of change, with a count, instead of six copies; no data paths or ids.
      await report.getByText(/^6 links turned the view to a set direction on arrival\..*\(in Hall, Library, Garden, Tower and 2 more scenes\)$/).waitFor();
      await report.getByText(/^6 links had no words, so they show the name of the scene they lead to\./).waitFor();
      await report.getByText(/^6 information points had formatting \(HTML\)/).waitFor();
      const words = (await report.textContent()) ?? '';
      assert.doesNotMatch(words, /\/scenes\/|hotspots\/|link-\d|info-\d/);
      assert.equal(await report.getByText(/links turned the view/).count(), 1);
      // The file does not say its language: the dialog asks, and the story is saved in the answer.
      const language = dialog.getByLabel('Which language are the words of this story in?');
      await language.waitFor();
      await language.selectOption('nb');
      await page.screenshot({ path: resolve(shots, 'import-museum-report.png') });
      await dialog.getByRole('button', { name: 'Add to my stories' }).click();
      await page.waitForURL(/\/edit\/[A-Za-z0-9_-]+$/);
      const id = new URL(page.url()).pathname.split('/').pop()!;
      // Saved before the editor opened (the dialog saves, then navigates).
      const saved = await page.evaluate(async (storyId) => {
        const { createIdbRepository } = (await import('/src/storage/idb-repository.ts' as string)) as typeof import('../../src/storage/idb-repository.ts');
        const got = await createIdbRepository().get(storyId);
        if (!got) return null;
        const hall = got.story.scenes.find((sc) => sc.title.nb === 'Hall');
        const info = hall?.hotspots.find((h) => h.action.type === 'info');
        const link = hall?.hotspots.find((h) => h.action.type === 'goto');
        return {
          meta: { title: got.story.meta.title, languages: got.story.meta.languages, licence: got.story.meta.licence },
          photo: got.story.assets.filter((a) => a.kind === 'image' && !a.placeholder).length,
          info: info && { label: info.label, action: info.action.type === 'info' ? { title: info.action.title, text: info.action.text } : null },
          link: link?.label,
        };
      }, id);
      assert.deepEqual(saved, {
        meta: { title: { nb: 'Town museum' }, languages: ['nb'], licence: '' },
        photo: 1,
        info: { label: { nb: 'About the Hall' }, action: { title: { nb: 'About the Hall' }, text: { nb: 'Built in 1850.\n\nOpen every day.' } } },
        link: { nb: 'Library' },
      });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
