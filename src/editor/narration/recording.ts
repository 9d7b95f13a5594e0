/**
 * Recording narration with the microphone, outside React, so the desktop recorder and the
 * headset's narration panel do the same thing: ask for the microphone, record, read the level
 * when they draw (the desktop on animation frames, the headset on XR frames: a headset pauses
 * the page's animation frames), then make the file and put it in the story.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { Story } from '../../story/schema/story.ts';
import { localize } from '../../story/text.ts';
import { setNarrationCommand } from '../commands/set-narration.ts';
import type { Editor } from '../state/editor.ts';
import { audioDuration } from '../media/audio-info.ts';
import { importFile } from '../media/import.ts';
import { trimToWav } from './wav.ts';

/** The recording format this browser makes: WebM/Opus in Chromium and Firefox, MP4 in Safari. */
function recorderType(): string {
  const types = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];
  return types.find((x) => MediaRecorder.isTypeSupported(x)) ?? '';
}

/** Why there is no recording: the microphone was refused, is missing, or nothing was recorded. */
export class RecordingError extends Error {
  constructor(readonly reason: 'blocked' | 'missing' | 'empty') {
    super(reason);
    this.name = 'RecordingError';
  }
}

export interface Recorded {
  blob: Blob;
  /** Seconds, from decoding the sound. */
  duration: number;
}

export interface RecordingSession {
  /** Loudness now, 0..1 (for a level meter). */
  level(): number;
  /** Seconds since recording started. */
  elapsed(): number;
  /** Stops and resolves with the sound; rejects with RecordingError('empty') when there is none. */
  stop(): Promise<Recorded>;
  /** Stops without a result and lets go of the microphone. */
  cancel(): void;
}

/** Asks for the microphone and starts recording; rejects with RecordingError('blocked' | 'missing'). */
export async function startRecording(): Promise<RecordingSession> {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
  } catch (e) {
    throw new RecordingError((e as Error).name === 'NotAllowedError' || (e as Error).name === 'SecurityError' ? 'blocked' : 'missing');
  }
  const type = recorderType();
  const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => {
    if (e.data.size) chunks.push(e.data);
  };
  const ctx = new AudioContext();
  const analyser = ctx.createAnalyser();
  analyser.fftSize = 1024;
  ctx.createMediaStreamSource(stream).connect(analyser);
  const samples = new Float32Array(analyser.fftSize);
  const started = performance.now();
  let stopped: number | null = null;
  const release = () => {
    stopped ??= performance.now();
    stream.getTracks().forEach((tr) => tr.stop());
    void ctx.close().catch(() => undefined);
  };
  recorder.start(250);
  return {
    level() {
      if (stopped !== null) return 0;
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      return Math.min(1, Math.sqrt(sum / samples.length) * 4);
    },
    elapsed: () => ((stopped ?? performance.now()) - started) / 1000,
    stop: () =>
      new Promise<Recorded>((resolve, reject) => {
        recorder.onstop = () => {
          release();
          const blob = new Blob(chunks, { type: (recorder.mimeType || type || 'audio/webm').split(';')[0] });
          void audioDuration(blob).then((d) => (d ? resolve({ blob, duration: d }) : reject(new RecordingError('empty'))));
        };
        if (recorder.state === 'inactive') recorder.onstop(new Event('stop'));
        else recorder.stop();
      }),
    cancel() {
      recorder.onstop = null;
      if (recorder.state !== 'inactive') recorder.stop();
      release();
    },
  };
}

/** The recording as a file to import, cut to [start, end) seconds when that leaves something out. */
export async function recordingFile(rec: Recorded, fileName: string, trim = { start: 0, end: rec.duration }): Promise<File> {
  const trimmed = trim.start > 0.05 || trim.end < rec.duration - 0.05;
  const final = trimmed ? await trimToWav(rec.blob, trim.start, trim.end) : rec.blob;
  const ext = final.type === 'audio/wav' ? 'wav' : final.type.includes('mp4') ? 'm4a' : final.type.includes('ogg') ? 'ogg' : 'webm';
  return new File([final], `${fileName}.${ext}`, { type: final.type });
}

/** "Narration The harbour (en)": the name a recording gets in the story's media. */
export function narrationFileName(story: Story, scene: Scene, language: string): string {
  const title = localize(scene.title, story.meta.defaultLanguage) || t('editor.scene.untitled');
  return `${t('narration.fileName', { title })} (${language})`;
}

/**
 * Puts a recorded file in the story as the scene's narration in `language`, as a file chosen on
 * the computer is: imported (checked by its bytes), added to the media, then set with the
 * set-narration command (history and autosave). Resolves null, or a message saying why not.
 */
export async function keepNarration(editor: Editor, file: File, target: { sceneId: string; language: string }): Promise<string | null> {
  try {
    const r = await importFile(file, file.name);
    if (!r.ok) return r.message;
    if (r.media.kind !== 'audio') return t('media.error.unexpected', { name: file.name });
    if (!editor.addAsset(r.media.asset, r.media.blob)) return t('editor.readOnly');
    editor.run(setNarrationCommand, { ...target, assetId: r.media.asset.id });
    return null;
  } catch {
    return t('media.error.unexpected', { name: file.name });
  }
}

/** The desktop's message for a RecordingError (the headset has its own wording). */
export const recordingErrorKey: Record<RecordingError['reason'], MessageKey> = {
  blocked: 'narration.micBlocked',
  missing: 'narration.micMissing',
  empty: 'narration.emptyRecording',
};
