import type { Hotspot } from '../schema/hotspot.ts';
import type { SceneId } from '../schema/common.ts';

/** Answers that led to a removed scene lead nowhere now (the reader stays in the scene). */
export function forgetAnswerTargets(h: Hotspot, sceneId: SceneId): Hotspot {
  if (h.action.type !== 'question' || !h.action.answers.some((a) => a.goto === sceneId)) return h;
  const answers = h.action.answers.map((a) => {
    if (a.goto !== sceneId) return a;
    const { goto: _gone, ...rest } = a;
    return rest;
  });
  return { ...h, action: { ...h.action, answers } };
}
