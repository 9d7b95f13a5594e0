/**
 * At most `max` tiles kept (their textures on the GPU): when one more comes, the least recently
 * seen goes (disposed), unless it is in view now. So a scene's GPU memory stays bounded at any
 * picture size.
 */
export class TileLru<T> {
  private items = new Map<string, T>();

  constructor(
    readonly max: number,
    private dispose: (item: T, key: string) => void,
  ) {}

  get size(): number {
    return this.items.size;
  }

  has(key: string): boolean {
    return this.items.has(key);
  }

  get(key: string): T | undefined {
    return this.items.get(key);
  }

  /** Marks a tile as just seen (most recent). */
  touch(key: string) {
    const v = this.items.get(key);
    if (v === undefined) return;
    this.items.delete(key);
    this.items.set(key, v);
  }

  /** Keeps a tile, then lets go of the least recently seen ones beyond `max` that are not in `keep`. */
  set(key: string, item: T, keep: ReadonlySet<string> = new Set()) {
    const old = this.items.get(key);
    if (old !== undefined && old !== item) this.dispose(old, key);
    this.items.delete(key);
    this.items.set(key, item);
    for (const [k, v] of this.items) {
      if (this.items.size <= this.max) break;
      if (k === key || keep.has(k)) continue;
      this.items.delete(k);
      this.dispose(v, k);
    }
  }

  keys(): string[] {
    return [...this.items.keys()];
  }

  clear() {
    for (const [k, v] of this.items) this.dispose(v, k);
    this.items.clear();
  }
}
