import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { formatDuration, round1 } from '../media/format.ts';
import { audioDuration } from '../media/audio-info.ts';
import { trimToWav } from './wav.ts';

/** The recording format this browser makes: WebM/Opus in Chromium and Firefox, MP4 in Safari. */
function recorderType(): string {
  const types = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];
  return types.find((x) => MediaRecorder.isTypeSupported(x)) ?? '';
}

type Phase =
  | { step: 'idle' }
  | { step: 'starting' }
  | { step: 'recording'; started: number }
  | { step: 'review'; blob: Blob; url: string; duration: number }
  | { step: 'saving' };

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
  const rec = useRef<{ recorder: MediaRecorder; stream: MediaStream; ctx: AudioContext; frame: number } | null>(null);
  const base = useId();

  const stopDevices = () => {
    const r = rec.current;
    if (!r) return;
    cancelAnimationFrame(r.frame);
    r.stream.getTracks().forEach((tr) => tr.stop());
    void r.ctx.close().catch(() => undefined);
    rec.current = null;
  };
  useEffect(
    () => () => {
      const r = rec.current;
      if (!r) return;
      r.recorder.onstop = null;
      if (r.recorder.state !== 'inactive') r.recorder.stop();
      cancelAnimationFrame(r.frame);
      r.stream.getTracks().forEach((tr) => tr.stop());
      void r.ctx.close().catch(() => undefined);
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
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true } });
    } catch (e) {
      setError((e as Error).name === 'NotAllowedError' ? t('narration.micBlocked') : t('narration.micMissing'));
      setPhase({ step: 'idle' });
      return;
    }
    const type = recorderType();
    const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    recorder.ondataavailable = (e) => e.data.size && chunks.push(e.data);
    recorder.onstop = () => {
      stopDevices();
      const blob = new Blob(chunks, { type: (recorder.mimeType || type || 'audio/webm').split(';')[0] });
      void audioDuration(blob).then((d) => {
        if (!d) {
          setError(t('narration.emptyRecording'));
          setPhase({ step: 'idle' });
          return;
        }
        setTrim({ start: 0, end: round1(d) });
        setPhase({ step: 'review', blob, url: URL.createObjectURL(blob), duration: d });
      });
    };
    const ctx = new AudioContext();
    const analyser = ctx.createAnalyser();
    analyser.fftSize = 1024;
    ctx.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const started = performance.now();
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const s of samples) sum += s * s;
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
      setNow((performance.now() - started) / 1000);
      if (rec.current) rec.current.frame = requestAnimationFrame(tick);
    };
    rec.current = { recorder, stream, ctx, frame: requestAnimationFrame(tick) };
    recorder.start(250);
    setPhase({ step: 'recording', started });
  };

  const use = async () => {
    if (phase.step !== 'review') return;
    const { blob, duration } = phase;
    setPhase({ step: 'saving' });
    const trimmed = trim.start > 0.05 || trim.end < duration - 0.05;
    try {
      const final = trimmed ? await trimToWav(blob, trim.start, trim.end) : blob;
      const ext = final.type === 'audio/wav' ? 'wav' : final.type.includes('mp4') ? 'm4a' : final.type.includes('ogg') ? 'ogg' : 'webm';
      onDone(new File([final], `${fileName}.${ext}`, { type: final.type }));
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
          <button type="button" className="button primary" onClick={() => rec.current?.recorder.stop()}>
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
