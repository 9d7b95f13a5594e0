import type { Asset } from '../../schema/asset.ts';
import type { Hotspot } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Story } from '../../schema/story.ts';
import type { Variable } from '../../schema/variable.ts';
import { pointer, type Problem } from '../../problems.ts';
import { languageName, pickText, quoteName, shorten } from '../text.ts';
import { LINT_CODES, type LintCode } from './codes.ts';

/**
 * What every lint rule shares during one run: the story, its languages, indexes built once, the
 * findings so far, and how things are named in messages (by title or label, else by id).
 */

export type Path = readonly PropertyKey[];

export interface AssetUse {
  /** Words for the first place the asset is used, e.g. 'the panorama of scene "Park"'. */
  where: string;
  /** Used somewhere a transcript matters (not only as narration that has captions). */
  needsTranscript: boolean;
}

const KIND_WORDS = { goto: 'go-to hotspot', info: 'info hotspot', sound: 'sound hotspot' } as const;

export interface LintContext {
  readonly story: Story;
  /** The story's main language, and all its languages (main first). */
  readonly lang: string;
  readonly languages: readonly string[];
  readonly otherLanguages: readonly string[];
  /** The main language's name, without its code: "English". */
  readonly langWords: string;
  readonly sceneById: Map<string, Scene>;
  readonly assetById: Map<string, { asset: Asset; index: number }>;
  readonly variableById: Map<string, Variable>;
  /** Where each asset id is used (filled while the scenes are checked, read by the asset checks). */
  readonly assetUse: Map<string, AssetUse>;
  /** The first scene each hotspot id and sound id was seen in (ids are unique story-wide). */
  readonly hotspotSeen: Map<string, Scene>;
  readonly soundSeen: Map<string, Scene>;
  readonly problems: Problem[];
  report(code: LintCode, message: string, path: Path, sceneId?: string, hotspotId?: string): void;
}

export function lintContext(story: Story): LintContext {
  const lang = story.meta.defaultLanguage;
  const languages = [...new Set([lang, ...story.meta.languages])];
  const problems: Problem[] = [];
  return {
    story,
    lang,
    languages,
    otherLanguages: languages.filter((l) => l !== lang),
    langWords: languageName(lang).replace(/ \([^)]*\)$/, ''),
    sceneById: new Map(),
    assetById: new Map(),
    variableById: new Map(),
    assetUse: new Map(),
    hotspotSeen: new Map(),
    soundSeen: new Map(),
    problems,
    report(code, message, path, sceneId, hotspotId) {
      const p: Problem = { severity: LINT_CODES[code].severity, code, message, path: pointer(path) };
      if (sceneId !== undefined) p.sceneId = sceneId;
      if (hotspotId !== undefined) p.hotspotId = hotspotId;
      problems.push(p);
    },
  };
}

/** The first letter in upper case, for words that start a sentence. */
export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `scene "Park"` (its title in the main language, else in any, else its id). */
export const sceneWords = (cx: LintContext, s: Scene): string => `scene ${quoteName(s.title, cx.lang, s.id)}`;

/** `the go-to hotspot` and the like: what kind of hotspot it is. */
export const kindWords = (h: Hotspot): string => KIND_WORDS[h.action.type];

/** `the hotspot "Open the door" in scene "Park"`, or by kind and id when it has no label. */
export function hotspotWords(cx: LintContext, h: Hotspot, s: Scene): string {
  const label = pickText(h.label, cx.lang);
  return label
    ? `the hotspot "${shorten(label)}" in ${sceneWords(cx, s)}`
    : `the ${kindWords(h)} without a label (id "${h.id}") in ${sceneWords(cx, s)}`;
}

/** `the picture "park.jpg"` or `the sound "birds.mp3"`. */
export const assetWords = (a: Asset): string => `the ${a.kind === 'image' ? 'picture' : 'sound'} "${shorten(a.name || a.id.slice(0, 12))}"`;
