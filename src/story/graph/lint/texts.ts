import type { LocalizedText } from '../../schema/common.ts';
import type { Asset } from '../../schema/asset.ts';
import type { Hotspot, HotspotAction } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Narration } from '../../schema/soundscape.ts';
import type { Phrase } from '../../phrase.ts';
import { hasAnyText, hasText } from '../text.ts';
import { assetWords, hotspotWords, kindWords, mainLanguage, sceneWords, words, type LintContext, type Path, pathTo } from './context.ts';
import type { HotspotId, SceneId } from '../../schema/common.ts';

/**
 * Texts: the story, its scenes and hotspots have titles and labels in the main language
 * (story-title-empty, scene-title-empty, hotspot-no-label), and every text a reader sees is written
 * in each of the story's languages (translation-missing).
 */

const languageList = (tags: readonly string[]) => ({ list: tags.map((language) => ({ language })) });

/**
 * True when translations() would report this field: it has some text but lacks one of the story's
 * languages. Callers ask first, so the field's words and path are made only for a finding (lint
 * checks some 20,000 texts in 2,000 scenes, and each closure and path it made was garbage).
 */
export function lacksTranslation(cx: LintContext, text: LocalizedText | undefined, skipMain: boolean): boolean {
  if (!text) return false;
  const check = skipMain ? cx.otherLanguages : cx.languages;
  for (const l of check) if (!hasText(text, l)) return hasAnyText(text);
  return false;
}

/**
 * One "translation-missing" per field that has some text but lacks one of the story's languages.
 * `skipMain`: the main language has its own code for this field (e.g. hotspot-no-label).
 */
export function translations(
  cx: LintContext,
  text: LocalizedText | undefined,
  path: Path,
  field: () => Phrase,
  skipMain: boolean,
  sceneId?: SceneId,
  hotspotId?: HotspotId,
): void {
  if (!text || !lacksTranslation(cx, text, skipMain)) return;
  const check = skipMain ? cx.otherLanguages : cx.languages;
  let missing: string[] | undefined;
  for (const l of check) if (!hasText(text, l)) (missing ??= []).push(l);
  if (!missing) return;
  const key = missing.length > 1 ? 'lint.translation-missing.many' : 'lint.translation-missing';
  cx.report('translation-missing', words(key, { field: field(), languages: languageList(missing) }), path, sceneId, hotspotId);
}

export function storyTexts(cx: LintContext): void {
  const { meta } = cx.story;
  if (!hasText(meta.title, cx.lang)) cx.report('story-title-empty', words('lint.story-title-empty', { language: mainLanguage(cx) }), ['meta', 'title']);
  translations(cx, meta.title, ['meta', 'title'], () => words('lint.field.story-title'), true);
  translations(cx, meta.description, ['meta', 'description'], () => words('lint.field.story-description'), false);
}

export function sceneTexts(cx: LintContext, s: Scene, si: number, sp: Path): void {
  const sid = s.id;
  if (!hasText(s.title, cx.lang)) {
    cx.report('scene-title-empty', words('lint.scene-title-empty', { number: si + 1, id: sid, language: mainLanguage(cx) }), pathTo(sp, 'title'), sid);
  }
  // (No named closures here: tsx names each one as it is made, which cost 2,000 scenes milliseconds.
  // Each field is asked first, so its words and path are made only for a finding.)
  if (lacksTranslation(cx, s.title, true)) translations(cx, s.title, pathTo(sp, 'title'), () => words('lint.field.scene-title', { scene: sceneWords(cx, s) }), true, sid);
  if (lacksTranslation(cx, s.description, false)) {
    translations(cx, s.description, pathTo(sp, 'description'), () => words('lint.field.scene-description', { scene: sceneWords(cx, s) }), false, sid);
  }
  if (s.ending && lacksTranslation(cx, s.ending.text, false)) {
    translations(cx, s.ending.text, pathTo(sp, 'ending', 'text'), () => words('lint.field.ending-text', { scene: sceneWords(cx, s) }), false, sid);
  }
  if (s.ending?.score && lacksTranslation(cx, s.ending.score.text, false)) {
    translations(cx, s.ending.score.text, pathTo(sp, 'ending', 'score', 'text'), () => words('lint.field.ending-score', { scene: sceneWords(cx, s) }), false, sid);
  }
}

export function hotspotLabel(cx: LintContext, h: Hotspot, hp: Path, s: Scene): void {
  if (!hasText(h.label, cx.lang)) {
    const key = hasAnyText(h.label) ? 'lint.hotspot-no-label.other-languages' : 'lint.hotspot-no-label';
    cx.report('hotspot-no-label', words(key, { kind: kindWords(h), id: h.id, scene: sceneWords(cx, s), language: mainLanguage(cx) }), pathTo(hp, 'label'), s.id, h.id);
  }
  if (lacksTranslation(cx, h.label, true)) translations(cx, h.label, pathTo(hp, 'label'), () => words('lint.field.hotspot-label', { hotspot: hotspotWords(cx, h, s) }), true, s.id, h.id);
}

/** An info hotspot's title and text. */
export function infoTexts(cx: LintContext, h: Hotspot, action: Extract<HotspotAction, { type: 'info' }>, ap: Path, s: Scene): void {
  if (lacksTranslation(cx, action.title, false)) translations(cx, action.title, pathTo(ap, 'title'), () => words('lint.field.info-title', { hotspot: hotspotWords(cx, h, s) }), false, s.id, h.id);
  if (lacksTranslation(cx, action.text, false)) translations(cx, action.text, pathTo(ap, 'text'), () => words('lint.field.info-text', { hotspot: hotspotWords(cx, h, s) }), false, s.id, h.id);
}

/** The words an info hotspot's link shows. */
export function linkLabel(cx: LintContext, h: Hotspot, label: LocalizedText | undefined, ap: Path, s: Scene): void {
  translations(cx, label, pathTo(ap, 'link', 'label'), () => words('lint.field.link-text', { hotspot: hotspotWords(cx, h, s) }), false, s.id, h.id);
}

/** A narration with captions has a caption track in every one of the story's languages. */
export function captionTracks(cx: LintContext, n: Narration, np: Path, s: Scene): void {
  // One caption track per language, timed to that language's recording (schema/soundscape.ts).
  let tracks = 0;
  for (const l in n.captions) if (n.captions[l]!.length > 0) tracks++;
  if (tracks === 0) return;
  let missing: string[] | undefined;
  for (const l of cx.languages) if (!((n.captions[l]?.length ?? 0) > 0)) (missing ??= []).push(l);
  if (!missing) return;
  const key = missing.length > 1 ? 'lint.captions-missing.many' : 'lint.captions-missing';
  cx.report('translation-missing', words(key, { scene: sceneWords(cx, s), languages: languageList(missing) }), pathTo(np, 'captions'), s.id);
}

/** A picture's description and a sound's transcript, in the other languages. */
export function assetTexts(cx: LintContext, a: Asset, ap: Path): void {
  if (a.kind === 'image') {
    if (lacksTranslation(cx, a.alt, true)) translations(cx, a.alt, pathTo(ap, 'alt'), () => words('lint.field.image-alt', { asset: assetWords(a) }), true);
  } else if (lacksTranslation(cx, a.transcript, true)) translations(cx, a.transcript, pathTo(ap, 'transcript'), () => words(a.kind === 'video' ? 'lint.field.video-transcript' : 'lint.field.audio-transcript', { asset: assetWords(a) }), true);
}
