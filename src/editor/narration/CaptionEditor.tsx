import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { CaptionCue } from '../../story/schema/soundscape.ts';
import { captionsToVtt, vttToCaptions } from '../../audio/webvtt.ts';
import { t } from '../../i18n/index.ts';
import { useDoc } from '../context.ts';
import { Icon } from '../icons.tsx';
import { round1 } from '../media/format.ts';

/** A cue that is valid: it ends after it starts. */
export function fixCue(c: CaptionCue): CaptionCue {
  const start = Math.max(0, round1(c.start));
  const end = Math.max(start + 0.1, round1(c.end));
  return { start, end: round1(end), text: c.text };
}

/**
 * Captions for one recording (a narration, or a scene's video), edited against it as it plays:
 * "Add a caption here" makes a cue at the current time; each cue's text, start and end can be
 * changed; WebVTT in and out. `save` replaces the track (`field` merges typing into one undo step).
 */
export function CaptionEditor(props: {
  cues: readonly CaptionCue[];
  language: string;
  duration: number;
  audioRef: RefObject<HTMLMediaElement | null>;
  save(cues: CaptionCue[], field?: string): void;
  /** The exported file's name, without ".vtt". */
  fileStem: string;
  /** Heading and help (default: the narration's). */
  heading?: string;
  help?: string;
}) {
  const { cues, language, duration, audioRef, fileStem } = props;
  const readOnly = useDoc((s) => s.readOnly);
  const base = useId();
  const [time, setTime] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const focusNext = useRef<number | null>(null);

  useEffect(() => {
    const el = audioRef.current;
    if (!el) return;
    const on = () => setTime(el.currentTime);
    el.addEventListener('timeupdate', on);
    el.addEventListener('seeked', on);
    return () => {
      el.removeEventListener('timeupdate', on);
      el.removeEventListener('seeked', on);
    };
  });
  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(`${base}-text-${focusNext.current}`)?.focus();
    focusNext.current = null;
  });

  const save = (next: CaptionCue[], field?: string) => props.save(next.map(fixCue), field);
  const add = () => {
    const start = round1(audioRef.current?.currentTime ?? time);
    const end = round1(Math.min(Math.max(duration, start + 0.5), start + 3));
    const next = [...cues, { start, end, text: '' }].sort((a, b) => a.start - b.start);
    focusNext.current = next.findIndex((c) => c.start === start && c.text === '');
    save(next);
  };
  const change = (i: number, patch: Partial<CaptionCue>, field: string) => save(cues.map((c, k) => (k === i ? { ...c, ...patch } : c)), `${i}:${field}`);
  const exportVtt = () => {
    const blob = new Blob([captionsToVtt(cues, language)], { type: 'text/vtt' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${fileStem}.vtt`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const importVtt = async (file: File) => {
    const result = vttToCaptions(await file.text(), language);
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (result.cues.length === 0) {
      setProblem(t('captions.importNone', { name: file.name }));
      return;
    }
    setProblem(errors.length ? t('captions.importSome', { name: file.name, count: errors.length, line: errors[0]!.line }) : null);
    save(result.cues.map((c) => ({ start: c.start, end: c.end, text: c.text })));
  };

  return (
    <section className="captions" aria-label={props.heading ?? t('captions.heading')}>
      <h5>{props.heading ?? t('captions.heading')}</h5>
      <p className="hint">{props.help ?? t('captions.help')}</p>
      {problem && <p role="alert" className="media-import-item is-error">{problem}</p>}
      <ol className="cue-list">
        {cues.map((c, i) => (
          <li key={i} className={`cue-card${time >= c.start && time < c.end ? ' is-current' : ''}`}>
            <div className="field cue-text">
              <label htmlFor={`${base}-text-${i}`}>{t('captions.text', { n: i + 1 })}</label>
              <input id={`${base}-text-${i}`} type="text" autoComplete="off" maxLength={2000} lang={language} value={c.text} readOnly={readOnly} onChange={(e) => change(i, { text: e.target.value }, 'text')} />
            </div>
            <div className="field">
              <label htmlFor={`${base}-start-${i}`}>{t('captions.start', { n: i + 1 })}</label>
              <input id={`${base}-start-${i}`} type="number" min={0} step={0.1} value={c.start} readOnly={readOnly}
                onChange={(e) => e.target.value !== '' && change(i, { start: Number(e.target.value) }, 'start')} />
            </div>
            <div className="field">
              <label htmlFor={`${base}-end-${i}`}>{t('captions.end', { n: i + 1 })}</label>
              <input id={`${base}-end-${i}`} type="number" min={0} step={0.1} value={c.end} readOnly={readOnly}
                onChange={(e) => e.target.value !== '' && change(i, { end: Number(e.target.value) }, 'end')} />
            </div>
            <div className="row wrap cue-text">
              <button type="button" className="button small" onClick={() => {
                const el = audioRef.current;
                if (!el) return;
                el.currentTime = c.start;
                void el.play().catch(() => undefined);
              }}>
                <Icon name="play" /> {t('captions.playFrom', { n: i + 1 })}
              </button>
              <button type="button" className="button small danger" disabled={readOnly} onClick={() => save(cues.filter((_, k) => k !== i))}>
                <Icon name="trash" /> {t('captions.delete', { n: i + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="row wrap">
        <button type="button" className="button" disabled={readOnly} onClick={add}>
          <Icon name="plus" /> {t('captions.addHere')}
        </button>
        <button type="button" className="button quiet" disabled={readOnly} onClick={() => fileRef.current?.click()}>
          {t('captions.import')}
        </button>
        <input ref={fileRef} type="file" hidden tabIndex={-1} accept=".vtt,text/vtt" aria-label={t('captions.import')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importVtt(f);
          }} />
        <button type="button" className="button quiet" disabled={cues.length === 0} onClick={exportVtt}>
          {t('captions.export')}
        </button>
      </div>
    </section>
  );
}
