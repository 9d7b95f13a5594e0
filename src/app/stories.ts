import { SCHEMA_VERSION, type Story } from '../story/schema/story.ts';
import type { AssetSource } from '../storage/asset-source.ts';
import type { Problem } from '../story/problems.ts';
import { newId } from '../story/graph/ops.ts';
import { BrokenStoryError, type StoryListing, type StoryRepository } from '../storage/repository.ts';
import { idbAssetSource } from '../storage/idb-asset-source.ts';
import { StorageError } from '../storage/errors.ts';
import { SAMPLE_STORY_ID, loadSampleStory } from './sample.ts';
import { t } from '../i18n/index.ts';

export type OpenedStory =
  | { ok: true; story: Story; assets: AssetSource }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'broken'; problems: Problem[] }
  /** Reading from this computer failed; `message` says what to do, in the reader's language. */
  | { ok: false; reason: 'storage'; message: string };

/**
 * Finds a story for reading by id: the built-in sample, or a story in the library (with its media
 * as object URLs). Stories in the bin still play.
 */
export async function openStory(repo: StoryRepository, id: string): Promise<OpenedStory> {
  if (id === SAMPLE_STORY_ID) return { ok: true, ...loadSampleStory() };
  try {
    const stored = await repo.get(id);
    if (!stored) return { ok: false, reason: 'not-found' };
    return { ok: true, story: stored.story, assets: idbAssetSource(repo) };
  } catch (e) {
    if (e instanceof BrokenStoryError) return { ok: false, reason: 'broken', problems: e.problems };
    const kind = e instanceof StorageError ? e.kind : 'failed';
    return { ok: false, reason: 'storage', message: t(`storage.error.${kind}`) };
  }
}

/** A new, empty story with one scene to start from (its title in the story's language). */
export function blankStory(title: string, language = 'en', sceneTitle = 'Scene 1'): Story {
  const id = newId('story');
  const sceneId = newId('scene');
  const now = new Date().toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    meta: { title: { [language]: title }, languages: [language], defaultLanguage: language, authors: [], licence: 'CC-BY-4.0', createdAt: now, updatedAt: now },
    startSceneId: sceneId,
    scenes: [
      {
        id: sceneId,
        title: { [language]: sceneTitle },
        panorama: null,
        view: { yaw: 0, pitch: 0, fov: 75 },
        northOffset: 0,
        soundscape: { beds: [], sources: [] },
        hotspots: [],
        map: { x: 0, y: 0 },
      },
    ],
    assets: [],
    variables: [],
  };
}

/** Creates a blank story in the library. */
export async function createBlankStory(repo: StoryRepository, title: string, language?: string, sceneTitle?: string): Promise<StoryListing> {
  return repo.save(blankStory(title, language, sceneTitle));
}

/**
 * Copies the built-in sample into the library (new id, its media stored once, then shared by
 * every copy), so it can be changed.
 */
export async function createFromSample(repo: StoryRepository, titleFor: (title: string) => string): Promise<StoryListing> {
  const { story, assets } = loadSampleStory();
  const have = await repo.hasAssets(story.assets.map((a) => a.id));
  const blobs: Array<[string, Blob]> = [];
  await Promise.all(
    story.assets
      .filter((a) => !have.has(a.id))
      .map(async (a) => {
        const url = await assets.getUrl(a.id);
        if (!url) return;
        const res = await fetch(url);
        if (res.ok) blobs.push([a.id, await res.blob()]);
      }),
  );
  const lang = story.meta.defaultLanguage;
  const title = Object.fromEntries(Object.entries(story.meta.title).map(([l, v]) => [l, l === lang ? titleFor(v) : v]));
  const now = new Date().toISOString();
  const copy: Story = { ...story, id: newId('story'), meta: { ...story.meta, title, createdAt: now, updatedAt: now } };
  return repo.save(copy, { assets: blobs });
}
