/**
 * What the side-by-side suites that load each player in a fresh browser share (sizes-compare and
 * video-compare): the order of the loads, one page per load with its errors kept, and medians.
 * compare.bench.ts runs the shared harness's own loop instead.
 */
import type { Browser, Page } from 'playwright-core';

export type Figures = Record<string, { value: number; unit: string; note?: string }>;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Every load of a run: `runs` times each size, each player in turn (players alternate within a run,
 * so a busier moment of the machine does not fall on one player only). The server is closed at the end.
 */
export async function eachLoad<A, Size, S>(
  runs: number,
  sizes: readonly Size[],
  adapters: readonly A[],
  measure: (a: A, size: Size) => Promise<S>,
  server: { close(): Promise<unknown> },
): Promise<S[]> {
  const samples: S[] = [];
  try {
    for (let r = 0; r < runs; r++) for (const size of sizes) for (const a of adapters) samples.push(await measure(a, size));
  } finally {
    await server.close();
  }
  return samples;
}

/**
 * One load in a browser of its own: a page at `viewport` with `script` run before the page's own,
 * then `body`. Returns what went wrong (the first line of the error and the page's first two
 * errors), or undefined. The browser is closed in every case.
 */
export async function inFreshPage(
  browser: Browser,
  viewport: { width: number; height: number },
  script: string,
  body: (page: Page) => Promise<void>,
): Promise<string | undefined> {
  const errors: string[] = [];
  try {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    await context.addInitScript({ content: script });
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text().slice(0, 200)));
    await body(page);
    return undefined;
  } catch (e) {
    return [(e as Error).message.split('\n')[0], ...errors.slice(0, 2)].join(' | ');
  } finally {
    await browser.close().catch(() => {});
  }
}
