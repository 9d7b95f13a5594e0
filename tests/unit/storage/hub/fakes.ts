import type { PutStoryReply } from '../../../../src/live/api.ts';
import { HubRequestError, HubUnreachable } from '../../../../src/storage/hub/client.ts';
import type { Story } from '../../../../src/story/schema/story.ts';

export { fakeTimers, settle } from '../../support/fake-timers.ts';

const canonical = (doc: unknown) => JSON.stringify(doc);

/**
 * A hub in memory with the real one's rules for saves (src/hub/stories.ts, store saveStory):
 * versions per story, a save on an older base kept as a copy named after the device, the same
 * content twice changing nothing, media needed first (409). Failures are switched on per test.
 */
export function fakeHub(deviceName = 'Laptop 1') {
  const stories = new Map<string, Array<{ version: number; doc: Story; base: number | null }>>();
  const copies = new Map<string, { id: string; version: number }>();
  const media = new Map<string, Blob>();
  let copyCount = 0;
  const calls: string[] = [];
  const state = {
    down: false,
    /** The next requests fail with these (one each). */
    failures: [] as Array<HubRequestError | HubUnreachable>,
  };
  const gate = (what: string) => {
    calls.push(what);
    if (state.down) throw new HubUnreachable();
    const f = state.failures.shift();
    if (f) throw f;
  };
  const head = (id: string) => stories.get(id)?.at(-1) ?? null;
  const save = (id: string, doc: Story, base: number | null): PutStoryReply => {
    const list = stories.get(id) ?? [];
    const last = list.at(-1);
    if (last && canonical(last.doc) === canonical(doc)) return { status: 'saved', version: last.version };
    if (!last || base === last.version) {
      list.push({ version: (last?.version ?? 0) + 1, doc, base });
      stories.set(id, list);
      return { status: 'saved', version: (last?.version ?? 0) + 1 };
    }
    const again = list.find((v) => v.base === base && canonical(v.doc) === canonical(doc));
    if (again) return { status: 'saved', version: again.version };
    const key = `${id}:${base}:${canonical(doc)}`;
    const known = copies.get(key);
    const title = Object.fromEntries(Object.entries(doc.meta.title).map(([l, t]) => [l, `${t} (${deviceName})`]));
    if (known) return { status: 'kept-both', version: known.version, copy: { id: known.id, title } };
    const copyId = `${id}-copy${++copyCount}`;
    stories.set(copyId, [{ version: 1, doc: { ...doc, id: copyId, meta: { ...doc.meta, title } }, base: null }]);
    copies.set(key, { id: copyId, version: 1 });
    return { status: 'kept-both', version: 1, copy: { id: copyId, title } };
  };
  const client = {
    async mediaHas(hashes: Iterable<string>) {
      gate('has');
      return new Set([...hashes].filter((h) => media.has(h)));
    },
    async putMedia(hash: string, blob: Blob) {
      gate(`media ${hash.slice(0, 6)}`);
      media.set(hash, blob);
      return { hash, bytes: blob.size, mime: blob.type };
    },
    async putStory(id: string, doc: unknown, baseVersion: number | null): Promise<PutStoryReply> {
      gate(`put ${id} base ${baseVersion}`);
      const story = structuredClone(doc) as Story;
      const missing = story.assets.map((a) => a.id).filter((h) => !media.has(h));
      if (missing.length) throw new HubRequestError(409, { error: { code: 'missing-media', message: 'missing' }, missingMedia: missing }, '');
      return save(id, story, baseVersion);
    },
    async story(id: string) {
      gate(`get ${id}`);
      const h = head(id);
      if (!h) throw new HubRequestError(404, { error: { code: 'story-not-found', message: 'not here' } }, '');
      return { version: h.version, doc: structuredClone(h.doc) as unknown, updatedAt: '2026-01-01T00:00:00Z', updatedBy: 'Laptop 2' };
    },
    async getMedia(hash: string) {
      gate(`get media ${hash.slice(0, 6)}`);
      const b = media.get(hash);
      if (!b) throw new HubRequestError(404, { error: { code: 'media-not-found', message: 'not here' } }, '');
      return b;
    },
  };
  /** Another device saving straight to the hub. */
  const saveFromElsewhere = (doc: Story, base: number | null) => save(doc.id, structuredClone(doc), base);
  return { client, stories, media, state, calls, head, saveFromElsewhere };
}
