import type { Asset } from '../../schema/asset.ts';
import type { Scene } from '../../schema/scene.ts';
import type { Phrase } from '../../phrase.ts';
import { assetWords, sceneWords, words, type AssetUse, type LintContext, type Path, pathTo } from './context.ts';
import type { AssetId, HotspotId, SceneId } from '../../schema/common.ts';

/**
 * Media: every picture and sound a scene uses is in the story's media list and of the right kind
 * (asset-missing, asset-wrong-kind); each scene has its own 360° picture (panorama-missing,
 * panorama-placeholder); and each file in the list is used, credited, and shared with consent
 * (asset-unused, credit-missing, consent-missing).
 */

export function indexAssets(cx: LintContext): void {
  cx.story.assets.forEach((a, i) => {
    if (!cx.assetById.has(a.id)) cx.assetById.set(a.id, { asset: a, index: i });
  });
}

/** Checks one asset reference: it exists and is of the right kind. Records the use. */
export function assetRef(
  cx: LintContext,
  id: AssetId,
  kind: Asset['kind'],
  where: () => Phrase,
  path: Path,
  needsTranscript: boolean,
  sceneId?: SceneId,
  hotspotId?: HotspotId,
): void {
  const found = cx.assetById.get(id);
  cx.useAsset(id, where, needsTranscript);
  if (!found) {
    const key = (`lint.asset-missing.${kind}`) as 'lint.asset-missing.image' | 'lint.asset-missing.audio' | 'lint.asset-missing.video';
    cx.report('asset-missing', words(key, { use: where(), file: id.slice(0, 12) }), path, sceneId, hotspotId);
  } else if (found.asset.kind !== kind) {
    const key = (`lint.asset-wrong-kind.${kind}`) as 'lint.asset-wrong-kind.image' | 'lint.asset-wrong-kind.audio' | 'lint.asset-wrong-kind.video';
    cx.report('asset-wrong-kind', words(key, { use: where(), asset: assetWords(found.asset) }), path, sceneId, hotspotId);
  }
}

export function panorama(cx: LintContext, s: Scene, sp: Path): void {
  // The scene's name is made only for words that are used (a finding, or a finding about the picture).
  if (s.panorama === null) {
    cx.report('panorama-missing', words('lint.panorama-missing', { scene: sceneWords(cx, s) }), pathTo(sp, 'panorama'), s.id);
    return;
  }
  assetRef(cx, s.panorama, 'image', () => words('lint.use.panorama', { scene: sceneWords(cx, s) }), pathTo(sp, 'panorama'), false, s.id);
  const a = cx.assetById.get(s.panorama)?.asset;
  if (a && a.kind === 'image' && a.placeholder) cx.report('panorama-placeholder', words('lint.panorama-placeholder', { scene: sceneWords(cx, s) }), pathTo(sp, 'panorama'), s.id);
}

/** The asset's use, or undefined after reporting it unused (once per id). */
export function used(cx: LintContext, a: Asset, ai: number): AssetUse | undefined {
  const use = cx.assetUse.get(a.id);
  if (!use && cx.assetById.get(a.id)?.index === ai) cx.report('asset-unused', words('lint.asset-unused', { asset: assetWords(a) }), ['assets', ai]);
  return use;
}

export function consentAndCredit(cx: LintContext, a: Asset, ap: Path): void {
  if (a.consent.peopleRecognisable === 'yes' && !a.consent.consentRecorded) {
    const key = a.kind === 'audio' ? 'lint.consent-missing.audio' : 'lint.consent-missing.image';
    cx.report('consent-missing', words(key, { asset: assetWords(a) }), pathTo(ap, 'consent'));
  }
  const c = a.credit;
  if (!c.author?.trim() && !c.source?.trim()) cx.report('credit-missing', words('lint.credit-missing', { asset: assetWords(a) }), pathTo(ap, 'credit'));
}
