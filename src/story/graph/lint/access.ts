import type { Asset } from '../../schema/asset.ts';
import type { Scene } from '../../schema/scene.ts';
import { hasText } from '../text.ts';
import { assetWords, mainLanguage, sceneWords, words, type AssetUse, type LintContext, type Path, pathTo } from './context.ts';

/**
 * For people who cannot see or hear: pictures are described (image-no-alt), sounds have a
 * transcript (audio-no-transcript), speech in videos has captions (video-no-captions), and narration has captions (narration-no-captions).
 */

export function described(cx: LintContext, a: Asset, ap: Path, use: AssetUse): void {
  const params = () => ({ asset: assetWords(a), use: use.where, language: mainLanguage(cx) });
  if (a.kind === 'image') {
    if (!a.placeholder && !hasText(a.alt, cx.lang)) cx.report('image-no-alt', words('lint.image-no-alt', params()), pathTo(ap, 'alt'));
  } else if (a.kind === 'video') {
    if (a.sound === 'speech' && !(a.captions[cx.lang]?.length ?? 0) && !hasText(a.transcript, cx.lang)) cx.report('video-no-captions', words('lint.video-no-captions', params()), pathTo(ap, 'transcript'));
  } else if (use.needsTranscript && !hasText(a.transcript, cx.lang)) {
    cx.report('audio-no-transcript', words('lint.audio-no-transcript', params()), pathTo(ap, 'transcript'));
  }
}

export function narrationCaptions(cx: LintContext, language: string, path: Path, s: Scene): void {
  cx.report('narration-no-captions', words('lint.narration-no-captions', { language: { language }, scene: sceneWords(cx, s) }), path, s.id);
}
