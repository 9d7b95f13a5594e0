import type { Story } from '../schema/story.ts';
import type { Scene } from '../schema/scene.ts';
import type { AssetId, SceneId } from '../schema/common.ts';
import type { Hotspot, HotspotAction } from '../schema/hotspot.ts';
import type { Problem } from '../problems.ts';
import { reachableFrom } from './reach.ts';
import { lintContext, hotspotWords, pathTo, sceneWords, words, type LintContext, type Path } from './lint/context.ts';
import * as access from './lint/access.ts';
import * as ids from './lint/ids.ts';
import * as links from './lint/links.ts';
import * as media from './lint/media.ts';
import * as paths from './lint/paths.ts';
import * as texts from './lint/texts.ts';
import * as video from './lint/video.ts';
import { overlaps } from './lint/overlap.ts';
import { variableUse } from './lint/variables.ts';
import * as questions from './lint/questions.ts';
import * as checkpoints from './lint/checkpoints.ts';

export { LINT_CODES, type LintCode } from './lint/codes.ts';
export { OVERLAP_DEGREES } from './lint/overlap.ts';
export { isOpenableLink } from './lint/links.ts';

/**
 * Lint: findings about a valid story that loading cannot catch (broken links, unreachable scenes,
 * missing alt text, missing translations...). Pure and fast: one walk over the story with Maps and
 * Sets; the rules live in lint/, one file per subject (texts, ids, paths, media, access, links,
 * variables, overlap). The walk calls them in document order, so findings come out in that order.
 *
 * Every finding has a stable code from LINT_CODES (its severity lives there), a message a
 * 14-year-old can act on (what is wrong AND what to do, naming things by title or label), the
 * scene/hotspot ids when it is about one, and a JSON Pointer to the field.
 */
export function lintStory(story: Story): Problem[] {
  const cx = lintStoryStart(story);
  const reachable = reachableScenesOf(cx);
  story.scenes.forEach((s, si) => lintScene(cx, s, si, reachable));
  return lintStoryEnd(cx);
}

/** The context, then what is checked before the scenes: the story's texts, ids, media list, start. */
export function lintStoryStart(story: Story): LintContext {
  const cx = lintContext(story);
  texts.storyTexts(cx);
  ids.indexScenes(cx);
  media.indexAssets(cx);
  ids.indexVariables(cx);
  paths.start(cx);
  return cx;
}

/** The scenes a reader can reach (null when the story has no start to reach them from). */
export function reachableScenesOf(cx: LintContext, links?: (s: Scene) => SceneId[]): ReadonlySet<SceneId> | null {
  const { story } = cx;
  return story.startSceneId !== null && cx.sceneById.has(story.startSceneId) ? reachableFrom(story, story.startSceneId, cx.sceneById, links) : null;
}

/**
 * Everything about one scene, its hotspots and its sounds, in document order. (The closures that
 * name a thing in a finding's words are made in helpers of their own: a function that makes one
 * allocates a context for the values it captures on every call, even when it takes another branch.)
 */
export function lintScene(cx: LintContext, s: Scene, si: number, reachable: ReadonlySet<SceneId> | null): void {
  const sp: Path = ['scenes', si];
  texts.sceneTexts(cx, s, si, sp);
  media.panorama(cx, s, sp);
  video.sceneVideo(cx, s, sp);
  paths.unreachable(cx, reachable, s, sp);
  const hs = s.hotspots;
  for (let hi = 0; hi < hs.length; hi++) lintHotspot(cx, s, hs[hi]!, pathTo(sp, 'hotspots', hi));
  overlaps(cx, s, sp);
  paths.deadEnd(cx, s, sp);
  const ss = s.soundscape;
  if (ss.beds.length > 0 || ss.sources.length > 0 || ss.narration) lintSounds(cx, s, pathTo(sp, 'soundscape'));
}

function lintHotspot(cx: LintContext, s: Scene, h: Hotspot, hp: Path): void {
  ids.hotspotId(cx, h.id, hp, s);
  texts.hotspotLabel(cx, h, hp, s);
  const action = h.action;
  const ap: Path = pathTo(hp, 'action');
  if (action.type === 'goto') {
    paths.gotoTarget(cx, h, action.sceneId, ap, s);
    if (action.closed) checkpoints.checkpoint(cx, h, action.closed, ap, s);
  } else if (action.type === 'info') {
    texts.infoTexts(cx, h, action, ap, s);
    if (action.image !== undefined || action.link) infoExtras(cx, s, h, action, ap);
  } else if (action.type === 'question') {
    questions.question(cx, h, action, ap, s);
  } else {
    hotspotSound(cx, s, h, action.asset, ap);
  }
  if (h.conditions || h.effects) variableUses(cx, s, h, hp);
  video.hotspotTime(cx, h, s, hp);
}

function infoExtras(cx: LintContext, s: Scene, h: Hotspot, action: Extract<HotspotAction, { type: 'info' }>, ap: Path): void {
  if (action.image !== undefined) {
    media.assetRef(cx, action.image, 'image', () => words('lint.use.info-picture', { hotspot: hotspotWords(cx, h, s) }), pathTo(ap, 'image'), false, s.id, h.id);
  }
  if (action.link) {
    links.infoLink(cx, h, action.link.url, ap, s);
    texts.linkLabel(cx, h, action.link.label, ap, s);
  }
}

function hotspotSound(cx: LintContext, s: Scene, h: Hotspot, asset: AssetId, ap: Path): void {
  media.assetRef(cx, asset, 'audio', () => words('lint.use.hotspot-sound', { hotspot: hotspotWords(cx, h, s) }), pathTo(ap, 'asset'), true, s.id, h.id);
}

function variableUses(cx: LintContext, s: Scene, h: Hotspot, hp: Path): void {
  const sid = s.id;
  const hid = h.id;
  h.conditions?.forEach((c, ci) => variableUse(cx, c, 'condition', pathTo(hp, 'conditions', ci), () => hotspotWords(cx, h, s), sid, hid));
  h.effects?.forEach((e, ei) => variableUse(cx, e, 'effect', pathTo(hp, 'effects', ei), () => hotspotWords(cx, h, s), sid, hid));
}

function lintSounds(cx: LintContext, s: Scene, ssp: Path): void {
  const sid = s.id;
  const ss = s.soundscape;
  ss.beds.forEach((b, bi) => {
    ids.soundId(cx, b.id, pathTo(ssp, 'beds', bi), s);
    media.assetRef(cx, b.asset, 'audio', () => words('lint.use.bed', { scene: sceneWords(cx, s) }), pathTo(ssp, 'beds', bi, 'asset'), true, sid);
  });
  ss.sources.forEach((src, k) => {
    ids.soundId(cx, src.id, pathTo(ssp, 'sources', k), s);
    media.assetRef(cx, src.asset, 'audio', () => words('lint.use.source', { scene: sceneWords(cx, s) }), pathTo(ssp, 'sources', k, 'asset'), true, sid);
  });
  const n = ss.narration;
  if (n) {
    const np: Path = pathTo(ssp, 'narration');
    for (const l in n.recordings) {
      const captioned = (n.captions[l]?.length ?? 0) > 0;
      media.assetRef(cx, n.recordings[l]!, 'audio', () => words('lint.use.narration', { language: { language: l }, scene: sceneWords(cx, s) }), pathTo(np, 'recordings', l), !captioned, sid);
      if (!captioned) access.narrationCaptions(cx, l, pathTo(np, 'recordings', l), s);
    }
    texts.captionTracks(cx, n, np, s);
  }
}

/** What is checked after the scenes: that the story can end, and its media list. Returns the findings. */
export function lintStoryEnd(cx: LintContext): Problem[] {
  paths.ending(cx);
  cx.story.assets.forEach((a, ai) => {
    const ap: Path = ['assets', ai];
    const use = media.used(cx, a, ai);
    if (use) access.described(cx, a, ap, use);
    texts.assetTexts(cx, a, ap);
    media.consentAndCredit(cx, a, ap);
  });
  return cx.problems;
}
