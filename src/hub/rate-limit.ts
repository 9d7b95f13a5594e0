/**
 * Counts tries per key (an address) in a sliding window: after `max` failed tries within
 * `windowMs`, further tries wait until the oldest one leaves the window. In memory: a restart
 * forgets (a hub restart takes longer than the wait). #17 may keep it in the database.
 */
export class TryLimiter {
  private readonly tries = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before the next try, or 0 when it may go ahead. */
  waitSeconds(key: string): number {
    const list = this.recent(key);
    if (list.length < this.max) return 0;
    return Math.max(1, Math.ceil((list[0]! + this.windowMs - this.now()) / 1000));
  }

  /** Records a failed try. */
  fail(key: string): void {
    const list = this.recent(key);
    list.push(this.now());
    this.tries.set(key, list);
    if (this.tries.size > 10_000) this.sweep();
  }

  /** A success clears the key's failures. */
  succeed(key: string): void {
    this.tries.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.tries.get(key) ?? []).filter((t) => t > since);
  }

  private sweep(): void {
    for (const key of [...this.tries.keys()]) if (this.recent(key).length === 0) this.tries.delete(key);
  }
}

/** What Rooms and the admin need of a try counter (the memory one above, or the store's below). */
export interface TryCounter {
  waitSeconds(key: string): number | Promise<number>;
  fail(key: string): void | Promise<void>;
  succeed(key: string): void | Promise<void>;
}

interface TryStore {
  addTry(key: string, at: string): Promise<void>;
  triesSince(key: string, since: string): Promise<string[]>;
  clearTries(key: string): Promise<void>;
  pruneTries(before: string): Promise<void>;
}

/**
 * The same sliding window as TryLimiter, counted in the hub's store (#17): several hub processes
 * behind one address share it, so a guesser gains nothing by reaching another process, and a
 * restart does not forget. `scope` keeps join codes, passphrases and the admin apart.
 */
export class StoreTryLimiter implements TryCounter {
  private lastPrune = 0;

  constructor(
    private readonly store: TryStore,
    private readonly scope: string,
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private key(key: string): string {
    return `${this.scope}:${key}`.slice(0, 300);
  }

  async waitSeconds(key: string): Promise<number> {
    const list = await this.store.triesSince(this.key(key), new Date(this.now() - this.windowMs).toISOString());
    if (list.length < this.max) return 0;
    return Math.max(1, Math.ceil((Date.parse(list[list.length - this.max]!) + this.windowMs - this.now()) / 1000));
  }

  async fail(key: string): Promise<void> {
    await this.store.addTry(this.key(key), new Date(this.now()).toISOString());
    if (this.now() - this.lastPrune > this.windowMs) {
      this.lastPrune = this.now();
      await this.store.pruneTries(new Date(this.now() - this.windowMs).toISOString()).catch(() => {});
    }
  }

  async succeed(key: string): Promise<void> {
    await this.store.clearTries(this.key(key));
  }
}
