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
