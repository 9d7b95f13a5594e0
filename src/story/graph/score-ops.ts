import type { Story } from '../schema/story.ts';
import type { SceneId } from '../schema/common.ts';
import { newId } from './ops.ts';
import { updateScene } from './scene-ops.ts';
import { setText } from './text.ts';
import { SCORE_ID } from './question-ops.ts';

/** A score an ending shows: which variable, and the author's sentence with {score} and {total}. */

/** Number variables that questions add to (the scores an ending can show), in story order. */
export function scoreVariables(story: Story): string[] {
  const used = new Set<string>();
  for (const s of story.scenes) for (const h of s.hotspots) if (h.action.type === 'question' && h.action.score !== undefined) used.add(h.action.score);
  return story.variables.filter((v) => typeof v.initial === 'number' && (used.has(v.id) || v.id === SCORE_ID)).map((v) => v.id);
}

/** The story's score variable: the one questions add to, else "score", made (at 0) when missing. */
function ensureScore(story: Story, name: string): { story: Story; variable: string } {
  const first = scoreVariables(story)[0];
  if (first) return { story, variable: first };
  const variable = story.variables.some((v) => v.id === SCORE_ID) ? newId('score', story) : SCORE_ID;
  return { story: { ...story, variables: [...story.variables, { id: variable, name: name.slice(0, 100) || 'Score', initial: 0 }] }, variable };
}

/** Shows the reader's score at an ending (or stops showing it). `name` names a score variable made for it. */
export function setEndingScore(story: Story, sceneId: SceneId, show: boolean, name: string): Story {
  const scene = story.scenes.find((s) => s.id === sceneId);
  if (!scene?.ending || show === !!scene.ending.score) return story;
  if (!show) {
    const { score: _gone, ...ending } = scene.ending;
    return updateScene(story, sceneId, (s) => ({ ...s, ending }));
  }
  const made = ensureScore(story, name);
  return updateScene(made.story, sceneId, (s) => (s.ending ? { ...s, ending: { ...s.ending, score: { variable: made.variable, text: {} } } } : s));
}

/** Which score an ending shows. */
export const setEndingScoreVariable = (story: Story, sceneId: SceneId, variable: string): Story =>
  updateScene(story, sceneId, (s) => (s.ending?.score && s.ending.score.variable !== variable ? { ...s, ending: { ...s.ending, score: { ...s.ending.score, variable } } } : s));

/** The sentence an ending shows its score in, in one language ("You found {score} of {total} words"). */
export const setEndingScoreText = (story: Story, sceneId: SceneId, language: string, text: string): Story =>
  updateScene(story, sceneId, (s) => (s.ending?.score ? { ...s, ending: { ...s.ending, score: { ...s.ending.score, text: setText(s.ending.score.text, language, text) } } } : s));
