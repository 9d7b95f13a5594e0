/**
 * The little a browser test needs from a page, the same in every browser: Firefox (puppeteer-core over
 * WebDriver BiDi, lib/firefox.ts) and WebKitGTK (classic WebDriver, lib/webkit.ts). Chromium tests keep
 * playwright-core. Elements are found by CSS plus a piece of their text or aria-label, as a person
 * finds them; clicks and keys are real input from the driver, not dispatched events.
 */
export type Key = 'Tab' | 'Enter' | 'Escape';

export interface Tab {
  readonly browserName: string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (awaited) with JSON arguments and returns its JSON result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Evaluates an expression (from `callSource`) in the page, awaiting a promise. */
  evaluateSource(source: string): Promise<unknown>;
  /** Clicks the first shown element matching `css` whose text or aria-label includes `text`. */
  click(css: string, text?: string): Promise<void>;
  /** Clicks inside the element at a fraction of its width and height (0.5, 0.5 is its middle). */
  clickAt(css: string, fx: number, fy: number): Promise<void>;
  press(key: Key): Promise<void>;
  /** A PNG of what the element shows on screen. */
  screenshot(css: string): Promise<Buffer>;
  /** Chooses a file in an `<input type=file>` (shown or not), as the file picker would. */
  setFile(css: string, path: string): Promise<void>;
  /** Errors the page reported (uncaught errors and console.error) since it was opened. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * The element a person means, in page code (both drivers turn its result into an element handle):
 * the first match of `css` that is shown (unless `hidden` is allowed) and whose text includes `text`.
 */
export function findElement(css: string, text: string | null, hidden: boolean): Element | null {
  for (const el of document.querySelectorAll(css)) {
    const label = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`;
    if (text !== null && !label.includes(text)) continue;
    if (!hidden && el.getClientRects().length === 0) continue;
    return el;
  }
  return null;
}

/**
 * Page code that records uncaught errors and console.error into window.__tabErrors (WebDriver classic
 * has no console events); run after each navigation.
 */
export function recordErrors(): void {
  const w = window as unknown as { __tabErrors?: string[] };
  if (w.__tabErrors) return;
  const errors: string[] = (w.__tabErrors = []);
  addEventListener('error', (e) => errors.push(`pageerror: ${e.message}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason)}`));
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console: ${args.map(String).join(' ')}`);
    original(...args);
  };
}

/** The page code for `fn(...args)`, with tsx's `__name` helper defined (pages lack it). */
export const callSource = (fn: (...args: never[]) => unknown, args: unknown[]) =>
  `(globalThis.__name ??= (f) => f, (${fn.toString()})(...${JSON.stringify(args)}))`;

/**
 * Waits until `fn` (page code) returns something truthy and gives it back; fails after `timeout` ms
 * saying what it waited for. Polls every 100 ms, so the loop is bounded by the time.
 */
export async function waitUntil<T, A extends unknown[]>(
  tab: Tab,
  what: string,
  fn: (...args: A) => T | Promise<T>,
  args: A,
  timeout = 30_000,
): Promise<NonNullable<T>> {
  return waitForSource(tab, what, callSource(fn as (...a: never[]) => unknown, args), timeout) as Promise<NonNullable<T>>;
}

async function waitForSource(tab: Tab, what: string, source: string, timeout: number): Promise<unknown> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await tab.evaluateSource(source);
      if (value) return value;
      last = value;
    } catch (e) {
      last = e; // the page may be navigating
    }
    if (Date.now() > end) throw new Error(`${tab.browserName}: waited ${timeout} ms for ${what} (last: ${String(last)})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Page code that finds the element `css` + `text` (see findElement). */
export const findSource = (css: string, text: string | undefined, hidden = false) => callSource(findElement, [css, text ?? null, hidden]);

/** Waits for the element (`css` + `text`) to be shown. */
export const waitForElement = (tab: Tab, css: string, text?: string, timeout = 30_000) =>
  waitForSource(tab, `${css}${text ? ` “${text}”` : ''} to show`, `${findSource(css, text)} !== null`, timeout);
