import type { Scene } from '../../schema/scene.ts';
import { shorten } from '../text.ts';
import { sceneWords, words, type LintContext, type Path, pathTo } from './context.ts';
import type { HotspotId } from '../../schema/common.ts';

/**
 * Ids: every scene, hotspot, sound and variable has its own id (duplicate-id). Scenes and variables
 * are indexed here by id (the first one wins); hotspot and sound ids are unique story-wide.
 */

export function indexScenes(cx: LintContext): void {
  cx.story.scenes.forEach((s, i) => {
    const first = cx.sceneById.get(s.id);
    if (first) {
      cx.report('duplicate-id', words('lint.duplicate-scene', { id: s.id, first: sceneWords(cx, first), number: i + 1 }), ['scenes', i, 'id'], s.id);
    } else cx.sceneById.set(s.id, s);
  });
}

export function indexVariables(cx: LintContext): void {
  cx.story.variables.forEach((v, i) => {
    const first = cx.variableById.get(v.id);
    if (first) {
      cx.report('duplicate-id', words('lint.duplicate-variable', { id: v.id, first: shorten(first.name), second: shorten(v.name) }), ['variables', i, 'id']);
    } else cx.variableById.set(v.id, v);
  });
}

/** Hotspot and sound ids are unique story-wide: `seen` holds the scene each id was first seen in. */
function storyWide<K extends string>(cx: LintContext, seen: Map<K, Scene>, id: K, path: Path, s: Scene, what: 'hotspot' | 'sound', hotspotId?: HotspotId): void {
  const prev = seen.get(id);
  if (!prev) {
    seen.set(id, s);
    return;
  }
  const key = what === 'hotspot' ? 'lint.duplicate-hotspot' : 'lint.duplicate-sound';
  cx.report('duplicate-id', words(key, { id, first: sceneWords(cx, prev), second: sceneWords(cx, s) }), pathTo(path, 'id'), s.id, hotspotId);
}

export const hotspotId = (cx: LintContext, hid: HotspotId, hp: Path, s: Scene): void => {
  if (!cx.idsUnique) storyWide(cx, cx.hotspotSeen, hid, hp, s, 'hotspot', hid);
};

/** Sound ids (beds and placed sounds). */
export const soundId = (cx: LintContext, id: string, path: Path, s: Scene): void => {
  if (!cx.idsUnique) storyWide(cx, cx.soundSeen, id, path, s, 'sound');
};
