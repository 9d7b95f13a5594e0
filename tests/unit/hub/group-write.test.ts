import { describe, expect, it } from 'vitest';
import { groupWrite } from '../../../src/hub/showcase/group-write.ts';

describe('group commit of what headsets say (groupWrite)', () => {
  it('writes the first value at once and everything that came meanwhile in one next write, latest per key', async () => {
    const writes: [string, number][][] = [];
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const put = groupWrite<string, number>(async (batch) => {
      writes.push([...batch]);
      if (writes.length === 1) await slow;
    });
    const first = put('h1', 1);
    await new Promise((r) => setTimeout(r, 10));
    expect(writes).toEqual([[['h1', 1]]]);
    // While the first write is on its way, thirty reports come in (h1 twice).
    const rest = [put('h1', 2), ...Array.from({ length: 29 }, (_, i) => put(`h${i + 2}`, i)), put('h1', 3)];
    release();
    await Promise.all([first, ...rest]);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toHaveLength(30);
    expect(new Map(writes[1]).get('h1')).toBe(3);
  });

  it('a failed write rejects the values it held, and the next write goes on', async () => {
    let fail = true;
    const put = groupWrite<string, number>(async () => {
      if (fail) throw new Error('disk full');
    });
    const a = put('h1', 1);
    const b = put('h2', 1);
    await expect(a).rejects.toThrow('disk full');
    await expect(b).rejects.toThrow('disk full');
    fail = false;
    await expect(put('h1', 2)).resolves.toBeUndefined();
  });
});
