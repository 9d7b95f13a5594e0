import { describe, expect, it } from 'vitest';
import { createHistory } from '../../../src/editor/history/history.ts';

type Doc = { title: string; items: Array<{ x: number }> };
const doc0: Doc = { title: 'A', items: [{ x: 0 }, { x: 1 }] };

describe('history', () => {
  it('undoes and redoes with labels, from patches', () => {
    const h = createHistory<Doc>();
    const doc1 = { ...doc0, title: 'B' };
    const doc2 = { ...doc1, items: [...doc1.items, { x: 2 }] };
    h.record(doc0, doc1, 'Rename', { now: 0 });
    h.record(doc1, doc2, 'Add item', { now: 10 });
    expect(h.store.getState().past.map((s) => s.label)).toEqual(['Rename', 'Add item']);
    const u1 = h.undo(doc2)!;
    expect(u1.step.label).toBe('Add item');
    expect(u1.doc).toEqual(doc1);
    const u2 = h.undo(u1.doc)!;
    expect(u2.doc).toEqual(doc0);
    expect(h.undo(u2.doc)).toBeNull();
    expect(h.store.getState().future.map((s) => s.label)).toEqual(['Add item', 'Rename']);
    const r1 = h.redo(u2.doc)!;
    expect(r1.step.label).toBe('Rename');
    expect(r1.doc).toEqual(doc1);
    expect(h.redo(r1.doc)!.doc).toEqual(doc2);
  });

  it('ignores changes that change nothing, and a new change clears redo', () => {
    const h = createHistory<Doc>();
    expect(h.record(doc0, doc0, 'Nothing')).toBe(false);
    expect(h.record(doc0, { ...doc0 }, 'Same values')).toBe(false);
    const doc1 = { ...doc0, title: 'B' };
    h.record(doc0, doc1, 'Rename');
    h.undo(doc1);
    h.record(doc0, { ...doc0, title: 'C' }, 'Rename again');
    expect(h.store.getState().future).toEqual([]);
  });

  it('merges a drag (same coalesce key, close in time) into one step', () => {
    const h = createHistory<Doc>({ window: 1000 });
    let doc = doc0;
    for (let i = 1; i <= 50; i++) {
      const next = { ...doc, items: [{ x: i }, doc.items[1]!] };
      h.record(doc, next, 'Move', { coalesce: 'move:0', now: i * 16 });
      doc = next;
    }
    expect(h.store.getState().past).toHaveLength(1);
    expect(h.store.getState().past[0]!.patches).toEqual([{ op: 'set', path: ['items', 0, 'x'], value: 50 }]);
    expect(h.undo(doc)!.doc).toEqual(doc0);
  });

  it('starts a new step after the window, for another key, or after seal()', () => {
    const h = createHistory<Doc>({ window: 1000 });
    const d1 = { ...doc0, title: 'B' };
    const d2 = { ...doc0, title: 'C' };
    const d3 = { ...doc0, title: 'D' };
    const d4 = { ...doc0, title: 'E' };
    h.record(doc0, d1, 'Type', { coalesce: 'title', now: 0 });
    h.record(d1, d2, 'Type', { coalesce: 'title', now: 5000 });
    h.record(d2, d3, 'Type', { coalesce: 'other', now: 5001 });
    h.seal();
    h.record(d3, d4, 'Type', { coalesce: 'other', now: 5002 });
    expect(h.store.getState().past).toHaveLength(4);
  });

  it('drops a merged step that ends where it started', () => {
    const h = createHistory<Doc>();
    const d1 = { ...doc0, title: 'B' };
    const back = { ...d1, title: 'A' };
    h.record(doc0, d1, 'Type', { coalesce: 't', now: 0 });
    h.record(d1, back, 'Type', { coalesce: 't', now: 10 });
    expect(h.store.getState().past).toHaveLength(0);
  });

  it('keeps at most `limit` steps', () => {
    const h = createHistory<{ n: number }>({ limit: 3 });
    for (let i = 0; i < 10; i++) h.record({ n: i }, { n: i + 1 }, `Step ${i}`);
    expect(h.store.getState().past.map((s) => s.label)).toEqual(['Step 7', 'Step 8', 'Step 9']);
  });
});
