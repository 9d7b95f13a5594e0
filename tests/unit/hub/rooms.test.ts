import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatJoinCode, JOIN_CODE_ALPHABET, makeJoinCode, normalizeJoinCode } from '../../../src/live/codes.ts';
import { hashPassphrase, verifyPassphrase } from '../../../src/hub/passphrase.ts';
import { TryLimiter } from '../../../src/hub/rate-limit.ts';
import { Rooms, tokenHash } from '../../../src/hub/rooms.ts';
import { openSqliteStore } from '../../../src/hub/store/sqlite/index.ts';
import { HubError } from '../../../src/hub/errors.ts';
import type { HubStore } from '../../../src/hub/store/types.ts';

describe('join codes', () => {
  it('use no look-alike characters and read forgivingly', () => {
    for (const c of '01OIL') expect(JOIN_CODE_ALPHABET).not.toContain(c);
    expect(normalizeJoinCode(' abc-def ')).toBe('ABCDEF');
    expect(normalizeJoinCode('abc def')).toBe('ABCDEF');
    expect(normalizeJoinCode('ABCDE')).toBeNull();
    expect(normalizeJoinCode('ABCDE0')).toBeNull(); // zero is never in a code
    expect(formatJoinCode('ABCDEF')).toBe('ABC-DEF');
    let i = 0;
    expect(makeJoinCode(() => i++ % JOIN_CODE_ALPHABET.length)).toBe('ABCDEF');
  });
});

describe('facilitator passphrases (scrypt)', () => {
  it('are stored as a salted scrypt hash and checked', async () => {
    const h = await hashPassphrase('river stones 42');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/);
    expect(h).not.toContain('river');
    expect(await hashPassphrase('river stones 42')).not.toBe(h); // salted
    expect(await verifyPassphrase('river stones 42', h)).toBe(true);
    expect(await verifyPassphrase('river stones 43', h)).toBe(false);
    expect(await verifyPassphrase('river stones 42', 'scrypt$1$1$1$x$y')).toBe(false);
    expect(await verifyPassphrase('x', 'plain')).toBe(false);
  });
});

describe('try limiter', () => {
  it('lets `max` tries through a window, then says how long to wait; a success clears', () => {
    let now = 0;
    const l = new TryLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(l.waitSeconds('a')).toBe(0);
      l.fail('a');
    }
    expect(l.waitSeconds('a')).toBe(60);
    expect(l.waitSeconds('b')).toBe(0);
    now = 45_000;
    expect(l.waitSeconds('a')).toBe(15);
    now = 60_001;
    expect(l.waitSeconds('a')).toBe(0);
    l.fail('a');
    l.succeed('a');
    expect(l.waitSeconds('a')).toBe(0);
  });
});

describe('rooms', () => {
  let dir: string;
  let store: HubStore;
  let rooms: Rooms;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hub-rooms-'));
    store = openSqliteStore(join(dir, 'hub.sqlite'));
    rooms = new Rooms(store);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts one session at a time, with a code and a passphrase hash', async () => {
    const { room, facilitatorToken } = await rooms.start('Thursday group', 'river stones');
    expect(room.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(room.passphraseHash.startsWith('scrypt$')).toBe(true);
    expect((await rooms.facilitatorFor(facilitatorToken))?.room.id).toBe(room.id);
    await expect(rooms.start('Another', 'passphrase')).rejects.toMatchObject({ status: 409 });
  });

  it('joins devices by code (any spelling), names them by kind, and knows them by their token', async () => {
    const { room } = await rooms.start('Room', 'secret!');
    const typed = formatJoinCode(room.code).toLowerCase();
    const a = await rooms.join(typed, 'laptop', '10.0.0.2');
    const b = await rooms.join(room.code, 'laptop', '10.0.0.3');
    const p = await rooms.join(room.code, 'phone', '10.0.0.4');
    expect([a.device.name, b.device.name, p.device.name]).toEqual(['Laptop 1', 'Laptop 2', 'Phone 1']);
    expect(a.device.tokenHash).toBe(tokenHash(a.token));
    expect((await rooms.deviceFor(a.token))?.device.id).toBe(a.device.id);
    expect(await rooms.deviceFor('forged')).toBeNull();
    expect(await rooms.deviceFor(undefined)).toBeNull();
    expect((await rooms.localDevice(room)).name).toBe('Hub laptop');
    expect((await rooms.localDevice(room)).id).toBe((await rooms.localDevice(room)).id);
    await rooms.end(room);
    expect(await rooms.deviceFor(a.token)).toBeNull(); // the session ended
  });

  it('refuses a wrong code with words, and limits tries per address', async () => {
    await rooms.start('Room', 'secret!');
    const e = await rooms.join('ZZZ-ZZZ', 'laptop', '10.0.0.9').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HubError);
    expect((e as HubError).message).toBe("That code isn't right. Check the code on the big screen and try again.");
    for (let i = 0; i < 9; i++) await rooms.join('ZZZ-ZZZ', 'laptop', '10.0.0.9').catch(() => {});
    const limited = await rooms.join('ZZZ-ZZZ', 'laptop', '10.0.0.9').catch((x: HubError) => x);
    expect(limited).toMatchObject({ status: 429, code: 'too-many-tries' });
    expect((limited as HubError).message).toMatch(/Wait \d+ seconds? and try again/);
    // Another address is not held up.
    await expect(rooms.join('ZZZ-ZZZ', 'laptop', '10.0.0.8')).rejects.toMatchObject({ code: 'wrong-code' });
  });

  it('logs the facilitator in with the passphrase; five wrong tries a minute, then a wait', async () => {
    await rooms.start('Room', 'river stones');
    const ok = await rooms.login('river stones', '10.0.0.2');
    expect((await rooms.facilitatorFor(ok.token))?.room.name).toBe('Room');
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push(await rooms.login('wrong', '10.0.0.5').then(() => 'ok', (e: HubError) => e.code));
    expect(codes).toEqual(['wrong-passphrase', 'wrong-passphrase', 'wrong-passphrase', 'wrong-passphrase', 'too-many-tries', 'too-many-tries']);
    // Even the right passphrase waits now (no guessing around the limit).
    await expect(rooms.login('river stones', '10.0.0.5')).rejects.toMatchObject({ code: 'too-many-tries' });
    await rooms.logout(ok.token);
    expect(await rooms.facilitatorFor(ok.token)).toBeNull();
  });

  it('facilitator sessions expire', async () => {
    let now = new Date('2026-01-01T10:00:00Z');
    const timed = new Rooms(store, () => now);
    const { facilitatorToken } = await timed.start('Room', 'secret!');
    now = new Date('2026-01-01T21:00:00Z');
    expect(await timed.facilitatorFor(facilitatorToken)).not.toBeNull();
    now = new Date('2026-01-01T22:00:01Z');
    expect(await timed.facilitatorFor(facilitatorToken)).toBeNull();
  });
});
