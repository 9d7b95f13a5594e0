import type { HotspotId, LocalizedText, SceneId } from '../schema/common.ts';
import type { Hotspot } from '../schema/hotspot.ts';
import type { Scene } from '../schema/scene.ts';
import type { Story } from '../schema/story.ts';
import { normalizeYaw } from '../angles.ts';
import { clamp } from '../io/repair.ts';
import { PITCH_MAX, PITCH_MIN } from '../schema/common.ts';
import { forgetAnswerTargets } from './answer-targets.ts';

/**
 * Pure, immutable graph operations by id, for the editor's commands. They never change their
 * input: they return a new story that shares every untouched scene/hotspot object with the old one
 * (cheap for undo history and React). An unknown id is a programming error: they throw
 * `StoryOpError` then, leaving nothing half-done.
 */
export class StoryOpError extends Error {
  override name = 'StoryOpError';
}

/** Every id in use in the story, of any kind (scenes, hotspots, sounds, variables). */
export function usedIds(story: Story): Set<string> {
  const ids = new Set<string>([story.id]);
  for (const s of story.scenes) {
    ids.add(s.id);
    for (const h of s.hotspots) ids.add(h.id);
    for (const b of s.soundscape.beds) ids.add(b.id);
    for (const src of s.soundscape.sources) ids.add(src.id);
  }
  for (const v of story.variables) ids.add(v.id);
  return ids;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A new random id such as "scene-k3x9q2", valid for the schema (letters, digits, "-", "_";
 * at most 64 characters) and not used by anything in `story` (nor in `taken`).
 */
export function newId(prefix: string, story?: Story, taken?: ReadonlySet<string>, random: () => number = Math.random): string {
  const clean = prefix.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48) || 'id';
  const used = story ? usedIds(story) : undefined;
  for (let length = 6; ; length++) {
    for (let attempt = 0; attempt < 20; attempt++) {
      let suffix = '';
      for (let i = 0; i < length; i++) suffix += ALPHABET[Math.floor(random() * ALPHABET.length) % ALPHABET.length];
      const id = `${clean}-${suffix}`;
      if (!used?.has(id) && !taken?.has(id)) return id;
    }
    if (length >= 15) throw new StoryOpError('Could not make a new id (the random source repeats itself).');
  }
}

function sceneIndex(story: Story, sceneId: SceneId): number {
  const i = story.scenes.findIndex((s) => s.id === sceneId);
  if (i < 0) throw new StoryOpError(`There is no scene "${sceneId}".`);
  return i;
}

export function findHotspot(story: Story, hotspotId: HotspotId): { si: number; hi: number } {
  for (let si = 0; si < story.scenes.length; si++) {
    const hi = story.scenes[si]!.hotspots.findIndex((h) => h.id === hotspotId);
    if (hi >= 0) return { si, hi };
  }
  throw new StoryOpError(`There is no hotspot "${hotspotId}".`);
}

const withScene = (story: Story, si: number, scene: Scene): Story => ({
  ...story,
  scenes: story.scenes.map((s, i) => (i === si ? scene : s)),
});

const placeYaw = (yaw: number) => (Number.isFinite(yaw) ? normalizeYaw(yaw) : 0);
const placePitch = (pitch: number) => (Number.isFinite(pitch) ? clamp(pitch, PITCH_MIN, PITCH_MAX) : 0);

export type NewScene = Partial<Omit<Scene, 'id'>> & { id?: SceneId };

/** Adds a scene (at the end). The first scene of a story becomes its start. */
export function addScene(story: Story, init: NewScene = {}): { story: Story; sceneId: SceneId } {
  const lang = story.meta.defaultLanguage;
  const id: SceneId = init.id ?? newId('scene', story);
  if (story.scenes.some((s) => s.id === id)) throw new StoryOpError(`A scene "${id}" already exists.`);
  const scene: Scene = {
    title: { [lang]: `Scene ${story.scenes.length + 1}` },
    panorama: null,
    view: { yaw: 0, pitch: 0, fov: 75 },
    northOffset: 0,
    soundscape: { beds: [], sources: [] },
    hotspots: [],
    ...init,
    id,
  };
  return {
    story: {
      ...story,
      scenes: [...story.scenes, scene],
      startSceneId: story.startSceneId ?? (story.scenes.length === 0 ? id : story.startSceneId),
    },
    sceneId: id,
  };
}

export interface RemovedLink {
  sceneId: SceneId;
  hotspotId: HotspotId;
}

/**
 * Removes a scene and every go-to hotspot leading to it (listed in `removedLinks`, so the editor
 * can tell the author). When it was the start scene, the first remaining scene becomes the start
 * (`newStartSceneId`), or null when none is left.
 */
export function removeScene(
  story: Story,
  sceneId: SceneId,
): { story: Story; removedLinks: RemovedLink[]; newStartSceneId?: SceneId | null } {
  const si = sceneIndex(story, sceneId);
  const removedLinks: RemovedLink[] = [];
  const scenes: Scene[] = [];
  story.scenes.forEach((s, i) => {
    if (i === si) return;
    const keep = s.hotspots.filter((h) => {
      const gone = h.action.type === 'goto' && h.action.sceneId === sceneId;
      if (gone) removedLinks.push({ sceneId: s.id, hotspotId: h.id });
      return !gone;
    });
    const kept = keep.map((h) => forgetAnswerTargets(h, sceneId));
    const changed = kept.length !== s.hotspots.length || kept.some((h, k) => h !== keep[k]);
    scenes.push(changed ? { ...s, hotspots: kept } : s);
  });
  const next: Story = { ...story, scenes };
  if (story.startSceneId === sceneId) {
    next.startSceneId = scenes[0]?.id ?? null;
    return { story: next, removedLinks, newStartSceneId: next.startSceneId };
  }
  return { story: next, removedLinks };
}

export type NewHotspot = Partial<Omit<Hotspot, 'id'>> & { id?: HotspotId };

/** Adds a hotspot to a scene. Without an action it is an (empty) info hotspot. */
export function addHotspot(story: Story, sceneId: SceneId, init: NewHotspot = {}): { story: Story; hotspotId: HotspotId } {
  const si = sceneIndex(story, sceneId);
  const id: HotspotId = init.id ?? newId(`${sceneId.slice(0, 40)}-hotspot`, story);
  if (init.id !== undefined && story.scenes.some((s) => s.hotspots.some((h) => h.id === id))) {
    throw new StoryOpError(`A hotspot "${id}" already exists.`);
  }
  const hotspot: Hotspot = {
    label: {},
    action: { type: 'info', text: {} },
    ...init,
    id,
    yaw: placeYaw(init.yaw ?? 0),
    pitch: placePitch(init.pitch ?? 0),
  };
  const scene = story.scenes[si]!;
  return { story: withScene(story, si, { ...scene, hotspots: [...scene.hotspots, hotspot] }), hotspotId: id };
}

/** Changes a hotspot (found by id anywhere in the story). Its id cannot be changed this way. */
export function updateHotspot(
  story: Story,
  hotspotId: HotspotId,
  patch: Partial<Omit<Hotspot, 'id'>> | ((h: Hotspot) => Hotspot),
): Story {
  const { si, hi } = findHotspot(story, hotspotId);
  const scene = story.scenes[si]!;
  const old = scene.hotspots[hi]!;
  const changed = typeof patch === 'function' ? patch(old) : { ...old, ...patch };
  const hotspot: Hotspot = { ...changed, id: old.id, yaw: placeYaw(changed.yaw), pitch: placePitch(changed.pitch) };
  return withScene(story, si, { ...scene, hotspots: scene.hotspots.map((h, i) => (i === hi ? hotspot : h)) });
}

/** Removes a hotspot (found by id anywhere in the story). */
export function removeHotspot(story: Story, hotspotId: HotspotId): Story {
  const { si, hi } = findHotspot(story, hotspotId);
  const scene = story.scenes[si]!;
  return withScene(story, si, { ...scene, hotspots: scene.hotspots.filter((_, i) => i !== hi) });
}

/**
 * Links two scenes: adds to `fromId` a go-to hotspot at (yaw, pitch) leading to `toId`, labelled
 * with the target scene's title in every language (or `label`).
 */
export function linkScenes(
  story: Story,
  fromId: SceneId,
  toId: SceneId,
  yaw: number,
  pitch: number,
  label?: LocalizedText,
): { story: Story; hotspotId: HotspotId } {
  const target = story.scenes[sceneIndex(story, toId)]!;
  sceneIndex(story, fromId);
  return addHotspot(story, fromId, {
    yaw,
    pitch,
    label: label ?? { ...target.title },
    action: { type: 'goto', sceneId: toId },
  });
}
