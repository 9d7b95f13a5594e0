import type { Asset } from '../../schema/asset.ts';
import type { Hotspot } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Story } from '../../schema/story.ts';
import type { Variable } from '../../schema/variable.ts';
import type { AssetId, HotspotId, SceneId } from '../../schema/common.ts';
import { englishWording, say, type Phrase, type PhraseParams } from '../../phrase.ts';
import { pointer, type Problem } from '../../problems.ts';
import { pickText, shorten } from '../text.ts';
import { LINT_CODES, type LintCode } from './codes.ts';
import { LINT_WORDS, type LintWord } from './words.ts';
import { idsKnownUnique } from '../unique-ids.ts';

/**
 * What every lint rule shares during one run: the story, its languages, indexes built once, the
 * findings so far, and how things are named in messages (by title or label, else by id).
 */

export type Path = readonly PropertyKey[];

export interface AssetUse {
  /** The first place the asset is used, e.g. 'the panorama of scene "Park"'. */
  readonly where: Phrase;
  /** Used somewhere a transcript matters (not only as narration that has captions). */
  needsTranscript: boolean;
}

export interface LintContext {
  readonly story: Story;
  /** The story's main language, and all its languages (main first). */
  readonly lang: string;
  readonly languages: readonly string[];
  readonly otherLanguages: readonly string[];
  readonly sceneById: Map<SceneId, Scene>;
  readonly assetById: Map<AssetId, { asset: Asset; index: number }>;
  readonly variableById: Map<string, Variable>;
  /** Where each asset id is used (filled while the scenes are checked, read by the asset checks). */
  readonly assetUse: Map<AssetId, AssetUse>;
  /** The first scene each hotspot id and sound id was seen in (ids are unique story-wide). */
  readonly hotspotSeen: Map<HotspotId, Scene>;
  readonly soundSeen: Map<string, Scene>;
  /** The story's hotspot and sound ids are known to be unique (unique-ids.ts): they are not checked again. */
  readonly idsUnique: boolean;
  readonly problems: Problem[];
  /** Records a use of an asset: the first use names it in messages; any use may need a transcript. */
  useAsset(id: AssetId, where: () => Phrase, needsTranscript: boolean): void;
  report(code: LintCode, words: Phrase, path: Path, sceneId?: SceneId, hotspotId?: HotspotId): void;
}

const ENGLISH = englishWording(LINT_WORDS);

/** An asset's first use, named only when a finding says it (most never are: 2,000 names for 2,000 scenes). */
class LazyUse implements AssetUse {
  needsTranscript: boolean;
  private readonly say: () => Phrase;
  private said: Phrase | undefined;
  constructor(say: () => Phrase, needsTranscript: boolean) {
    this.say = say;
    this.needsTranscript = needsTranscript;
  }
  get where(): Phrase {
    return (this.said ??= this.say());
  }
}

/** A lint phrase (its key is checked against the English words). */
export const words = (key: LintWord, params?: PhraseParams): Phrase => (params ? { key, params } : { key });

export function lintContext(story: Story): LintContext {
  const lang = story.meta.defaultLanguage;
  const languages = [...new Set([lang, ...story.meta.languages])];
  const problems: Problem[] = [];
  return {
    story,
    lang,
    languages,
    otherLanguages: languages.filter((l) => l !== lang),
    sceneById: new Map(),
    assetById: new Map(),
    variableById: new Map(),
    assetUse: new Map(),
    hotspotSeen: new Map(),
    soundSeen: new Map(),
    idsUnique: idsKnownUnique(story),
    problems,
    useAsset(id, where, needsTranscript) {
      const use = this.assetUse.get(id);
      if (use) use.needsTranscript ||= needsTranscript;
      else this.assetUse.set(id, new LazyUse(where, needsTranscript));
    },
    report(code, phrase, path, sceneId, hotspotId) {
      const p: Problem = { severity: LINT_CODES[code].severity, code, message: say(phrase, ENGLISH) ?? phrase.key, phrase, path: pointer(path) };
      if (sceneId !== undefined) p.sceneId = sceneId;
      if (hotspotId !== undefined) p.hotspotId = hotspotId;
      problems.push(p);
    },
  };
}

/** The main language's name without its code ("English"), for "has no title in English". */
export const mainLanguage = (cx: LintContext) => ({ language: cx.lang, bare: true });

/** `scene "Park"` (its title in the main language, else in any, else its id). */
export const sceneWords = (cx: LintContext, s: Scene): Phrase => words('lint.scene', { name: nameOf(pickText(s.title, cx.lang), s.id) });

const nameOf = (text: string | undefined, id: string): string => (text ? shorten(text) : id);

/** The kind of a hotspot: `go-to hotspot` and the like. */
export const kindWords = (h: Hotspot): Phrase => words(`lint.kind.${h.action.type}`);

/**
 * `the hotspot "Open the door" in scene "Park"`, or by kind and id when it has no label;
 * `short`: without the scene.
 */
export function hotspotWords(cx: LintContext, h: Hotspot, s: Scene, short = false): Phrase {
  const label = pickText(h.label, cx.lang);
  if (label) return short ? words('lint.hotspot.short', { label: shorten(label) }) : words('lint.hotspot', { label: shorten(label), scene: sceneWords(cx, s) });
  return short ? words('lint.hotspot-unlabelled.short', { kind: kindWords(h), id: h.id }) : words('lint.hotspot-unlabelled', { kind: kindWords(h), id: h.id, scene: sceneWords(cx, s) });
}

/** `the picture "park.jpg"` or `the sound "birds.mp3"`. */
export const assetWords = (a: Asset): Phrase => words(a.kind === 'image' ? 'lint.asset.image' : a.kind === 'video' ? 'lint.asset.video' : 'lint.asset.audio', { name: shorten(a.name || a.id.slice(0, 12)) });

/**
 * `path` and 1 to 3 more segments, as an array of just that length: `[...path, a]` kept about
 * 130 bytes of slack per path, and lint makes some 50,000 of them for 2,000 scenes.
 */
export function pathTo(path: Path, a: PropertyKey, b?: PropertyKey, c?: PropertyKey): PropertyKey[] {
  const n = path.length;
  const out = new Array<PropertyKey>(n + (c !== undefined ? 3 : b !== undefined ? 2 : 1));
  for (let i = 0; i < n; i++) out[i] = path[i]!;
  out[n] = a;
  if (b !== undefined) out[n + 1] = b;
  if (c !== undefined) out[n + 2] = c;
  return out;
}
