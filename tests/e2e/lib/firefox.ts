import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { callSource, findSource, waitForElement, type Key, type Tab } from './tab.ts';
import { startPulse } from './pulse.ts';
import { startXvfb } from './xvfb.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (no geckodriver, no browser
 * download). It runs in a private Xvfb display rather than headless: headless Firefox finds no GL
 * driver here ("Exhausted GL driver options"), with a display it gets Mesa's llvmpipe, so WebGL is
 * tested as readers get it. Sound goes to a private PulseAudio server with a null output: Firefox
 * starts no sound without a sound server. Fails loudly (never skips) when Firefox, Xvfb or
 * PulseAudio is missing.
 */
export async function launchFirefox(): Promise<{ newTab(): Promise<Tab>; close(): Promise<void> }> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox is missing at ${FIREFOX}. Install it: apt-get install -y firefox-esr`);
  const x = await startXvfb();
  const pulse = await startPulse().catch(async (e: unknown) => {
    await x.close();
    throw e;
  });
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: false,
      env: { ...process.env, DISPLAY: x.display, PULSE_SERVER: pulse.server },
      defaultViewport: { width: 1280, height: 720, deviceScaleFactor: 1 },
      // Nothing may load from the internet: no update checks, no telemetry, no Pocket.
      extraPrefsFirefox: { 'network.proxy.type': 0, 'app.update.enabled': false, 'browser.safebrowsing.malware.enabled': false },
    });
  } catch (e) {
    await Promise.all([x.close(), pulse.close()]);
    throw e;
  }
  return {
    newTab: async () => firefoxTab(await browser.newPage()),
    close: async () => {
      await browser.close().catch(() => {});
      await Promise.all([x.close(), pulse.close()]);
    },
  };
}

function firefoxTab(page: Page): Tab {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  const element = async (css: string, text?: string, hidden = false): Promise<ElementHandle<Element>> => {
    if (!hidden) await waitForElement(tab, css, text);
    const handle = (await page.evaluateHandle(findSource(css, text, hidden))).asElement() as ElementHandle<Element> | null;
    if (!handle) throw new Error(`firefox: no ${css} “${text ?? ''}”`);
    return handle;
  };
  const tab: Tab = {
    browserName: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    evaluate: (fn, ...args) => page.evaluate(callSource(fn as (...a: never[]) => unknown, args)) as never,
    evaluateSource: (source) => page.evaluate(source),
    click: async (css, text) => (await element(css, text)).click(),
    clickAt: async (css, fx, fy) => {
      const box = (await (await element(css)).boundingBox())!;
      await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    },
    press: (key: Key) => page.keyboard.press(key),
    screenshot: async (css) => Buffer.from(await (await element(css)).screenshot()),
    setFile: async (css, path) => (await element(css, undefined, true) as ElementHandle<HTMLInputElement>).uploadFile(path),
    errors: async () => [...errors],
    close: () => page.close(),
  };
  return tab;
}
