import { createHash } from 'node:crypto';
import { KEPT_VERSIONS } from '../live/limits.ts';
import type { PutStoryReply, StorySummary, VersionInfo } from '../live/api.ts';
import { loadStory, serializeStory } from '../story/io/load.ts';
import { lintStory } from '../story/graph/lint.ts';
import { newId } from '../story/graph/ops.ts';
import type { Story } from '../story/schema/story.ts';
import { HubError, words } from './errors.ts';
import { deviceNameIn } from '../i18n/device-names.ts';
import type { LiveBus } from './live-bus.ts';
import type { DocFacts, HubStore, Room, StoryHead } from './store/types.ts';

/** Who made a change: a device, or the facilitator's page (no device). */
export interface Author {
  id: string | null;
  name: string;
}

/** What the hub records about a document: its canonical JSON, hash and the card's facts. */
export function docFacts(story: Story): DocFacts {
  const doc = serializeStory(story);
  const start = story.scenes.find((s) => s.id === story.startSceneId) ?? story.scenes[0];
  return {
    doc,
    docHash: createHash('sha256').update(doc).digest('hex'),
    title: { ...story.meta.title },
    language: story.meta.defaultLanguage,
    scenes: story.scenes.length,
    problems: lintStory(story).filter((p) => p.severity !== 'info').length,
    thumbnailHash: start?.panorama ?? null,
    media: [...new Set(story.assets.map((a) => a.id))],
  };
}

/** Every story the hub accepts goes through the model's loader: migrate, repair, validate. */
export function loadOrRefuse(doc: unknown): Story {
  const loaded = loadStory(doc);
  if (!loaded.ok) {
    throw new HubError(422, 'story-refused', 'The hub could not accept this story: ' + (loaded.problems.find((p) => p.severity === 'error')?.message ?? 'it is not a valid story.'), {
      problems: loaded.problems,
    });
  }
  return loaded.story;
}

/** "My place" -> "My place (Laptop 3)" in every language of the title. */
export function copyTitle(title: Record<string, string>, deviceName: string): Record<string, string> {
  // Each title language names the device in that language ("Laptop 2", "حاسوب 2").
  return Object.fromEntries(Object.entries(title).map(([lang, t]) => [lang, `${t} (${deviceNameIn(deviceName, lang)})`.slice(0, 20_000)]));
}

export const summaryOf = (h: StoryHead, inbox: number): StorySummary => ({
  id: h.id,
  title: h.title,
  language: h.language,
  version: h.version,
  updatedAt: h.updatedAt,
  updatedBy: h.updatedBy,
  scenes: h.scenes,
  problems: h.problems,
  thumbnailHash: h.thumbnailHash,
  inbox,
});

/** Saving, reading and restoring stories for the REST routes. */
export class Stories {
  constructor(
    private readonly store: HubStore,
    private readonly bus: LiveBus,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(room: Room): Promise<StorySummary[]> {
    const heads = await this.store.storyHeads(room.id);
    return Promise.all(heads.map(async (h) => summaryOf(h, await this.store.inboxCount(h.id))));
  }

  /** The story's head, when it is in this room. */
  async headIn(room: Room, id: string): Promise<StoryHead> {
    const head = await this.store.storyHead(id);
    if (!head || head.roomId !== room.id) throw words.storyNotFound();
    return head;
  }

  async put(room: Room, device: Author, id: string, doc: unknown, baseVersion: number | null): Promise<PutStoryReply> {
    const story = loadOrRefuse(doc);
    if (story.id !== id) throw words.badRequest(`This story's id ("${story.id}") is not the one in the address ("${id}").`);
    return this.save(room, device, story, baseVersion);
  }

  async save(room: Room, device: Author, story: Story, baseVersion: number | null): Promise<PutStoryReply> {
    const facts = docFacts(story);
    const have = await this.store.hasMedia(facts.media);
    const missing = facts.media.filter((h) => !have.has(h));
    if (missing.length) {
      throw new HubError(409, 'missing-media', `The hub does not have ${missing.length} of this story's photos and sounds yet. They are sent first, then the story.`, {
        missingMedia: missing,
      });
    }
    const outcome = await this.store.saveStory({
      storyId: story.id,
      roomId: room.id,
      baseVersion,
      facts,
      device: { id: device.id, name: device.name },
      at: this.now().toISOString(),
      keepVersions: KEPT_VERSIONS,
      makeCopy: () => {
        const copy: Story = { ...story, id: newId('story'), meta: { ...story.meta, title: copyTitle(story.meta.title, device.name) } };
        return { id: copy.id, facts: docFacts(copy) };
      },
    });
    if (outcome.status === 'other-room') throw words.otherRoom();
    const h = outcome.head;
    if (outcome.changed) {
      await this.bus.publish({ audience: { roomId: room.id, to: 'room' }, message: { type: 'story-changed', id: h.id, version: h.version, title: h.title, updatedBy: h.updatedBy } });
    }
    return outcome.status === 'saved' ? { status: 'saved', version: outcome.version } : { status: 'kept-both', version: outcome.version, copy: { id: h.id, title: h.title } };
  }

  async get(room: Room, id: string, version?: number): Promise<{ version: number; doc: unknown; updatedAt: string; updatedBy: string }> {
    await this.headIn(room, id);
    const v = await this.store.storyVersion(id, version);
    if (!v) throw version === undefined ? words.storyNotFound() : words.versionNotFound();
    return { version: v.version, doc: JSON.parse(v.doc) as unknown, updatedAt: v.createdAt, updatedBy: v.deviceName };
  }

  async versions(room: Room, id: string): Promise<{ current: number; versions: VersionInfo[] }> {
    const head = await this.headIn(room, id);
    const list = await this.store.storyVersions(id);
    return {
      current: head.version,
      versions: list.map((v) => ({ version: v.version, createdAt: v.createdAt, deviceName: v.deviceName, bytes: v.bytes, title: v.title, scenes: v.scenes })),
    };
  }

  /** A new version equal to an old one: nothing is lost (the versions in between stay). */
  async restore(room: Room, device: Author, id: string, version: number): Promise<PutStoryReply> {
    const head = await this.headIn(room, id);
    const old = await this.store.storyVersion(id, version);
    if (!old) throw words.versionNotFound();
    return this.save(room, device, loadOrRefuse(old.doc), head.version);
  }
}
