import type { Story } from '../schema/story.ts';
import type { Scene } from '../schema/scene.ts';
import type { AssetId, SceneId } from '../schema/common.ts';
import type { Phrase } from '../phrase.ts';
import type { Problem } from '../problems.ts';
import { linksOf } from './reach.ts';
import { lintScene, lintStory, lintStoryEnd, lintStoryStart, reachableScenesOf } from './lint.ts';
import type { LintContext } from './lint/context.ts';

/**
 * lintStory for a story that is edited a little at a time (the editor's: immutable, a change makes
 * new objects only along its path). The findings of each scene are kept with the scene object, so
 * after an edit to one scene only that scene is checked again; the story-wide checks (start, ids,
 * reachability, ending, media list) run every time. The findings are exactly lintStory's, in the
 * same order (tests/unit/story/lint-memo.test.ts).
 *
 * A scene's kept findings hold while the things outside it that its checks read are unchanged: the
 * story's languages, its media list and variables (by identity), the ids of all scenes, and whether
 * it can be reached. Otherwise, and for scenes with checkpoints (which read every scene's effects),
 * the scene is checked again. A story with an id used twice is linted whole, as lintStory does.
 * Objects must not be changed in place after they were linted.
 */

/** What a scene's checks read from outside the scene. Kept findings hold for the same Env object. */
interface Env {
  languages: string;
  assets: Story['assets'];
  variables: Story['variables'];
  sceneIds: readonly SceneId[];
}

interface SceneFindings {
  env: Env;
  index: number;
  reachable: boolean;
  problems: Problem[];
  /** The scene's asset uses, in order, to replay into the story-wide record. */
  uses: Array<[AssetId, Phrase, boolean]>;
}

const kept = new WeakMap<Scene, SceneFindings>();
const links = new WeakMap<Scene, SceneId[]>();
let lastEnv: Env | null = null;

const linksMemo = (s: Scene): SceneId[] => {
  let l = links.get(s);
  if (!l) links.set(s, (l = linksOf(s)));
  return l;
};

function envOf(story: Story): Env {
  const languages = `${story.meta.defaultLanguage}|${story.meta.languages.join('|')}`;
  const { assets, variables, scenes } = story;
  const prev = lastEnv;
  if (prev && prev.languages === languages && prev.assets === assets && prev.variables === variables && prev.sceneIds.length === scenes.length && scenes.every((s, i) => s.id === prev.sceneIds[i])) {
    return prev;
  }
  return (lastEnv = { languages, assets, variables, sceneIds: scenes.map((s) => s.id) });
}

/** True when a hotspot or sound id is used twice (lintStory reports it in the middle of a scene's findings). */
function soundOrHotspotIdTwice(story: Story): boolean {
  const seen = new Set<string>();
  let count = 0;
  for (const s of story.scenes) {
    for (const h of s.hotspots) seen.add(h.id);
    count += s.hotspots.length;
  }
  if (seen.size !== count) return true;
  seen.clear();
  count = 0;
  for (const s of story.scenes) {
    for (const b of s.soundscape.beds) seen.add(b.id);
    for (const p of s.soundscape.sources) seen.add(p.id);
    count += s.soundscape.beds.length + s.soundscape.sources.length;
  }
  return seen.size !== count;
}

const hasCheckpoint = (s: Scene): boolean => s.hotspots.some((h) => h.action.type === 'goto' && h.action.closed !== undefined);

/** The same findings as lintStory(story), checking again only the scenes that changed. */
export function lintStoryKept(story: Story): Problem[] {
  const cx = lintStoryStart(story);
  if (cx.sceneById.size !== story.scenes.length || (!cx.idsUnique && soundOrHotspotIdTwice(story))) return lintStory(story);
  const env = envOf(story);
  const reachable = reachableScenesOf(cx, linksMemo);
  story.scenes.forEach((s, si) => {
    const canReach = reachable === null || reachable.has(s.id);
    const k = kept.get(s);
    if (k && k.env === env && k.index === si && k.reachable === canReach) {
      for (const p of k.problems) cx.problems.push(p);
      for (const [id, where, needsTranscript] of k.uses) cx.useAsset(id, () => where, needsTranscript);
      return;
    }
    const uses: SceneFindings['uses'] = [];
    const recording: LintContext = {
      ...cx,
      useAsset(id, where, needsTranscript) {
        const w = where();
        uses.push([id, w, needsTranscript]);
        cx.useAsset(id, () => w, needsTranscript);
      },
    };
    const before = cx.problems.length;
    lintScene(recording, s, si, reachable);
    if (!hasCheckpoint(s)) kept.set(s, { env, index: si, reachable: canReach, problems: cx.problems.slice(before), uses });
  });
  return lintStoryEnd(cx);
}
