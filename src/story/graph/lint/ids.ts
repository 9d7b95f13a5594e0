import type { Scene } from '../../schema/scene.ts';
import { shorten } from '../text.ts';
import { sceneWords, type LintContext, type Path } from './context.ts';

/**
 * Ids: every scene, hotspot, sound and variable has its own id (duplicate-id). Scenes and variables
 * are indexed here by id (the first one wins); hotspot and sound ids are unique story-wide.
 */

export function indexScenes(cx: LintContext): void {
  cx.story.scenes.forEach((s, i) => {
    const first = cx.sceneById.get(s.id);
    if (first) {
      cx.report(
        'duplicate-id',
        `Two scenes have the id "${s.id}" (${sceneWords(cx, first)} and scene ${i + 1}). Every scene needs its own id: rename one of them.`,
        ['scenes', i, 'id'],
        s.id,
      );
    } else cx.sceneById.set(s.id, s);
  });
}

export function indexVariables(cx: LintContext): void {
  cx.story.variables.forEach((v, i) => {
    const first = cx.variableById.get(v.id);
    if (first) {
      cx.report(
        'duplicate-id',
        `Two variables have the id "${v.id}" ("${shorten(first.name)}" and "${shorten(v.name)}"). Rename one of them.`,
        ['variables', i, 'id'],
      );
    } else cx.variableById.set(v.id, v);
  });
}

/** Hotspot and sound ids are unique story-wide: `seen` holds the scene each id was first seen in. */
function storyWide(cx: LintContext, seen: Map<string, Scene>, id: string, path: Path, s: Scene, what: 'hotspot' | 'sound', hotspotId?: string): void {
  const prev = seen.get(id);
  if (!prev) {
    seen.set(id, s);
    return;
  }
  cx.report(
    'duplicate-id',
    `Two ${what}s have the id "${id}" (in ${sceneWords(cx, prev)} and ${sceneWords(cx, s)}). Every ${what} needs its own id: rename one of them.`,
    [...path, 'id'],
    s.id,
    hotspotId,
  );
}

export const hotspotId = (cx: LintContext, hid: string, hp: Path, s: Scene): void => storyWide(cx, cx.hotspotSeen, hid, hp, s, 'hotspot', hid);

/** Sound ids (beds and placed sounds). */
export const soundId = (cx: LintContext, id: string, path: Path, s: Scene): void => storyWide(cx, cx.soundSeen, id, path, s, 'sound');
