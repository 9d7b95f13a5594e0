import type { Asset } from '../../schema/asset.ts';
import type { Scene } from '../../schema/scene.ts';
import { hasText, languageName } from '../text.ts';
import { assetWords, cap, sceneWords, type AssetUse, type LintContext, type Path } from './context.ts';

/**
 * For people who cannot see or hear: pictures are described (image-no-alt), sounds have a
 * transcript (audio-no-transcript), and narration has captions (narration-no-captions).
 */

export function described(cx: LintContext, a: Asset, ap: Path, use: AssetUse): void {
  if (a.kind === 'image') {
    if (!a.placeholder && !hasText(a.alt, cx.lang)) {
      cx.report(
        'image-no-alt',
        `${cap(assetWords(a))} (${use.where}) has no description in ${cx.langWords}. Describe in a sentence what it shows, for people who cannot see it.`,
        [...ap, 'alt'],
      );
    }
  } else if (use.needsTranscript && !hasText(a.transcript, cx.lang)) {
    cx.report(
      'audio-no-transcript',
      `${cap(assetWords(a))} (${use.where}) has no transcript in ${cx.langWords}. Write what can be heard (words, or a description such as "birds singing"), for people who cannot hear it.`,
      [...ap, 'transcript'],
    );
  }
}

export function narrationCaptions(cx: LintContext, language: string, path: Path, s: Scene): void {
  cx.report(
    'narration-no-captions',
    `The ${languageName(language)} narration of ${sceneWords(cx, s)} has no captions, so people who cannot hear it miss what is said. Add captions for it (the words, with their times).`,
    path,
    s.id,
  );
}
