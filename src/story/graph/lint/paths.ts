import type { Hotspot } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import { hotspotWords, sceneWords, words, type LintContext, type Path, pathTo } from './context.ts';
import type { SceneId } from '../../schema/common.ts';
import { targetsOf } from '../reach.ts';

/**
 * Paths through the story: it has a start (story-empty, start-scene-missing, start-scene-not-found),
 * every link leads somewhere (link-target-missing, hotspot-self-link), every scene can be reached
 * (scene-unreachable) and left (dead-end), and the story can end (no-ending).
 */

export function start(cx: LintContext): void {
  const { story } = cx;
  if (story.scenes.length === 0) cx.report('story-empty', words('lint.story-empty'), ['scenes']);
  else if (story.startSceneId === null) cx.report('start-scene-missing', words('lint.start-scene-missing'), ['startSceneId']);
  else if (!cx.sceneById.has(story.startSceneId)) {
    cx.report('start-scene-not-found', words('lint.start-scene-not-found', { id: story.startSceneId }), ['startSceneId']);
  }
}

export function unreachable(cx: LintContext, reachable: ReadonlySet<SceneId> | null, s: Scene, sp: Path): void {
  if (reachable && !reachable.has(s.id) && cx.sceneById.get(s.id) === s) {
    cx.report('scene-unreachable', words('lint.scene-unreachable', { scene: sceneWords(cx, s) }), sp, s.id);
  }
}

export function gotoTarget(cx: LintContext, h: Hotspot, targetId: SceneId, ap: Path, s: Scene, field = 'sceneId'): void {
  const target = cx.sceneById.get(targetId);
  if (!target) {
    cx.report('link-target-missing', words('lint.link-target-missing', { hotspot: hotspotWords(cx, h, s), target: targetId }), pathTo(ap, field), s.id, h.id);
  } else if (targetId === s.id) {
    cx.report('hotspot-self-link', words('lint.hotspot-self-link', { hotspot: hotspotWords(cx, h, s) }), pathTo(ap, field), s.id, h.id);
  }
}

export function deadEnd(cx: LintContext, s: Scene, sp: Path): void {
  if (s.ending || s.video?.end.type === 'goto' || s.hotspots.some((h) => targetsOf(h).length > 0)) return;
  cx.report('dead-end', words('lint.dead-end', { scene: sceneWords(cx, s) }), pathTo(sp, 'hotspots'), s.id);
}

export function ending(cx: LintContext): void {
  if (cx.story.scenes.length > 0 && !cx.story.scenes.some((s) => s.ending)) cx.report('no-ending', words('lint.no-ending'), ['scenes']);
}
