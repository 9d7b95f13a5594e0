/**
 * Makes the pictures of the room-hub guide (docs/room/*.png): real screenshots of Storyscape's
 * pages in Chromium against a real hub on 127.0.0.1, and of Chromium's own certificate warning
 * (the page Chrome on Android shows, and the Quest Browser, built on the same engine, shows alike).
 * Run after `npx vite build`: node --import tsx scripts/make-room-pictures.ts
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { Room, startSessionInBrowser, waitForSaveState } from '../tests/e2e/lib/room.ts';

const OUT = resolve(import.meta.dirname, '../docs/room');
const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures/media');

/** A screenshot, made smaller (these go into the repository). */
async function picture(page: Page, name: string, clip?: { x: number; y: number; width: number; height: number }) {
  const png = await page.screenshot(clip ? { clip } : {});
  await sharp(png).png({ palette: true, quality: 80, compressionLevel: 9 }).toFile(join(OUT, `${name}.png`));
  console.log(`docs/room/${name}.png`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'storyscape-room-pictures-'));
  const room = await Room.start(join(work, 'data'));
  try {
    // The hub laptop: start a session, then the big screen.
    const hubLaptop = await room.device('hub-laptop');
    await hubLaptop.page.getByRole('heading', { name: 'Start a session' }).waitFor();
    await hubLaptop.page.getByLabel('Name of the session').fill('Thursday group');
    await picture(hubLaptop.page, 'start-session');
    const code = await startSessionInBrowser(hubLaptop.page);
    await hubLaptop.page.getByRole('button', { name: 'Show the join page' }).click();
    await hubLaptop.page.locator('.fingerprint-value').waitFor();
    await hubLaptop.page.setViewportSize({ width: 1280, height: 1000 });
    await picture(hubLaptop.page, 'join-page');

    // The same warning in a headset-sized window (the Quest Browser is Chromium too).
    const headset = await room.device('headset', '/', { acceptCertificate: false, serviceWorkers: 'block', scale: 1 });
    await headset.page.locator('#details-button').click();
    await headset.page.locator('#proceed-link').waitFor();
    await picture(headset.page, 'warning-headset-advanced');

    // A laptop makes a story; its phone sends photos from the QR.
    const laptop = await room.device('laptop', `/?join=${code.replace('-', '')}`);
    await laptop.page.getByRole('button', { name: 'New story' }).click();
    await laptop.page.waitForURL(/\/edit\//);
    const storyId = new URL(laptop.page.url()).pathname.split('/').pop()!;
    await laptop.page.locator('#story-title-input').fill('Our street');
    await waitForSaveState(laptop.page, 'Saved to the room');
    await picture(laptop.page, 'saved-to-the-room', { x: 0, y: 0, width: 1280, height: 120 });
    await laptop.page.getByRole('button', { name: 'Add photos from a phone' }).click();
    await laptop.page.getByRole('dialog', { name: 'Add photos from a phone' }).locator('img').waitFor();
    await picture(laptop.page, 'phone-qr');
    const address = await laptop.page.locator('.join-url').innerText();
    await laptop.page.getByRole('button', { name: 'Close' }).click();

    // The phone scans the QR and meets the certificate warning once: Advanced, then Proceed.
    const phone = await room.device('phone', address, { acceptCertificate: false, serviceWorkers: 'block', scale: 1 });
    await phone.page.locator('#details-button').waitFor();
    await picture(phone.page, 'warning-phone');
    await phone.page.locator('#details-button').click();
    await phone.page.locator('#proceed-link').waitFor();
    await picture(phone.page, 'warning-phone-advanced');
    await phone.page.locator('#proceed-link').click();
    await phone.page.getByRole('heading', { name: 'Add photos and sounds to “Our street”' }).waitFor();
    await phone.page.locator('input[type=file]').setInputFiles([join(FIXTURES, 'generated-pano.jpg'), join(FIXTURES, 'gps-photo.jpg')]);
    await phone.page.locator('.upload-item.is-done').nth(1).waitFor();
    await picture(phone.page, 'phone-page');
    try {
      await laptop.page.getByText('2 photos arrived from a phone').waitFor({ timeout: 60_000 });
      await waitForSaveState(laptop.page, 'Saved to the room');
      await picture(laptop.page, 'phone-photos-arrived');
    } catch (e) {
      console.error(`phone-photos-arrived not made: ${(e as Error).message.split('\n')[0]}`);
    }

    // The hub goes away for a moment: the editor says so, and sends when it is back.
    await room.kill9();
    await laptop.page.locator('#story-title-input').fill('Our street at night');
    await waitForSaveState(laptop.page, 'Saved on this laptop');
    await picture(laptop.page, 'saved-on-this-laptop', { x: 0, y: 0, width: 1280, height: 120 });
    await room.restart();
    await waitForSaveState(laptop.page, 'Saved to the room', 90_000);

    // The facilitator's page, and the end of the session.
    await hubLaptop.page.getByRole('button', { name: 'Facilitator page' }).click();
    await hubLaptop.page.locator(`tr[data-story-id="${storyId}"]`).waitFor();
    await hubLaptop.page.locator('.device-list li.online').filter({ hasText: 'Phone 1' }).waitFor({ timeout: 30_000 }).catch(() => undefined);
    await picture(hubLaptop.page, 'facilitator-page');
    await hubLaptop.page.getByRole('button', { name: 'End the session…' }).click();
    await hubLaptop.page.getByRole('dialog', { name: 'End the session' }).waitFor();
    await picture(hubLaptop.page, 'end-session');

    // The library of a joined laptop: "In this room" beside "On this laptop".
    await laptop.page.goto(new URL('/', room.hub.httpsUrl).href);
    await laptop.page.locator(`[data-room-story="${storyId}"]`).waitFor();
    await picture(laptop.page, 'library-in-this-room');
  } finally {
    await room.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
