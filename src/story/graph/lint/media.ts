import type { Asset } from '../../schema/asset.ts';
import type { Scene } from '../../schema/scene.ts';
import { assetWords, cap, sceneWords, type AssetUse, type LintContext, type Path } from './context.ts';

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
  id: string,
  kind: Asset['kind'],
  where: () => string,
  path: Path,
  needsTranscript: boolean,
  sceneId?: string,
  hotspotId?: string,
): void {
  const found = cx.assetById.get(id);
  const use = cx.assetUse.get(id);
  if (use) use.needsTranscript ||= needsTranscript;
  else cx.assetUse.set(id, { where: where(), needsTranscript });
  if (!found) {
    cx.report(
      'asset-missing',
      `${cap(where())} is not in the story's media list (file ${id.slice(0, 12)}…). Add the ${kind === 'image' ? 'picture' : 'sound'} again, or choose another one.`,
      path,
      sceneId,
      hotspotId,
    );
  } else if (found.asset.kind !== kind) {
    cx.report(
      'asset-wrong-kind',
      `${cap(where())} is ${assetWords(found.asset)}, but it should be ${kind === 'image' ? 'a picture' : 'a sound'}. Choose ${kind === 'image' ? 'a picture' : 'a sound'} instead.`,
      path,
      sceneId,
      hotspotId,
    );
  }
}

export function panorama(cx: LintContext, s: Scene, sp: Path): void {
  if (s.panorama === null) {
    cx.report('panorama-missing', `${cap(sceneWords(cx, s))} has no 360° picture yet. Add a panorama photo or drawing to it.`, [...sp, 'panorama'], s.id);
    return;
  }
  assetRef(cx, s.panorama, 'image', () => `the panorama of ${sceneWords(cx, s)}`, [...sp, 'panorama'], false, s.id);
  const a = cx.assetById.get(s.panorama)?.asset;
  if (a && a.kind === 'image' && a.placeholder) {
    cx.report(
      'panorama-placeholder',
      `${cap(sceneWords(cx, s))} still shows the template's placeholder picture. Replace it with your own 360° photo or drawing.`,
      [...sp, 'panorama'],
      s.id,
    );
  }
}

/** The asset's use, or undefined after reporting it unused (once per id). */
export function used(cx: LintContext, a: Asset, ai: number): AssetUse | undefined {
  const use = cx.assetUse.get(a.id);
  if (!use && cx.assetById.get(a.id)?.index === ai) {
    cx.report(
      'asset-unused',
      `${cap(assetWords(a))} is in the story's media but used nowhere. Use it in a scene, or remove it to make the story smaller.`,
      ['assets', ai],
    );
  }
  return use;
}

export function consentAndCredit(cx: LintContext, a: Asset, ap: Path): void {
  if (a.consent.peopleRecognisable === 'yes' && !a.consent.consentRecorded) {
    cx.report(
      'consent-missing',
      `${cap(assetWords(a))} ${a.kind === 'image' ? 'shows' : 'lets you hear'} people who can be recognised, and their consent is not recorded. Ask them and record their consent, or replace or blur it before sharing the story.`,
      [...ap, 'consent'],
    );
  }
  const c = a.credit;
  if (!c.author?.trim() && !c.source?.trim()) {
    cx.report(
      'credit-missing',
      `${cap(assetWords(a))} does not say who made it or where it comes from. Add a credit, so people get thanks and you can show you may use it.`,
      [...ap, 'credit'],
    );
  }
}
