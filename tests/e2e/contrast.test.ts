import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { newPage } from './lib/browser.ts';
import { builtAppForTests } from './lib/editor.ts';

// Text contrast as the app ships it (WCAG 2.2 AA, 1.4.3): every visible piece of text on the library,
// the player (with its panels open) and the editor is measured from the browser's computed styles, with
// translucent panels composed over the worst picture behind them (pure white and pure black). A colour
// changed in any shipped CSS file makes this fail; nothing here repeats a colour from the CSS.

const app = builtAppForTests();

interface Low {
  text: string;
  ratio: number;
  needed: number;
  colour: string;
  over: string;
}

/** Every visible text whose contrast is below AA (4.5:1, or 3:1 for large text), on this page now. */
function lowContrast(page: Page): Promise<Low[]> {
  return page.evaluate(() => {
    type Rgba = [number, number, number, number];
    const parse = (css: string): Rgba => {
      const m = css.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const parts = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
      return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
    };
    const over = (top: Rgba, under: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const luminance = (c: Rgba) => {
      const [r, g, b] = [c[0], c[1], c[2]].map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: Rgba, b: Rgba) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const hex = (c: Rgba) => '#' + [c[0], c[1], c[2]].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

    /** The backgrounds from the element up to the page, as layers from the bottom. */
    const layers = (el: Element): { colours: Rgba[]; opacity: number } => {
      const colours: Rgba[] = [];
      let opacity = 1;
      for (let n: Element | null = el; n; n = n.parentElement) {
        const s = getComputedStyle(n);
        opacity *= Number(s.opacity);
        const bg = parse(s.backgroundColor);
        if (bg[3] > 0) colours.unshift(bg);
        if (bg[3] >= 1) break;
      }
      return { colours, opacity };
    };

    const low: { text: string; ratio: number; needed: number; colour: string; over: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent?.trim()) continue;
      seen.add(el);
      if (el.closest('[aria-hidden="true"], [hidden], .sr-only, .visually-hidden, :disabled, [aria-disabled="true"], script, style, noscript')) continue;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (s.visibility !== 'visible' || box.width < 2 || box.height < 2 || s.clip === 'rect(0px, 0px, 0px, 0px)' || s.clipPath === 'inset(50%)') continue;
      if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) continue;
      const { colours, opacity } = layers(el);
      const fg = parse(s.color);
      fg[3] *= opacity;
      const size = parseFloat(s.fontSize);
      const bold = Number(s.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      // Below the panels: the page, or the picture (worst case: pure white, then pure black).
      const backdrops: Rgba[] = colours[0]?.[3] === 1 ? [[0, 0, 0, 1]] : [[255, 255, 255, 1], [0, 0, 0, 1]];
      for (const backdrop of backdrops) {
        const bg = colours.reduce<Rgba>((under, top) => over(top, under), backdrop);
        const r = ratio(over(fg, bg), bg);
        if (r < needed) {
          low.push({ text: node.textContent.trim().slice(0, 60), ratio: Math.round(r * 100) / 100, needed, colour: s.color, over: hex(bg) });
          break;
        }
      }
    }
    return low;
  });
}

async function check(page: Page, where: string): Promise<void> {
  // Measure what stays on screen: let fades and slides that end, end (at most 5 s).
  await page.evaluate(() =>
    Promise.race([
      Promise.all(document.getAnimations().filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity)).map((a) => a.finished.catch(() => {}))),
      new Promise((r) => setTimeout(r, 5000)),
    ]),
  );
  const low = await lowContrast(page);
  assert.deepEqual(low, [], `${where}: text below WCAG AA contrast:\n${low.map((l) => `  "${l.text}" ${l.colour} over ${l.over}: ${l.ratio} < ${l.needed}`).join('\n')}`);
}

test('every visible text on the library, the player and its panels, and the editor meets WCAG AA contrast', async () => {
  const { page, errors, context } = await newPage(app.browser);
  try {
    await page.goto(app.server.url);
    const play = page.getByRole('button', { name: 'Play “The Long Way Round”' }).first();
    await play.waitFor({ timeout: 30_000 });
    await check(page, 'library');

    await play.click();
    await page.locator('.ssp-scene-title').filter({ hasText: 'The Town Square' }).waitFor({ timeout: 120_000 });
    await check(page, 'player');
    const menu = page.getByRole('button', { name: /menu/i }).first();
    await menu.click();
    await check(page, 'player menu');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Take the lane to the harbour/ }).click();
    await page.locator('.ssp-scene-title').filter({ hasText: 'The Harbour' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: /Walk up past the boathouses to the hill/ }).click();
    await check(page, 'player at the ending place');
    await page.getByRole('button', { name: 'The end — see the ending' }).click({ timeout: 60_000 });
    await page.locator('dialog.ssp-ending[open]').waitFor({ timeout: 60_000 });
    await check(page, 'player ending');

    await page.goto(app.server.url);
    await page.getByRole('button', { name: /Copy the sample to change it/ }).first().click();
    await page.waitForURL(/\/edit\//);
    await page.locator('.story-map[data-ready="true"]').waitFor({ timeout: 60_000 });
    await check(page, 'editor');
    await page.locator('.scene-node').first().click();
    await check(page, 'editor with a scene open');
    assert.deepEqual(errors, [], 'no console errors');
  } finally {
    await context.close();
  }
});
