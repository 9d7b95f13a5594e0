import { randomBytes } from 'node:crypto';
import { words } from '../errors.ts';
import { HubError } from '../errors.ts';
import { hashPassphrase, verifyPassphrase } from '../passphrase.ts';
import { StoreTryLimiter, type TryCounter } from '../rate-limit.ts';
import { tokenHash } from '../rooms.ts';
import type { HubStore } from '../store/types.ts';
import { MIN_PASSPHRASE_LENGTH } from '../../live/codes.ts';

export const ADMIN_COOKIE = 'ss_admin';
export const ADMIN_PASSPHRASE_KEY = 'admin.passphraseHash';
const ADMIN_HOURS = 8;

/**
 * The library service's admin (#17): one passphrase for the whole service, kept only as a scrypt
 * hash in the store (set with `storyscape hub admin-passphrase`, never from a browser, so nobody
 * can claim an unset service), and log-ins as store rows, so every hub process knows them. Wrong
 * passphrases are limited per address like the facilitator's, across processes.
 */
export class Admin {
  readonly tries: TryCounter;

  constructor(
    private readonly store: HubStore,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.tries = new StoreTryLimiter(store, 'admin', 5, 60_000, () => this.now().getTime());
  }

  async configured(): Promise<boolean> {
    return (await this.store.setting(ADMIN_PASSPHRASE_KEY)) !== null;
  }

  /** Sets (or changes) the passphrase; every admin log-in ends. */
  async setPassphrase(passphrase: string): Promise<void> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH + 4) throw new HubError(400, 'passphrase-too-short', `The admin passphrase needs at least ${MIN_PASSPHRASE_LENGTH + 4} characters.`);
    await this.store.setSetting(ADMIN_PASSPHRASE_KEY, await hashPassphrase(passphrase));
    await this.store.deleteAdminSessions();
  }

  async login(passphrase: string, address: string): Promise<string> {
    const wait = await this.tries.waitSeconds(address);
    if (wait > 0) throw words.tooManyTries(wait);
    const hash = await this.store.setting(ADMIN_PASSPHRASE_KEY);
    if (!hash) throw notConfigured();
    if (!(await verifyPassphrase(passphrase, hash))) {
      await this.tries.fail(address);
      const next = await this.tries.waitSeconds(address);
      throw next > 0 ? words.tooManyTries(next) : new HubError(403, 'wrong-passphrase', "That isn't the service's admin passphrase. Check it and try again.");
    }
    await this.tries.succeed(address);
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    await this.store.addAdminSession({ tokenHash: tokenHash(token), createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + ADMIN_HOURS * 3600_000).toISOString() });
    return token;
  }

  /** True when the cookie's token is a live admin log-in. */
  async isAdmin(token: string | undefined): Promise<boolean> {
    if (!token || token.length > 100) return false;
    const s = await this.store.adminSession(tokenHash(token));
    return !!s && s.expiresAt > this.now().toISOString();
  }

  async logout(token: string | undefined): Promise<void> {
    if (token) await this.store.deleteAdminSession(tokenHash(token));
  }

  static readonly cookieMaxAge = ADMIN_HOURS * 3600;
}

export const notConfigured = () =>
  new HubError(409, 'admin-not-set', 'This hub has no admin passphrase yet. Whoever runs the server sets one with: storyscape hub admin-passphrase');
export const notAdmin = () => new HubError(403, 'not-admin', "Only the service's admin can do this. Log in as the admin first.");
