import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { formatDuration, round1 } from '../media/format.ts';
import { RecordingError, recordingErrorKey, recordingFile, startRecording, type RecordingSession } from './recording.ts';

type Phase =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'recording' }
  | { step: 'review'; blob: Blob; url: string; duration: number }
  | { step: 'saving' };

const messageOf = (e: unknown) => t(e instanceof RecordingError ? recordingErrorKey[e.reason] : 'narration.micMissing');

/**
 * Recording narration with the microphone: a live level meter while recording, then play it back,
 * trim the start and end, record again, or use it. `onDone` gets the final sound as a file.
 */
export function Recorder({ fileName, onDone, onCancel }: { fileName: string; onDone(file: File): void; onCancel(): void }) {
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [level, setLevel] = useState(0);
  const [now, setNow] = useState(0);
  const [trim, setTrim] = useState({ start: 0, end: 0 });
  const rec = useRef<{ session: RecordingSession; frame: number } | null>(null);
  const base = useId();

  useEffect(
    () => () => {
      const r = rec.current;
      if (!r) return;
      cancelAnimationFrame(r.frame);
      r.session.cancel();
      rec.current = null;
    },
    [],
  );
  useEffect(() => () => {
    if (phase.step === 'review') URL.revokeObjectURL(phase.url);
  }, [phase]);

  const start = async () => {
    setError(null);
    setPhase({ step: 'starting' });
    let session: RecordingSession;
    try {
      session = await startRecording();
    } catch (e) {
      setError(messageOf(e));
      setPhase({ step: 'idle' });
      return;
    }
    const tick = () => {
      setLevel(session.level());
      setNow(session.elapsed());
      if (rec.current) rec.current.frame = requestAnimationFrame(tick);
    };
    rec.current = { session, frame: requestAnimationFrame(tick) };
    setPhase({ step: 'recording' });
  };

  const stop = async () => {
    const r = rec.current;
    if (!r) return;
    cancelAnimationFrame(r.frame);
    rec.current = null;
    try {
      const { blob, duration } = await r.session.stop();
      setTrim({ start: 0, end: round1(duration) });
      setPhase({ step: 'review', blob, url: URL.createObjectURL(blob), duration });
    } catch (e) {
      setError(messageOf(e));
      setPhase({ step: 'idle' });
    }
  };

  const use = async () => {
    if (phase.step !== 'review') return;
    const { blob, duration } = phase;
    setPhase({ step: 'saving' });
    try {
      onDone(await recordingFile({ blob, duration }, fileName, trim));
    } catch {
      setError(t('narration.trimFailed'));
      setPhase({ step: 'idle' });
    }
  };

  return (
    <div className="recorder" role="group" aria-label={t('narration.recorder')}>
      {error && <p role="alert" className="media-import-item is-error">{error}</p>}
      {(phase.step === 'idle' || phase.step === 'starting') && (
        <div className="row wrap">
          <button type="button" className="button primary" disabled={phase.step === 'starting'} onClick={() => void start()}>
            <span className="recording-dot" aria-hidden="true" /> {t('narration.start')}
          </button>
          <button type="button" className="button quiet" onClick={onCancel}>{t('library.cancel')}</button>
        </div>
      )}
      {phase.step === 'recording' && (
        <>
          <p role="status"><span className="recording-dot" aria-hidden="true" /> {t('narration.recording', { time: formatDuration(now) })}</p>
          <meter className="level-meter" min={0} max={1} low={0.1} high={0.85} optimum={0.5} value={level} aria-label={t('narration.level')} />
          <button type="button" className="button primary" onClick={() => void stop()}>
            {t('narration.stop')}
          </button>
        </>
      )}
      {phase.step === 'review' && (
        <>
          <audio controls src={phase.url} aria-label={t('narration.playBack')} />
          <div className="sound-grid">
            <div className="field">
              <label htmlFor={`${base}-ts`}>{t('narration.trimStart')}</label>
              <input id={`${base}-ts`} type="number" min={0} max={trim.end} step={0.1} value={trim.start}
                onChange={(e) => setTrim((x) => ({ ...x, start: Math.max(0, Math.min(x.end - 0.1, Number(e.target.value) || 0)) }))} />
            </div>
            <div className="field">
              <label htmlFor={`${base}-te`}>{t('narration.trimEnd')}</label>
              <input id={`${base}-te`} type="number" min={trim.start} max={round1(phase.duration)} step={0.1} value={trim.end}
                onChange={(e) => setTrim((x) => ({ ...x, end: Math.min(round1(phase.duration), Math.max(x.start + 0.1, Number(e.target.value) || 0)) }))} />
            </div>
          </div>
          <p className="hint">{t('narration.trimHelp', { length: formatDuration(phase.duration) })}</p>
          <div className="row wrap">
            <button type="button" className="button primary" onClick={() => void use()}>{t('narration.use')}</button>
            <button type="button" className="button" onClick={() => void start()}>{t('narration.retake')}</button>
            <button type="button" className="button quiet" onClick={onCancel}>{t('library.cancel')}</button>
          </div>
        </>
      )}
      {phase.step === 'saving' && <p role="status">{t('narration.saving')}</p>}
    </div>
  );
}
