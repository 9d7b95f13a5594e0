import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launch } from './browser.ts';
import { killLeftoverHubs, startHubProcess, type HubProcess } from './hub.ts';

/**
 * Browser devices in a room, against a real hub process on 127.0.0.1: the hub laptop (its own
 * browser on plain HTTP), other laptops, a phone (mobile emulation) and a Quest headset (iwer's
 * emulated Quest 3, installed before the app loads), each a browser context of its own (own
 * cookies, own IndexedDB), the HTTPS ones accepting the hub's self-signed certificate.
 */
export type Kind = 'hub-laptop' | 'laptop' | 'phone' | 'headset';

export interface RoomDevice {
  kind: Kind;
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** The app's address on this device (http for the hub laptop, https otherwise). */
  base: string;
}

export { INSTALL_HEADSET, QUEST_UA } from './headset.ts';
import { INSTALL_HEADSET, QUEST_UA } from './headset.ts';

/** Nothing may leave this machine: every request not to 127.0.0.1/localhost fails the test. */
async function localOnly(context: BrowserContext, errors: string[]) {
  await context.route(/^(?!(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]|data:|blob:)/, (route) => {
    errors.push(`external request blocked: ${route.request().url()}`);
    return route.abort();
  });
}

export class Room {
  readonly devices: RoomDevice[] = [];
  private constructor(
    readonly browser: Browser,
    public hub: HubProcess,
    readonly dataDir: string,
  ) {}

  static async start(dataDir: string): Promise<Room> {
    const hub = await startHubProcess(dataDir);
    const browser = await launch().catch(async (e) => {
      await hub.stop();
      throw e;
    });
    return new Room(browser, hub, dataDir);
  }

  /** A new device (its own browser context) with the app open at `path` (e.g. "/?join=ABCDEF"). */
  async device(kind: Kind, path = '/', options: { serviceWorkers?: 'allow' | 'block'; acceptCertificate?: boolean; scale?: number } = {}): Promise<RoomDevice> {
    const base = kind === 'hub-laptop' ? this.hub.httpUrl : this.hub.httpsUrl;
    const emulation = kind === 'phone' ? devices['Pixel 7'] : kind === 'headset' ? { userAgent: QUEST_UA, viewport: { width: 1280, height: 720 } } : { viewport: { width: 1280, height: 800 } };
    const context = await this.browser.newContext({
      ...emulation,
      // As if "Continue anyway" had been chosen once (scripts/make-room-pictures.ts shows the warning itself).
      ignoreHTTPSErrors: kind !== 'hub-laptop' && options.acceptCertificate !== false,
      ...(options.scale ? { deviceScaleFactor: options.scale } : {}),
      acceptDownloads: true,
      serviceWorkers: options.serviceWorkers ?? 'allow',
      locale: 'en-GB',
    });
    const errors: string[] = [];
    await localOnly(context, errors);
    // "Save as" windows cannot be answered in a test: exports become ordinary downloads.
    await context.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
    if (kind === 'headset') await context.addInitScript(INSTALL_HEADSET);
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    const device: RoomDevice = { kind, context, page, errors, base };
    this.devices.push(device);
    await page.goto(new URL(path, base).href).catch((e: Error) => {
      if (options.acceptCertificate !== false) throw e; // else: the browser's certificate warning is showing
    });
    return device;
  }

  /** kill -9, then (optionally) the hub again on the same ports: the devices' addresses stay valid. */
  async kill9(): Promise<void> {
    await this.hub.kill9();
  }

  async restart(): Promise<void> {
    const https = Number(new URL(this.hub.httpsUrl).port);
    const http = Number(new URL(this.hub.httpUrl).port);
    this.hub = await startHubProcess(this.dataDir, {}, { port: https, httpPort: http });
  }

  async close(): Promise<void> {
    await Promise.allSettled(this.devices.map((d) => d.context.close()));
    await this.browser.close().catch(() => undefined);
    await this.hub.stop();
  }
}

/**
 * One hub process and one browser for a whole test file (shared by its tests to keep the suite's
 * wall time down): started before the first test in a fresh folder, stopped after the last.
 */
export function roomForFile(name: string, started: (room: Room, work: string) => void): void {
  let work = '';
  let room: Room | undefined;
  before(async () => {
    work = mkdtempSync(join(tmpdir(), `storyscape-room-${name}-`));
    room = await Room.start(join(work, 'data'));
    started(room, work);
  });
  after(async () => {
    await room?.close();
    await killLeftoverHubs();
    rmSync(work, { recursive: true, force: true });
  });
}

/** Starts a session from the hub laptop's library (the first visit's form); returns the join code "ABC-DEF". */
export async function startSessionInBrowser(laptop: Page, name = 'Thursday group', passphrase = 'river stones'): Promise<string> {
  await laptop.getByLabel('Name of the session').fill(name);
  await laptop.getByLabel('Facilitator passphrase').fill(passphrase);
  await laptop.getByRole('button', { name: 'Start the session' }).click();
  await laptop.getByText(`In the room “${name}” as Hub laptop.`).waitFor();
  const info = await laptop.evaluate(async () => (await (await fetch('/api/hub')).json()) as { room: { code: string } });
  return info.room.code;
}

/** The editor's save status text, once it matches. */
export async function waitForSaveState(page: Page, text: string | RegExp, timeout = 60_000): Promise<void> {
  await page.locator('.editor-toolbar .save-state').filter({ hasText: text }).waitFor({ timeout });
}
