import type { Hotspot } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import { cap, hotspotWords, sceneWords, type LintContext, type Path } from './context.ts';

/**
 * Paths through the story: it has a start (story-empty, start-scene-missing, start-scene-not-found),
 * every link leads somewhere (link-target-missing, hotspot-self-link), every scene can be reached
 * (scene-unreachable) and left (dead-end), and the story can end (no-ending).
 */

export function start(cx: LintContext): void {
  const { story } = cx;
  if (story.scenes.length === 0) {
    cx.report('story-empty', 'The story has no scenes yet. Add a first scene: it is where the story starts.', ['scenes']);
  } else if (story.startSceneId === null) {
    cx.report('start-scene-missing', 'The story has no start scene. Choose the scene where readers begin.', ['startSceneId']);
  } else if (!cx.sceneById.has(story.startSceneId)) {
    cx.report(
      'start-scene-not-found',
      `The start scene ("${story.startSceneId}") does not exist: it may have been deleted. Choose the scene where readers begin.`,
      ['startSceneId'],
    );
  }
}

export function unreachable(cx: LintContext, reachable: ReadonlySet<string> | null, s: Scene, sp: Path): void {
  if (reachable && !reachable.has(s.id) && cx.sceneById.get(s.id) === s) {
    cx.report(
      'scene-unreachable',
      `Readers can never get to ${sceneWords(cx, s)}: no go-to hotspot leads there from the start. Link to it from another scene, or delete it if you do not need it.`,
      sp,
      s.id,
    );
  }
}

export function gotoTarget(cx: LintContext, h: Hotspot, targetId: string, ap: Path, s: Scene): void {
  const target = cx.sceneById.get(targetId);
  if (!target) {
    cx.report(
      'link-target-missing',
      `${cap(hotspotWords(cx, h, s))} leads to a scene that does not exist ("${targetId}"). Choose another scene for it, or delete the hotspot.`,
      [...ap, 'sceneId'],
      s.id,
      h.id,
    );
  } else if (targetId === s.id) {
    cx.report(
      'hotspot-self-link',
      `${cap(hotspotWords(cx, h, s))} leads back to the same scene, so nothing seems to happen. Check that this is what you want.`,
      [...ap, 'sceneId'],
      s.id,
      h.id,
    );
  }
}

export function deadEnd(cx: LintContext, s: Scene, sp: Path): void {
  if (s.ending || s.hotspots.some((h) => h.action.type === 'goto')) return;
  cx.report(
    'dead-end',
    `${cap(sceneWords(cx, s))} is a dead end: it has no go-to hotspot and is not an ending, so readers get stuck there. Add a go-to hotspot, or mark the scene as an ending.`,
    [...sp, 'hotspots'],
    s.id,
  );
}

export function ending(cx: LintContext): void {
  if (cx.story.scenes.length > 0 && !cx.story.scenes.some((s) => s.ending)) {
    cx.report(
      'no-ending',
      'The story has no ending. Mark at least one scene as an ending, so readers know when they have finished.',
      ['scenes'],
    );
  }
}
