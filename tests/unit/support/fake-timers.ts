import type { Timers } from '../../../src/storage/autosave.ts';

/** A fake clock: timers run when time is advanced; `pending()` lists the delays still to come. */
export function fakeTimers() {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = ++seq;
      due.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (h) => void due.delete(h as number),
    now: () => now,
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      const next = [...due.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > end) break;
      now = next[1].at;
      due.delete(next[0]);
      next[1].fn();
      await settle();
    }
    now = end;
    await settle();
  };
  return { timers, advance, pending: () => [...due.values()].map((d) => d.at - now) };
}

export const settle = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
};

