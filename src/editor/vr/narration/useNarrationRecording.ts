import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '../../state/editor.ts';
import { RecordingError, keepNarration, recordingFile, startRecording, type Recorded, type RecordingSession } from '../../narration/recording.ts';
import { t, type MessageKey } from '../../../i18n/index.ts';

/** Where the headset's narration recorder is: each step shows its own message and buttons. */
export type NarrationPhase =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'recording'; session: RecordingSession }
  /** `error`: keeping or playing it failed; the recording is still here to try again. */
  | { step: 'review'; recorded: Recorded; url: string; error?: string }
  | { step: 'saving' }
  | { step: 'saved' }
  | { step: 'error'; message: string };

const ERROR_KEYS: Record<RecordingError['reason'], MessageKey> = {
  blocked: 'vrEdit.narration.micBlocked',
  missing: 'vrEdit.narration.micMissing',
  empty: 'vrEdit.narration.empty',
};
const messageOf = (e: unknown) => t(e instanceof RecordingError ? ERROR_KEYS[e.reason] : 'vrEdit.narration.micMissing');

/**
 * Record, stop, listen, keep or record again: the desktop recorder's steps (same microphone
 * handling, same file, same import and set-narration command), for a panel in the headset.
 */
export function useNarrationRecording(editor: Editor, target: { sceneId: string; language: string; fileName: string }) {
  const [phase, setPhase] = useState<NarrationPhase>({ step: 'idle' });
  const [playing, setPlaying] = useState(false);
  const live = useRef(phase);
  live.current = phase;
  const audio = useRef<HTMLAudioElement | null>(null);

  const stopPlaying = useCallback(() => {
    audio.current?.pause();
    audio.current = null;
    setPlaying(false);
  }, []);

  // Leaving (Close, or the panel is put away): the microphone and any playback stop.
  useEffect(
    () => () => {
      const p = live.current;
      if (p.step === 'recording') p.session.cancel();
      if (p.step === 'review') URL.revokeObjectURL(p.url);
      audio.current?.pause();
    },
    [],
  );

  const record = useCallback(async () => {
    stopPlaying();
    const p = live.current;
    if (p.step === 'review') URL.revokeObjectURL(p.url);
    setPhase({ step: 'starting' });
    try {
      const session = await startRecording();
      if (live.current.step !== 'starting') return session.cancel();
      setPhase({ step: 'recording', session });
    } catch (e) {
      setPhase({ step: 'error', message: messageOf(e) });
    }
  }, [stopPlaying]);

  const stop = useCallback(async () => {
    const p = live.current;
    if (p.step !== 'recording') return;
    setPhase({ step: 'saving' });
    try {
      const recorded = await p.session.stop();
      setPhase({ step: 'review', recorded, url: URL.createObjectURL(recorded.blob) });
    } catch (e) {
      setPhase({ step: 'error', message: messageOf(e) });
    }
  }, []);

  const play = useCallback(() => {
    const p = live.current;
    if (p.step !== 'review') return;
    if (audio.current) return stopPlaying();
    const el = new Audio(p.url);
    el.onended = () => stopPlaying();
    audio.current = el;
    setPlaying(true);
    el.play().catch(() => {
      stopPlaying();
      setPhase({ ...p, error: t('vrEdit.narration.playFailed') });
    });
  }, [stopPlaying]);

  const keep = useCallback(async () => {
    const p = live.current;
    if (p.step !== 'review') return;
    stopPlaying();
    setPhase({ step: 'saving' });
    let message: string | null;
    try {
      const file = await recordingFile(p.recorded, target.fileName);
      message = await keepNarration(editor, file, { sceneId: target.sceneId, language: target.language });
    } catch {
      message = t('narration.trimFailed');
    }
    if (message) return setPhase({ ...p, error: message });
    URL.revokeObjectURL(p.url);
    setPhase({ step: 'saved' });
  }, [editor, stopPlaying, target.fileName, target.sceneId, target.language]);

  return { phase, playing, record, stop, play, keep };
}
