import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { callSource, findSource, recordErrors, waitForElement, type Key, type Tab } from './tab.ts';
import { startPulse } from './pulse.ts';
import { startXvfb } from './xvfb.ts';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';

/** The W3C WebDriver key codes of the keys the tests press. */
const KEYS: Record<Key, string> = { Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C' };
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A free port on 127.0.0.1 (WebKitWebDriver needs a number; the OS picks it through port 0). */
const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

/** Longest wait for WebKitWebDriver to open a new session (its MiniBrowser window). */
const SESSION_START_MS = Number(process.env.WEBKIT_SESSION_START_MS ?? 90_000);

/** WebKitWebDriver on a free port of 127.0.0.1, in its own process group (so its MiniBrowsers stop with it). */
async function startDriver(display: string, pulseServer: string): Promise<{ base: string; stop(): Promise<void> }> {
  const port = await freePort();
  const env = { ...process.env, DISPLAY: display, PULSE_SERVER: pulseServer };
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: 'ignore', detached: true });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (driver.exitCode !== null || driver.signalCode !== null) return;
    const gone = new Promise((ok) => driver.once('exit', ok));
    try {
      process.kill(-driver.pid!, 'SIGTERM');
    } catch {
      driver.kill();
    }
    await Promise.race([gone, new Promise((ok) => setTimeout(ok, 5000))]);
    try {
      process.kill(-driver.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  try {
    for (let i = 0; ; i++) {
      const up = await fetch(`${base}/status`).then((r) => r.ok, () => false);
      if (up) break;
      if (i > 100 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start on ${base}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, stop };
}

/**
 * WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver and its MiniBrowser), the engine of Safari's
 * family, driven over classic W3C WebDriver with a small client here (WebKitGTK speaks no BiDi: it
 * refuses `webSocketUrl`). It needs a display: a private Xvfb. Its sound goes to a private PulseAudio
 * server with a null output, as Firefox's does, so the narration (and the captions that follow it)
 * does not depend on whatever sound output this machine has. Fails loudly when any of these is missing.
 * On a busy machine WebKitWebDriver sometimes never answers a new session (its MiniBrowser does not
 * come up): after SESSION_START_MS the driver is restarted and the session asked for once more.
 */
export async function launchWebKit(): Promise<{ newTab(): Promise<Tab>; close(): Promise<void> }> {
  if (!existsSync(WEBKIT_DRIVER)) throw new Error(`WebKitWebDriver is missing at ${WEBKIT_DRIVER}. Install it: apt-get install -y webkit2gtk-driver`);
  const x = await startXvfb();
  const pulse = await startPulse().catch(async (e: unknown) => {
    await x.close();
    throw e;
  });
  let driver = await startDriver(x.display, pulse.server).catch(async (e: unknown) => {
    await Promise.all([x.close(), pulse.close()]);
    throw e;
  });
  const sessions: Tab[] = [];
  return {
    newTab: async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          const tab = await webkitTab(driver.base, AbortSignal.timeout(SESSION_START_MS));
          sessions.push(tab);
          return tab;
        } catch (e) {
          if (attempt >= 2 || (e as Error).name !== 'TimeoutError') throw e;
          console.log(`# webkit: no new session within ${SESSION_START_MS / 1000} s; WebKitWebDriver restarted`);
          await driver.stop();
          driver = await startDriver(x.display, pulse.server);
        }
      }
    },
    close: async () => {
      for (const s of sessions) await s.close().catch(() => {});
      await driver.stop();
      await Promise.all([x.close(), pulse.close()]);
    },
  };
}

/** One WebDriver session (its own MiniBrowser window) at a 1280×720 viewport. */
async function webkitTab(base: string, startSignal: AbortSignal): Promise<Tab> {
  const call = async (method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<unknown> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
    const json = (await res.json()) as { value: unknown };
    const value = json.value as { error?: string; message?: string } | null;
    if (!res.ok || (value && typeof value === 'object' && 'error' in value && value.error)) {
      throw new Error(`webkit: ${method} ${path}: ${value?.error} ${value?.message ?? ''}`);
    }
    return json.value;
  };
  const created = (await call('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser' } } }, startSignal)) as { sessionId: string };
  const s = `/session/${created.sessionId}`;
  await call('POST', `${s}/timeouts`, { script: 120_000, pageLoad: 120_000 });
  // The window includes no browser chrome in automation mode; size it so the page gets 1280×720.
  await call('POST', `${s}/window/rect`, { width: 1280, height: 720 });

  const evaluateSource = async (source: string): Promise<unknown> => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => ${source}).then((v) => done({ ok: v === undefined ? null : v }), (e) => done({ err: String(e && e.stack || e) }));`;
    const r = (await call('POST', `${s}/execute/async`, { script, args: [] })) as { ok?: unknown; err?: string };
    if (r.err) throw new Error(`webkit page: ${r.err}`);
    return r.ok;
  };
  const element = async (css: string, text?: string, hidden = false): Promise<string> => {
    if (!hidden) await waitForElement(tab, css, text);
    const ref = (await call('POST', `${s}/execute/sync`, { script: `return ${findSource(css, text, hidden)};`, args: [] })) as Record<string, string> | null;
    if (!ref?.[ELEMENT]) throw new Error(`webkit: no ${css} “${text ?? ''}”`);
    return ref[ELEMENT];
  };
  let closed = false;
  const tab: Tab = {
    browserName: 'webkit',
    goto: async (url) => {
      await call('POST', `${s}/url`, { url });
      await tab.evaluate(recordErrors);
    },
    evaluate: (fn, ...args) => evaluateSource(callSource(fn as (...a: never[]) => unknown, args)) as never,
    evaluateSource,
    click: async (css, text) => void (await call('POST', `${s}/element/${await element(css, text)}/click`, {})),
    clickAt: async (css, fx, fy) => {
      const id = await element(css);
      const box = (await call('GET', `${s}/element/${id}/rect`)) as { width: number; height: number };
      // Pointer offsets are from the element's middle (W3C WebDriver "element" origin).
      const x = Math.round(box.width * (fx - 0.5));
      const y = Math.round(box.height * (fy - 0.5));
      await call('POST', `${s}/actions`, {
        actions: [
          {
            type: 'pointer',
            id: 'mouse',
            parameters: { pointerType: 'mouse' },
            actions: [
              { type: 'pointerMove', origin: { [ELEMENT]: id }, x, y, duration: 0 },
              { type: 'pointerDown', button: 0 },
              { type: 'pointerUp', button: 0 },
            ],
          },
        ],
      });
      await call('DELETE', `${s}/actions`);
    },
    press: async (key) => {
      const value = KEYS[key];
      await call('POST', `${s}/actions`, {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
      });
    },
    screenshot: async (css) => Buffer.from((await call('GET', `${s}/element/${await element(css)}/screenshot`)) as string, 'base64'),
    setFile: async (css, path) => void (await call('POST', `${s}/element/${await element(css, undefined, true)}/value`, { text: path })),
    errors: async () => ((await tab.evaluate(() => (window as unknown as { __tabErrors?: string[] }).__tabErrors ?? [])) as string[]),
    close: async () => {
      if (closed) return;
      closed = true;
      await call('DELETE', s).catch(() => {});
    },
  };
  return tab;
}
