import type { LocalizedText } from '../../schema/common.ts';
import type { Asset } from '../../schema/asset.ts';
import type { Hotspot, HotspotAction } from '../../schema/hotspot.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Narration } from '../../schema/soundscape.ts';
import { hasAnyText, hasText, languageName, listWords } from '../text.ts';
import { assetWords, hotspotWords, kindWords, sceneWords, type LintContext, type Path } from './context.ts';

/**
 * Texts: the story, its scenes and hotspots have titles and labels in the main language
 * (story-title-empty, scene-title-empty, hotspot-no-label), and every text a reader sees is written
 * in each of the story's languages (translation-missing).
 */

/**
 * One "translation-missing" per field that has some text but lacks one of the story's languages.
 * `skipMain`: the main language has its own code for this field (e.g. hotspot-no-label).
 */
export function translations(
  cx: LintContext,
  text: LocalizedText | undefined,
  path: Path,
  what: () => string,
  skipMain: boolean,
  sceneId?: string,
  hotspotId?: string,
): void {
  if (!text) return;
  const check = skipMain ? cx.otherLanguages : cx.languages;
  if (check.length === 0) return;
  let missing: string[] | undefined;
  for (const l of check) if (!hasText(text, l)) (missing ??= []).push(l);
  if (!missing || !hasAnyText(text)) return;
  const names = listWords(missing.map(languageName));
  cx.report(
    'translation-missing',
    `${what()} is not written in ${names} yet. Add the ${missing.length > 1 ? 'translations' : 'translation'}, or remove ${missing.length > 1 ? 'these languages' : 'this language'} from the story's languages.`,
    path,
    sceneId,
    hotspotId,
  );
}

export function storyTexts(cx: LintContext): void {
  const { meta } = cx.story;
  if (!hasText(meta.title, cx.lang)) {
    cx.report(
      'story-title-empty',
      `The story has no title in ${cx.langWords}. Give it a title: it is shown in the library and when the story starts.`,
      ['meta', 'title'],
    );
  }
  translations(cx, meta.title, ['meta', 'title'], () => 'The story\'s title', true);
  translations(cx, meta.description, ['meta', 'description'], () => 'The story\'s description', false);
}

export function sceneTexts(cx: LintContext, s: Scene, si: number, sp: Path): void {
  const sid = s.id;
  if (!hasText(s.title, cx.lang)) {
    cx.report(
      'scene-title-empty',
      `Scene ${si + 1} ("${sid}") has no title in ${cx.langWords}. Give it a short title, such as "The old bridge".`,
      [...sp, 'title'],
      sid,
    );
  }
  translations(cx, s.title, [...sp, 'title'], () => `The title of ${sceneWords(cx, s)}`, true, sid);
  translations(cx, s.description, [...sp, 'description'], () => `The description of ${sceneWords(cx, s)}`, false, sid);
  if (s.ending) translations(cx, s.ending.text, [...sp, 'ending', 'text'], () => `The ending text of ${sceneWords(cx, s)}`, false, sid);
}

export function hotspotLabel(cx: LintContext, h: Hotspot, hp: Path, s: Scene): void {
  if (!hasText(h.label, cx.lang)) {
    cx.report(
      'hotspot-no-label',
      `The ${kindWords(h)} "${h.id}" in ${sceneWords(cx, s)} has no label in ${cx.langWords}${hasAnyText(h.label) ? ' (only in other languages)' : ''}. Give it a short label, such as "Open the door": people who use screen readers hear it.`,
      [...hp, 'label'],
      s.id,
      h.id,
    );
  }
  translations(cx, h.label, [...hp, 'label'], () => `The label of ${hotspotWords(cx, h, s)}`, true, s.id, h.id);
}

/** An info hotspot's title and text. */
export function infoTexts(cx: LintContext, h: Hotspot, action: Extract<HotspotAction, { type: 'info' }>, ap: Path, s: Scene): void {
  translations(cx, action.title, [...ap, 'title'], () => `The info title of ${hotspotWords(cx, h, s)}`, false, s.id, h.id);
  translations(cx, action.text, [...ap, 'text'], () => `The info text of ${hotspotWords(cx, h, s)}`, false, s.id, h.id);
}

/** The words an info hotspot's link shows. */
export function linkLabel(cx: LintContext, h: Hotspot, label: LocalizedText | undefined, ap: Path, s: Scene): void {
  translations(cx, label, [...ap, 'link', 'label'], () => `The link text in ${hotspotWords(cx, h, s)}`, false, s.id, h.id);
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
  cx.report(
    'translation-missing',
    `The narration captions of ${sceneWords(cx, s)} are not written in ${listWords(missing.map(languageName))} yet. Add the caption ${missing.length > 1 ? 'tracks' : 'track'}, or remove ${missing.length > 1 ? 'these languages' : 'this language'} from the story's languages.`,
    [...np, 'captions'],
    s.id,
  );
}

/** A picture's description and a sound's transcript, in the other languages. */
export function assetTexts(cx: LintContext, a: Asset, ap: Path): void {
  if (a.kind === 'image') translations(cx, a.alt, [...ap, 'alt'], () => `The description of ${assetWords(a)}`, true);
  else translations(cx, a.transcript, [...ap, 'transcript'], () => `The transcript of ${assetWords(a)}`, true);
}
