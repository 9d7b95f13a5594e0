/**
 * The app in another language: the library's language switch, right-to-left layout with the partial
 * Arabic catalogue (English per string where it is not translated yet), and the self-hosted Noto
 * fonts for Arabic and Malayalam, which a Latin-only page never downloads.
 * Run: npx vite build --outDir /tmp/mine && STORYSCAPE_DIST=/tmp/mine node --import tsx --test tests/e2e/languages.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { ROOT } from './lib/app.ts';
import { builtAppForTests, openProblemKinds } from './lib/editor.ts';
import { shot } from './pages/player-testing.ts';

const app = builtAppForTests();

/** The fonts Chromium really used to draw the text inside the first element matching `selector`. */
async function fontsUsed(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    assert.ok(nodeId, `nothing matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => f.familyName);
  } finally {
    await cdp.detach();
  }
}

const direction = (page: Page) => page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));

test('the library in Arabic: right to left, Arabic where translated, English where not, drawn in the self-hosted Noto Sans Arabic', async () => {
  const { page, context, errors } = await newPage(app.browser);
  const fontRequests: string[] = [];
  page.on('request', (r) => {
    if (/noto-sans-.*\.woff2/.test(r.url())) fontRequests.push(r.url());
  });
  await page.goto(app.server.url);
  await page.locator('#stories-heading').waitFor();
  await page.evaluate(() => document.fonts.ready);
  assert.deepEqual(await direction(page), { dir: 'ltr', lang: 'en' });
  assert.equal(fontRequests.length, 0, `a page in Latin letters never downloads the Arabic or Malayalam fonts: ${fontRequests.join(', ')}`);

  // The switch names each language in itself.
  const select = page.getByLabel('Language', { exact: true });
  assert.deepEqual(await select.locator('option').allInnerTexts(), ['English', 'Norsk bokmål', 'العربية']);
  await select.selectOption('ar');

  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  assert.deepEqual(await direction(page), { dir: 'rtl', lang: 'ar' });
  assert.equal(await page.locator('#stories-heading').innerText(), 'قصصك', 'a translated string is in Arabic');
  // The library's catalogue is complete (src/i18n/app/ar.ts); a missing string would fall back to English.
  await page.getByRole('button', { name: 'جديد من قالب…' }).waitFor();
  assert.ok(await page.getByRole('button', { name: 'قصة جديدة' }).isVisible());
  // The switch keeps the focus across the re-render, now labelled in Arabic.
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLSelectElement | null)?.value), 'ar');
  assert.ok(await page.getByLabel('اللغة', { exact: true }).isVisible());

  // The layout mirrors: the first action is on the right, the language switch on the left.
  const boxes = await page.locator('.library-actions > .button').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
  assert.ok(boxes.length > 2 && boxes[0]! > boxes[1]!, `actions run right to left: ${boxes.join(', ')}`);
  const switchBox = (await page.locator('.ui-language').boundingBox())!;
  const headingBox = (await page.locator('.library-header h1').boundingBox())!;
  assert.ok(switchBox.x < headingBox.x, 'the language switch sits at the inline end, on the left');

  // Arabic text is drawn in the self-hosted font, fetched from this app, not the system's.
  await page.evaluate(() => document.fonts.ready);
  assert.ok(await page.evaluate(() => document.fonts.check('700 24px "Noto Sans Arabic"', 'قصصك')));
  const used = await fontsUsed(page, '#stories-heading');
  assert.ok(used.includes('Noto Sans Arabic'), `the heading is drawn in Noto Sans Arabic: ${used.join(', ')}`);
  assert.ok(fontRequests.some((u) => u.startsWith(app.server.url) && /noto-sans-arabic-arabic-700/.test(u)), fontRequests.join('\n'));
  assert.ok(!fontRequests.some((u) => /malayalam/.test(u)), 'no Malayalam text, no Malayalam font');
  await shot(page, 'languages-library-ar');

  // Malayalam gets its own self-hosted face too.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'malayalam-sample';
    p.lang = 'ml';
    p.textContent = 'മലയാളം കഥകൾ';
    document.querySelector('.library-header')!.append(p);
  });
  await page.waitForFunction(() => document.fonts.check('400 16px "Noto Sans Malayalam"', 'മലയാളം'));
  await page.evaluate(() => document.fonts.ready);
  const ml = await fontsUsed(page, '#malayalam-sample');
  assert.ok(ml.includes('Noto Sans Malayalam'), `Malayalam is drawn in Noto Sans Malayalam: ${ml.join(', ')}`);

  // The choice is remembered on this computer.
  await page.reload();
  await page.locator('#stories-heading').waitFor();
  assert.deepEqual(await direction(page), { dir: 'rtl', lang: 'ar' });
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('a story made in the Arabic UI is in Arabic, and the player shows it right to left in Noto Sans Arabic', async () => {
  const { page, context, errors } = await newPage(app.browser);
  await page.goto(app.server.url);
  await page.evaluate(() => localStorage.setItem('storyscape.uiLanguage', 'ar'));
  await page.reload();
  await page.getByRole('button', { name: 'قصة جديدة' }).click();
  await page.waitForURL(/\/edit\/story-/);
  await page.locator('.story-map[data-ready="true"]').waitFor();
  assert.equal((await direction(page)).dir, 'rtl', 'the editor runs right to left too');
  await page.locator('.save-state.saved').waitFor({ timeout: 15_000 });
  await shot(page, 'languages-editor-ar');
  // Its things to check are in Arabic: not one of them falls back to English.
  await page.locator('.problem-text', { hasText: 'ليس للقصة نهاية' }).waitFor();
  const problems = await page.locator('.problem-text').allInnerTexts();
  assert.deepEqual(problems.filter((t) => !/[\u0600-\u06FF]/.test(t)), [], problems.join('\n'));
  const id = new URL(page.url()).pathname.split('/').pop()!;

  await page.goto(new URL(`play/${id}`, app.server.url).href);
  const header = page.locator('.ssp-header');
  await header.waitFor();
  assert.match(await header.innerText(), /قصتي/, 'the new story is called “My story” in Arabic');
  assert.match(await header.innerText(), /المشهد 1/, 'and its first scene “Scene 1”');
  assert.equal(await page.locator('.ssp-scene-title').getAttribute('dir'), 'rtl');
  await page.evaluate(() => document.fonts.ready);
  const used = await fontsUsed(page, '.ssp-header');
  assert.ok(used.includes('Noto Sans Arabic'), `the story's title is drawn in Noto Sans Arabic: ${used.join(', ')}`);
  // The player's buttons mirror: Back, Start again and Menu are at the top left.
  const toolbar = (await page.locator('.ssp-toolbar').boundingBox())!;
  assert.ok(toolbar.x < 640, `the toolbar is on the left: x=${toolbar.x}`);
  await shot(page, 'languages-player-ar');
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('a published story site carries every font its player CSS names (Noto Sans Arabic and Malayalam too)', () => {
  // "Publish" copies every file of the relative-URL player build listed in files.json (src/publish/site.ts).
  const site = resolve(ROOT, process.env.STORYSCAPE_DIST ?? 'dist', 'player-site');
  const files = new Set((JSON.parse(readFileSync(resolve(site, 'files.json'), 'utf8')) as { files: string[] }).files);
  const fonts: string[] = [];
  for (const css of [...files].filter((f) => f.endsWith('.css'))) {
    for (const m of readFileSync(resolve(site, css), 'utf8').matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
      const url = m[1]!;
      if (url.startsWith('data:')) continue;
      assert.doesNotMatch(url, /^(https?:)?\/\//, `${css} loads ${url} from elsewhere`);
      const path = posix.normalize(posix.join(posix.dirname(css), url));
      assert.ok(files.has(path), `${css} names ${url}, which the site would not have`);
      fonts.push(path);
    }
  }
  for (const name of ['noto-sans-arabic-arabic-400', 'noto-sans-arabic-arabic-700', 'noto-sans-malayalam-malayalam-400', 'noto-sans-malayalam-malayalam-700']) {
    assert.ok(fonts.some((f) => f.includes(name) && f.endsWith('.woff2')), `${name} is in the site: ${fonts.join(', ')}`);
  }
});

test('the editor: add a language, write every text side by side, missing translations are problems until written', async () => {
  const { page, context, errors } = await newPage(app.browser);
  await page.goto(app.server.url);
  await page.getByRole('button', { name: 'New story', exact: true }).click();
  await page.waitForURL(/\/edit\/story-/);
  await page.locator('.story-map[data-ready="true"]').waitFor();
  await page.getByLabel('Add a language').selectOption('nb');
  await page.locator('.localized.is-multi').first().waitFor();

  // One title field per language, side by side, each labelled and marked with its language.
  const en = page.getByLabel('Story title (English)');
  const nb = page.getByLabel('Story title (Norwegian Bokmål)');
  assert.equal(await nb.getAttribute('lang'), 'nb');
  const [enBox, nbBox] = [(await en.boundingBox())!, (await nb.boundingBox())!];
  assert.ok(nbBox.x >= enBox.x + enBox.width && Math.abs(enBox.y - nbBox.y) < enBox.height * 2, `the fields are side by side: ${JSON.stringify([enBox, nbBox])}`);
  const missing = page.locator('.problem-text', { hasText: /story's title is not written in Norwegian Bokmål/ });
  await openProblemKinds(page);
  await missing.waitFor();

  await nb.fill('Min historie');
  await missing.waitFor({ state: 'detached' });
  // An Arabic field is typed right to left, even in the English editor.
  await page.getByLabel('Add a language').selectOption('ar');
  assert.equal(await page.getByLabel('Story title (Arabic)').getAttribute('dir'), 'rtl');
  await page.getByRole('button', { name: 'Remove Arabic' }).click();
  await page.getByLabel('Story title (Arabic)').waitFor({ state: 'detached' });
  await page.locator('.save-state.saved').waitFor({ timeout: 15_000 });
  await shot(page, 'languages-editor-two-languages');

  // The player offers both languages, and shows the Norwegian title when Norwegian is chosen.
  const id = new URL(page.url()).pathname.split('/').pop()!;
  await page.goto(new URL(`play/${id}`, app.server.url).href);
  await page.locator('.ssp-header').waitFor();
  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByLabel('Language').selectOption('nb');
  await page.locator('.ssp-header', { hasText: 'Min historie' }).waitFor();

  // In the Norwegian UI, the editor's "things to check" are in Norwegian too, naming languages in Norwegian.
  await page.evaluate(() => localStorage.setItem('storyscape.uiLanguage', 'nb'));
  await page.goto(new URL(`edit/${id}`, app.server.url).href);
  await page.locator('.story-map[data-ready="true"]').waitFor();
  await page.getByRole('heading', { name: /Ting å sjekke/ }).waitFor();
  await openProblemKinds(page);
  await page.locator('.problem-text', { hasText: 'Historien har ingen slutt. Merk minst én scene som en slutt' }).waitFor();
  await page.locator('.problem-text', { hasText: /^Tittelen på scenen «.+» er ikke skrevet på norsk bokmål \(nb\) ennå\./ }).waitFor();
  const texts = await page.locator('.problem-text').allInnerTexts();
  assert.ok(texts.length >= 3, texts.join('\n'));
  assert.deepEqual(texts.filter((t) => /\b(the|is not written|has no|Add)\b/.test(t)), [], 'no problem is left in English');
  await shot(page, 'languages-editor-problems-nb');
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});
