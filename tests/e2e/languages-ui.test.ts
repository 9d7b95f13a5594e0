/**
 * The app's own words in Norwegian and Arabic, as a newcomer meets them: the library, the editor
 * with a scene open, and the publish dialog must show no English string the catalogue has a
 * translation for (text of another direction isolated); in Arabic also a room hub's pages (a real
 * hub process on 127.0.0.1): the facilitator's page with a group's story, its dialogs, the join
 * page and the admin page; the "Add a language" list names every language; and on a phone the
 * Language switch is never drawn on the logo.
 * Run: npx vite build --outDir /tmp/mine && STORYSCAPE_DIST=/tmp/mine node --import tsx --test tests/e2e/languages-ui.test.ts
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './lib/app.ts';
import { newPage } from './lib/browser.ts';
import { builtAppForTests } from './lib/editor.ts';
import { Device, killLeftoverHubs, startHubProcess } from './lib/hub.ts';
import { sendStory, storyWithPhoto } from './lib/hub-data.ts';
import { shot } from './pages/player-testing.ts';
import { en, type MessageKey } from '../../src/i18n/en.ts';
import { nb } from '../../src/i18n/nb.ts';
import { ar } from '../../src/i18n/ar.ts';

const app = builtAppForTests();
type Lang = 'nb' | 'ar';
const CATALOGUE: Record<Lang, Partial<Record<MessageKey, string>>> = { nb, ar };
const word = (lang: Lang, key: MessageKey, params: Record<string, string> = {}) =>
  (CATALOGUE[lang][key] ?? en[key]).replace(/\{(\w+)\}/g, (m, name: string) => params[name] ?? m);

/**
 * Every English catalogue string the language has its own words for (or should have), as a
 * whole-text pattern ("{count} scenes" matches "3 scenes"). Strings the language writes the
 * same way ("Storyscape", "Scene" in Norwegian) are left out.
 */
function englishPatterns(lang: Lang): Array<{ key: string; re: RegExp }> {
  const out: Array<{ key: string; re: RegExp }> = [];
  for (const [key, value] of Object.entries(en) as Array<[MessageKey, string]>) {
    if (CATALOGUE[lang][key] === value) continue;
    const literal = value.trim();
    if (literal.replace(/\{\w+\}/g, '').trim().length < 2) continue;
    const source = literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+');
    out.push({ key, re: new RegExp(`^${source}$`, 's') });
  }
  return out;
}

/**
 * The UI's visible words: text nodes (and aria-label, title, placeholder) of visible elements that
 * are not story content (story text carries its own lang attribute).
 */
function visibleUiText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ui = document.documentElement.lang;
    const isUi = (el: Element) => {
      const owner = el.closest('[lang]');
      return !owner || owner.getAttribute('lang') === ui;
    };
    const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const out = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.replace(/\s+/g, ' ').trim();
      if (!el || !text || el.closest('script, style, option:not(:checked)') || !shown(el) || !isUi(el)) continue;
      out.add(text);
      // A whole element's text too ("3 scenes" may be split over text nodes).
      const whole = el.textContent?.replace(/\s+/g, ' ').trim();
      if (whole && el.children.length > 0 && whole.length < 400) out.add(whole);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!shown(el) || !isUi(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(a)?.trim();
        if (v) out.add(v);
      }
    }
    return [...out];
  });
}

async function englishLeft(page: Page, lang: Lang, where: string, found: Map<string, string>) {
  const patterns = englishPatterns(lang);
  for (const shown of await visibleUiText(page)) {
    // English standing in for a missing string comes isolated (U+2066 … U+2069): look through the marks.
    const text = shown.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
    const hit = patterns.find((p) => p.re.test(text));
    if (hit && !found.has(hit.key)) found.set(hit.key, `${where}: “${text}”`);
  }
}

/** The library, the editor with its scene open, and the publish dialog, in `lang`; returns the English left on screen. */
async function walk(page: Page, lang: Lang): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  await page.goto(app.server.url);
  await page.evaluate((l) => localStorage.setItem('storyscape.uiLanguage', l), lang);
  await page.reload();
  await page.locator('#stories-heading').waitFor();
  await page.locator('.story-card').first().waitFor();
  await englishLeft(page, lang, 'library', found);
  await shot(page, `languages-ui-${lang}-library`);

  await page.getByRole('button', { name: word(lang, 'library.new'), exact: true }).click();
  await page.waitForURL(/\/edit\/story-/);
  await page.locator('.story-map[data-ready="true"]').waitFor();
  await page.locator('.save-state.saved').waitFor({ timeout: 15_000 });
  await englishLeft(page, lang, 'editor', found);
  // The scene open in the inspector.
  await page.locator('.react-flow__node').first().click();
  await page.locator('.eyebrow').first().waitFor();
  await englishLeft(page, lang, 'editor, scene open', found);
  await shot(page, `languages-ui-${lang}-editor`);

  await page.getByRole('button', { name: word(lang, 'library.publish'), exact: true }).first().click();
  const dialog = page.locator('dialog[open]');
  await dialog.waitFor();
  await englishLeft(page, lang, 'publish dialog', found);
  await shot(page, `languages-ui-${lang}-publish`);
  await page.keyboard.press('Escape');
  return found;
}

/** A page whose evaluate() callbacks may name inner functions (tsx keeps their names with a __name helper). */
async function open() {
  const opened = await newPage(app.browser);
  await opened.page.addInitScript('globalThis.__name = (f) => f');
  return opened;
}

const report = (found: Map<string, string>) => [...found].map(([key, where]) => `${key} (${where})`).join('\n');

test('Norwegian: the library, the editor and the publish dialog show no English; "Add a language" names every language', async () => {
  const { page, context, errors } = await open();
  const found = await walk(page, 'nb');
  assert.deepEqual(report(found), '', 'English strings left in the Norwegian UI');
  // No bare language code ("se") among the languages a story can get.
  await page.goto(app.server.url);
  await page.getByRole('button', { name: word('nb', 'library.new'), exact: true }).click();
  await page.locator('.story-map[data-ready="true"]').waitFor();
  const options = await page.getByLabel(word('nb', 'editor.addLanguage')).locator('option').allInnerTexts();
  assert.ok(options.length > 10, options.join(', '));
  assert.deepEqual(options.filter((o) => /^[a-z]{2,3}(-\w+)?$/i.test(o.trim())), [], `every language is named: ${options.join(', ')}`);
  assert.ok(options.includes('nordsamisk'), `Northern Sámi is named in Norwegian: ${options.join(', ')}`);
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('Arabic: the library, the editor and the publish dialog show no English; an English story sits beside the mirrored buttons, not under them', async () => {
  const { page, context, errors } = await open();
  const found = await walk(page, 'ar');
  assert.deepEqual(report(found), '', 'English strings left in the Arabic UI');
  // On the library's cards an English story's title and words keep their own direction (punctuation in place).
  await page.goto(app.server.url);
  const sampleTitle = page.locator('.story-card.featured h3');
  await sampleTitle.waitFor();
  assert.ok(await sampleTitle.evaluate((h) => h.matches(':dir(ltr)')), 'the English title reads left to right in the Arabic library');
  assert.ok(await page.locator('.story-card.featured h3 + p').evaluate((p) => p.matches(':dir(ltr)')), 'and so does its description');
  // The built-in sample (an English story) in the Arabic player: the title box keeps clear of the
  // mirrored toolbar, and its English names keep their own direction (punctuation in place).
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(new URL('play/sample', app.server.url).href);
    await page.locator('.ssp-scene-title').waitFor();
    const [header, toolbar] = [(await page.locator('.ssp-header').boundingBox())!, (await page.locator('.ssp-toolbar').boundingBox())!];
    assert.ok(header.x >= toolbar.x + toolbar.width || header.x + header.width <= toolbar.x, `${width}: the title is not under the buttons ${JSON.stringify({ header, toolbar })}`);
    assert.ok(header.x > toolbar.x, `${width}: right to left, the title is on the right`);
    assert.equal(await page.locator('.ssp-scene-title').getAttribute('dir'), 'ltr', 'the English scene title keeps its direction');
    await shot(page, `languages-ui-ar-player-${width}`);
  }
  assert.deepEqual(errors, [], errors.join('\n'));
  await context.close();
});

test('on a phone, the library\'s Language switch has its own place: never drawn on the logo or the name', async () => {
  for (const lang of ['en', 'ar'] as const) {
    for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) {
      const { page, context, errors } = await open();
      await page.setViewportSize(viewport);
      await page.goto(app.server.url);
      await page.evaluate((l) => localStorage.setItem('storyscape.uiLanguage', l), lang);
      await page.reload();
      await page.locator('#stories-heading').waitFor();
      const boxes = await page.evaluate(() => {
        const box = (s: string) => document.querySelector(s)!.getBoundingClientRect().toJSON() as DOMRect;
        const h1 = document.querySelector('.library-header h1')!;
        return { sw: box('.ui-language'), logo: box('.library-header h1 img'), name: box('.library-header h1'), overflows: h1.scrollWidth > h1.clientWidth + 1 };
      });
      const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      const at = `${lang} ${viewport.width}×${viewport.height}`;
      assert.ok(!overlap(boxes.sw, boxes.logo), `${at}: the switch is not on the logo ${JSON.stringify(boxes)}`);
      assert.ok(!overlap(boxes.sw, boxes.name), `${at}: the switch is not on the name ${JSON.stringify(boxes)}`);
      assert.equal(boxes.overflows, false, `${at}: the name fits its line`);
      if (viewport.width === 390) await shot(page, `languages-ui-phone-${lang}`);
      assert.deepEqual(errors, [], errors.join('\n'));
      await context.close();
    }
  }
});

test('Arabic: the room hub\'s facilitator page (/room), its dialogs, the join page and the admin page (/admin) show no English', async () => {
  const work = mkdtempSync(join(tmpdir(), 'storyscape-languages-room-'));
  const data = join(work, 'data');
  const admin = 'county library stories';
  const set = spawnSync(process.execPath, [join(ROOT, 'bin/storyscape.mjs'), 'hub', 'admin-passphrase', '--data', data], { input: `${admin}\n`, encoding: 'utf8' });
  assert.equal(set.status, 0, set.stderr);
  const hub = await startHubProcess(data);
  const { page, context, errors } = await open();
  const laptop = new Device(hub.httpsUrl, hub.ca);
  try {
    const found = new Map<string, string>();
    const ar = (key: MessageKey, params?: Record<string, string>) => word('ar', key, params);
    // The hub laptop's own browser (plain HTTP on 127.0.0.1), its UI language chosen in Arabic.
    await page.goto(new URL('room', hub.httpUrl).href);
    await page.evaluate(() => localStorage.setItem('storyscape.uiLanguage', 'ar'));
    await page.reload();
    await page.getByRole('heading', { name: ar('room.start.title') }).waitFor();
    await page.getByRole('button', { name: ar('room.start.submit') }).click();
    await page.getByRole('alert').filter({ hasText: ar('room.start.needName') }).waitFor();
    await englishLeft(page, 'ar', '/room, starting a session', found);

    await page.getByLabel(ar('room.start.name')).fill('مجموعة الخميس');
    await page.getByLabel(ar('room.start.passphrase')).fill('river stones');
    await page.getByRole('button', { name: ar('room.start.submit') }).click();
    await page.getByRole('heading', { name: ar('room.page.titleNamed', { name: 'مجموعة الخميس' }) }).waitFor();
    // A group's laptop joins and saves a story: the stories table and the devices list fill.
    const code = await page.evaluate(async () => ((await (await fetch('/api/hub')).json()) as { room: { code: string } }).room.code);
    assert.equal((await laptop.request('POST', '/api/join', { code })).status, 200);
    const { story, photo, hash } = storyWithPhoto('harbour-walk');
    assert.equal((await sendStory(laptop, story, new Map([[hash, photo]]), null)).json.status, 'saved');
    await page.locator('.room-table tr[data-story-id="harbour-walk"]').waitFor();
    await page.locator('.device-list li').nth(1).waitFor();
    // The names the hub gives devices are shown in Arabic too ("Hub laptop", "Laptop 1").
    for (const name of [ar('room.device.hubLaptop'), ar('room.device.laptop', { n: '1' })]) await page.locator('.device-list li strong', { hasText: name }).waitFor();
    await page.locator('.room-table td', { hasText: ar('room.device.laptop', { n: '1' }) }).waitFor();
    await englishLeft(page, 'ar', '/room, the facilitator page', found);
    await shot(page, 'languages-ui-ar-room', { fullPage: true });

    for (const [button, where] of [
      [ar('room.headset.button'), 'the headset QR dialog'],
      [ar('room.end.button'), 'the end-the-session dialog'],
    ] as const) {
      await page.locator('button', { hasText: button }).first().click();
      await page.locator('dialog[open]').waitFor();
      await englishLeft(page, 'ar', `/room, ${where}`, found);
      if (where === 'the end-the-session dialog') await shot(page, 'languages-ui-ar-room-end');
      await page.keyboard.press('Escape');
      await page.locator('dialog[open]').waitFor({ state: 'detached' });
    }

    await page.getByRole('button', { name: ar('room.page.showJoin') }).click();
    await page.getByRole('heading', { name: ar('room.join.warningTitle') }).waitFor();
    await englishLeft(page, 'ar', '/join', found);

    // The admin page: its log-in (a wrong passphrase first), the sessions, a session's stories, the consent form.
    await page.goto(new URL('admin', hub.httpUrl).href);
    await page.getByRole('heading', { name: ar('admin.login.title') }).waitFor();
    await page.getByLabel(ar('admin.login.passphrase')).fill('not the passphrase');
    await page.getByRole('button', { name: ar('admin.login.submit') }).click();
    await page.getByText(ar('admin.login.wrong')).waitFor();
    await englishLeft(page, 'ar', '/admin, logging in', found);
    await page.getByLabel(ar('admin.login.passphrase')).fill(admin);
    await page.getByRole('button', { name: ar('admin.login.submit') }).click();
    await page.locator('.admin-rooms td.admin-code').first().waitFor();
    await page.getByRole('button', { name: ar('admin.rooms.showStories') }).click();
    await page.getByRole('button', { name: ar('admin.rooms.collect') }).waitFor();
    await englishLeft(page, 'ar', '/admin', found);
    await shot(page, 'languages-ui-ar-admin', { fullPage: true });
    await page.getByRole('button', { name: ar('admin.rooms.collect') }).click();
    const form = page.getByRole('dialog');
    await form.getByRole('button', { name: ar('admin.form.save') }).click();
    await form.getByText(ar('admin.form.needBy')).waitFor();
    await englishLeft(page, 'ar', '/admin, the consent form', found);

    assert.deepEqual(report(found), '', 'English strings left in the Arabic room and admin pages');
    // The wrong admin passphrase is answered 403, which the browser logs; nothing else may go wrong.
    const unexpected = errors.filter((e) => !/^console: Failed to load resource: the server responded with a status of 403\b/.test(e));
    assert.deepEqual(unexpected, [], unexpected.join('\n'));
  } finally {
    await laptop.close();
    await context.close();
    await hub.stop();
    await killLeftoverHubs();
    rmSync(work, { recursive: true, force: true });
  }
});
