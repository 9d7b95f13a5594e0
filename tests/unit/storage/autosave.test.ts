import { describe, expect, it } from 'vitest';
import { createAutosave } from '../../../src/storage/autosave.ts';
import { StorageError } from '../../../src/storage/errors.ts';
import { createEditor } from '../../../src/editor/state/editor.ts';
import { fakeStory } from '../../../src/story/fake.ts';
import { renameSceneCommand } from '../../../src/editor/commands/index.ts';
import { fakeImageAsset } from '../../../src/story/fake.ts';
import { fakeTimers } from '../support/fake-timers.ts';


/** A fake repository: saves take `latency` ms of fake time; `fail` makes them throw. */
function fakeRepo(clock: ReturnType<typeof fakeTimers>, latency = 0) {
  const saved: Array<{ doc: string; at: number }> = [];
  const state = { fail: null as unknown };
  const save = async (doc: string) => {
    if (latency) await new Promise<void>((r) => clock.timers.setTimeout(r, latency));
    if (state.fail) throw state.fail;
    saved.push({ doc, at: clock.timers.now() });
  };
  return { saved, state, save };
}

describe('autosave', () => {
  it('saves once after a quiet moment, never later than maxWait after the first change', async () => {
    const clock = fakeTimers();
    const repo = fakeRepo(clock);
    const a = createAutosave<string>({ save: repo.save, delay: 300, maxWait: 800, timers: clock.timers });
    a.change('a');
    expect(a.status().state).toBe('pending');
    await clock.advance(299);
    expect(repo.saved).toEqual([]);
    await clock.advance(1);
    expect(repo.saved).toEqual([{ doc: 'a', at: 300 }]);
    expect(a.status().state).toBe('saved');
    // Typing without pause: every 100 ms for 3 s. Each change must be saved within 1 s.
    for (let i = 0; i < 30; i++) {
      a.change(`t${i}`);
      await clock.advance(100);
    }
    await clock.advance(1000);
    const times = repo.saved.slice(1).map((s) => s.at);
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(times.length).toBeLessThanOrEqual(6);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeLessThanOrEqual(1000);
    expect(repo.saved.at(-1)!.doc).toBe('t29');
  });

  it('runs one save at a time and always ends with the newest version', async () => {
    const clock = fakeTimers();
    const repo = fakeRepo(clock, 500);
    const a = createAutosave<string>({ save: repo.save, delay: 100, maxWait: 100, timers: clock.timers });
    a.change('1');
    await clock.advance(150); // save of '1' running until 600
    a.change('2');
    a.change('3');
    await clock.advance(2000);
    expect(repo.saved.map((s) => s.doc)).toEqual(['1', '3']);
    expect(a.dirty()).toBe(false);
  });

  it('flush() saves at once (pagehide)', async () => {
    const clock = fakeTimers();
    const repo = fakeRepo(clock);
    const a = createAutosave<string>({ save: repo.save, timers: clock.timers });
    a.change('x');
    await a.flush();
    expect(repo.saved.map((s) => s.doc)).toEqual(['x']);
    expect(clock.pending()).toEqual([]);
    await a.flush(); // nothing to do
    expect(repo.saved).toHaveLength(1);
  });

  it('keeps the document when the disk is full, reports it, and saves once there is room', async () => {
    const clock = fakeTimers();
    const repo = fakeRepo(clock);
    const a = createAutosave<string>({ save: repo.save, timers: clock.timers, retryDelays: [5000] });
    repo.state.fail = new DOMException('full', 'QuotaExceededError');
    a.change('precious');
    await clock.advance(1000);
    expect(a.status().state).toBe('failed');
    expect(a.status().error).toBeInstanceOf(StorageError);
    expect(a.status().error!.kind).toBe('quota');
    expect(a.dirty()).toBe(true);
    await expect(a.flush()).rejects.toMatchObject({ kind: 'quota' });
    repo.state.fail = null;
    await clock.advance(5000); // the back-off retry
    expect(repo.saved.map((s) => s.doc)).toEqual(['precious']);
    expect(a.status().state).toBe('saved');
    expect(a.dirty()).toBe(false);
  });
});

describe('editor autosave', () => {
  it('saves every change with the new asset blobs in the same save', async () => {
    const clock = fakeTimers();
    const saves: Array<{ title: unknown; assets: string[] }> = [];
    const e = createEditor({
      story: fakeStory(),
      timers: clock.timers,
      save: async (story, assets) => {
        saves.push({ title: story.scenes[0]!.title, assets: assets.map(([h]) => h) });
      },
    });
    e.run(renameSceneCommand, { sceneId: 'scene-1', language: 'en', title: 'Home' });
    const asset = fakeImageAsset(99);
    e.addAsset(asset, new Blob(['x'], { type: 'image/jpeg' }));
    expect(e.pendingAssets.size).toBe(1);
    await clock.advance(1000);
    expect(saves).toEqual([{ title: { en: 'Home' }, assets: [asset.id] }]);
    expect(e.pendingAssets.size).toBe(0);
    expect(e.doc.getState().story.assets.some((a) => a.id === asset.id)).toBe(true);
    expect(e.saveStatus.getState().state).toBe('saved');
  });
});
