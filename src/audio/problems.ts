/**
 * Sound problems in words a story author or reader can act on (pure).
 * Shaped like the story model's Problem (severity, code, message, sceneId) so the editor's
 * problems list can show them next to lint findings.
 */
import type { SoundRole } from './plan.ts';
import { formatName, unsupportedAdvice, type AudioFormat } from './formats.ts';

export type AudioProblemCode =
  | 'asset-missing'
  | 'asset-unavailable'
  | 'load-failed'
  | 'decode-failed'
  | 'format-unsupported'
  | 'play-failed'
  | 'unlock-failed'
  | 'no-audio';

export interface AudioProblem {
  severity: 'error' | 'warning';
  code: AudioProblemCode;
  /** One to three plain sentences: which sound, what went wrong, what to do. */
  message: string;
  role?: SoundRole;
  assetId?: string;
  sceneId?: string;
  /** The bed, source or hotspot id (or the narration's language). */
  itemId?: string;
}

const ROLE_WORDS: Record<SoundRole, string> = {
  bed: 'ambient sound',
  source: 'positional sound',
  narration: 'narration',
  shot: 'sound effect',
};

export interface SoundLabel {
  role: SoundRole;
  /** A file name when the host knows it, else the item id. */
  name: string;
  sceneId?: string;
  itemId?: string;
}

/** 'The ambient sound "rain.mp3" in scene "harbour"' */
export function describeSound(s: SoundLabel): string {
  const what = s.role === 'narration' ? `The narration "${s.name}"${s.itemId ? ` (${s.itemId})` : ''}` : `The ${ROLE_WORDS[s.role]} "${s.name}"`;
  return s.sceneId ? `${what} in scene "${s.sceneId}"` : what;
}

/** How howler described a load failure -> our problem code and words for the cause. */
export function classifyLoadError(error: unknown): { code: AudioProblemCode; cause: string } {
  if (typeof error === 'number') {
    // MediaError codes from HTML5 Audio (narration).
    switch (error) {
      case 1:
        return { code: 'load-failed', cause: 'loading was aborted' };
      case 2:
        return { code: 'load-failed', cause: 'a network error stopped the download' };
      case 3:
        return { code: 'decode-failed', cause: 'the file is damaged or not audio this browser can decode' };
      case 4:
        return { code: 'load-failed', cause: 'the file was not found, or its format is not one this browser plays' };
      default:
        return { code: 'load-failed', cause: `the browser reported error ${error}` };
    }
  }
  const text = error instanceof Error ? error.message : String(error ?? '');
  const status = /status:?\s*(\d{3})/i.exec(text);
  if (status) {
    const code = Number(status[1]);
    const why = code === 404 ? 'the file was not found (HTTP 404)' : code === 403 ? 'access was refused (HTTP 403)' : `the server answered HTTP ${code}`;
    return { code: 'load-failed', cause: why };
  }
  if (/decod/i.test(text)) return { code: 'decode-failed', cause: 'the file is damaged or not audio this browser can decode' };
  if (/codec/i.test(text)) return { code: 'format-unsupported', cause: 'this browser has no decoder for its format' };
  return { code: 'load-failed', cause: text || 'loading failed for an unknown reason' };
}

export function missingAssetProblem(s: SoundLabel, assetId: string): AudioProblem {
  return {
    severity: 'error',
    code: 'asset-missing',
    message: `${describeSound(s)} has no sound file in this story (asset ${assetId.slice(0, 12)}…). The scene plays without it. Add the file again in the editor, or remove the sound.`,
    role: s.role,
    assetId,
    sceneId: s.sceneId,
    itemId: s.itemId,
  };
}

export function unavailableAssetProblem(s: SoundLabel, assetId: string, error: unknown): AudioProblem {
  const why = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    code: 'asset-unavailable',
    message: `${describeSound(s)} could not be fetched from storage (${why}). The scene plays without it. Reload the page; if it keeps happening, add the file again.`,
    role: s.role,
    assetId,
    sceneId: s.sceneId,
    itemId: s.itemId,
  };
}

export function loadProblem(s: SoundLabel, assetId: string, error: unknown): AudioProblem {
  const { code, cause } = classifyLoadError(error);
  const fix =
    code === 'decode-failed'
      ? 'Open it in an audio editor and export it again as MP3 or WAV, then replace it.'
      : code === 'format-unsupported'
        ? 'Convert it to MP3, which every browser plays, and replace it.'
        : 'Check that the file is part of the story (and the site, if published), then try again.';
  return {
    severity: 'error',
    code,
    message: `${describeSound(s)} could not be played: ${cause}. The scene plays without it. ${fix}`,
    role: s.role,
    assetId,
    sceneId: s.sceneId,
    itemId: s.itemId,
  };
}

export function formatProblem(s: SoundLabel, assetId: string, format: AudioFormat): AudioProblem {
  return {
    severity: 'error',
    code: 'format-unsupported',
    message: `${describeSound(s)} is ${formatName(format)} (${format.mime}), which this browser cannot play. The scene plays without it. ${unsupportedAdvice(format)}`,
    role: s.role,
    assetId,
    sceneId: s.sceneId,
    itemId: s.itemId,
  };
}

export function playProblem(s: SoundLabel, assetId: string, error: unknown): AudioProblem {
  const why = error instanceof Error ? error.message : typeof error === 'string' ? error : 'the browser refused to start it';
  return {
    severity: 'warning',
    code: 'play-failed',
    message: `${describeSound(s)} could not start: ${why} Press "Start with sound" or any button, then try again.`,
    role: s.role,
    assetId,
    sceneId: s.sceneId,
    itemId: s.itemId,
  };
}

export const NO_AUDIO_PROBLEM: AudioProblem = {
  severity: 'warning',
  code: 'no-audio',
  message: 'This browser offers no Web Audio, so the story plays without sound. Try a current Chrome, Edge, Firefox or Safari for sound.',
};

export function unlockProblem(error: unknown): AudioProblem {
  const why = error instanceof Error ? error.message : String(error);
  return {
    severity: 'warning',
    code: 'unlock-failed',
    message: `Sound could not be started (${why}). Press "Start with sound" again; if nothing is heard, check that the tab and the device are not muted.`,
  };
}
