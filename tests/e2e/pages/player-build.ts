/**
 * Node-side helpers for the standalone player (player.html): a production build of that entry
 * alone, a published-site folder around it, and JPEG panoramas drawn by Chromium.
 * Used by tests/e2e/player-standalone.test.ts and bench/suites/player.bench.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, loadConfigFromFile } from 'vite';
import { ROOT } from '../lib/app.ts';
import { loadStory, serializeStory } from '../../../src/story/io/load.ts';

/**
 * Builds player.html (production, minified) with the project's Vite config into a new temp folder,
 * with relative URLs (base './'), as a published story site needs: it may live in any subfolder.
 */
export async function buildStandalonePlayer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'storyscape-player-'));
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, resolve(ROOT, 'vite.config.ts'));
  const config = loaded?.config ?? {};
  await build({
    ...config,
    root: ROOT,
    base: './',
    configFile: false,
    logLevel: 'error',
    build: {
      ...config.build,
      outDir,
      emptyOutDir: true,
      rolldownOptions: { ...config.build?.rolldownOptions, input: { player: resolve(ROOT, 'player.html') } },
    },
  });
  return outDir;
}

/**
 * A published-site folder: the built player plus story.json and assets/<sha>.<ext>. A story given
 * as a value is written as publish writes it (checked, then serializeStory); text is written as is.
 */
export function publishSite(playerDir: string, storyJson: unknown, assets: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'storyscape-site-'));
  cpSync(playerDir, dir, { recursive: true });
  if (storyJson !== undefined) {
    const checked = typeof storyJson === 'string' ? null : loadStory(storyJson);
    const text = typeof storyJson === 'string' ? storyJson : checked?.ok ? serializeStory(checked.story) : JSON.stringify(storyJson, null, 2) + '\n';
    writeFileSync(join(dir, 'story.json'), text);
  }
  mkdirSync(join(dir, 'assets'), { recursive: true });
  for (const [name, bytes] of Object.entries(assets)) writeFileSync(join(dir, 'assets', name), bytes);
  return dir;
}

export interface PanoramaSpec {
  width: number;
  hue: number;
  label: string;
}

/** Draws labelled hue-band panoramas in Chromium and returns them as JPEG bytes (quality 0.85). */
export async function drawJpegs(browser: Browser, specs: PanoramaSpec[]): Promise<Buffer[]> {
  const page = await browser.newPage();
  try {
    const out: Buffer[] = [];
    for (const s of specs) {
      const b64 = (await page.evaluate(`(async () => {
        const s = ${JSON.stringify(s)};
        const c = document.createElement('canvas');
        c.width = s.width; c.height = s.width / 2;
        const g = c.getContext('2d');
        const grad = g.createLinearGradient(0, 0, 0, c.height);
        grad.addColorStop(0, 'hsl(' + s.hue + ' 60% 78%)');
        grad.addColorStop(0.5, 'hsl(' + s.hue + ' 55% 45%)');
        grad.addColorStop(1, 'hsl(' + s.hue + ' 45% 18%)');
        g.fillStyle = grad; g.fillRect(0, 0, c.width, c.height);
        let seed = 7;
        for (let i = 0; i < 4000; i++) {
          seed = (seed * 16807) % 2147483647;
          g.fillStyle = 'rgba(255,255,255,' + ((seed % 100) / 900) + ')';
          g.fillRect(seed % c.width, (seed >> 8) % c.height, 3 + (seed % 40), 2 + (seed % 9));
        }
        g.strokeStyle = 'rgba(255,255,255,0.35)'; g.lineWidth = Math.max(1, s.width / 1024);
        for (let i = 0; i <= 24; i++) { const x = i / 24 * c.width; g.beginPath(); g.moveTo(x, 0); g.lineTo(x, c.height); g.stroke(); }
        for (let i = 1; i < 12; i++) { const y = i / 12 * c.height; g.beginPath(); g.moveTo(0, y); g.lineTo(c.width, y); g.stroke(); }
        g.fillStyle = 'rgba(255,255,255,0.9)'; g.font = '700 ' + (s.width / 14) + 'px sans-serif';
        g.textAlign = 'center'; g.textBaseline = 'middle';
        for (let q = 0; q < 4; q++) g.fillText(s.label, (q + 0.5) / 4 * c.width, c.height / 2);
        const blob = await new Promise((ok) => c.toBlob(ok, 'image/jpeg', 0.85));
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
        return btoa(bin);
      })()`)) as string;
      out.push(Buffer.from(b64, 'base64'));
    }
    return out;
  } finally {
    await page.close();
  }
}
