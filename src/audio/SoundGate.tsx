/**
 * "Start with sound": browsers keep sound off until the reader interacts with the page. While the
 * engine is locked this shows a large, keyboard-reachable button; pressing it (click, tap, Enter or
 * Space) unlocks the audio inside that gesture. It also says so when sound cannot start, and when
 * the browser has no Web Audio at all. Renders nothing once sound runs.
 */
import { useState } from 'react';
import type { SoundscapeEngine } from './engine-api.ts';
import { useAudioState } from './hooks.ts';

export interface SoundGateProps {
  engine: SoundscapeEngine;
  /** Button text (default "Start with sound"). Pass translated text from src/i18n. */
  label?: string;
  /** Shown while starting (default "Starting sound…"). */
  startingLabel?: string;
  /** Shown when pressing did not start the sound. */
  failedLabel?: string;
  /** Shown when the browser cannot play sound at all. */
  unavailableLabel?: string;
  /** Move keyboard focus to the button when it appears (e.g. when it is the first thing to do). */
  autoFocus?: boolean;
  className?: string;
  /** Called after sound started (e.g. to start the narration view or hide an overlay). */
  onStarted?(): void;
}

export const SOUND_GATE_CSS = `
.ss-soundgate{display:flex;flex-direction:column;align-items:center;gap:.5rem;animation:ss-soundgate-in .2s ease-out .15s both}
.ss-soundgate button{font:inherit;font-size:1.25rem;font-weight:700;line-height:1.2;min-height:48px;min-width:48px;padding:.75em 1.25em;
 color:#fff;background:#0b3d91;border:3px solid #fff;border-radius:999px;cursor:pointer;box-shadow:0 2px 12px rgba(0,0,0,.5)}
.ss-soundgate button:hover{background:#0a4fc0}
.ss-soundgate button:focus-visible{outline:4px solid #ffd400;outline-offset:3px}
.ss-soundgate button[disabled]{cursor:progress;opacity:.85}
.ss-soundgate p{margin:0;padding:.4em .8em;color:#fff;background:rgba(0,0,0,.85);border-radius:.4em;font-size:1rem;max-width:40ch;text-align:center}
@keyframes ss-soundgate-in{from{opacity:0}to{opacity:1}}
@media (prefers-reduced-motion:reduce){.ss-soundgate{animation:none}}
`;

export function SoundGate({
  engine,
  label = 'Start with sound',
  startingLabel = 'Starting sound…',
  failedLabel = 'Sound did not start. Check that this tab and your device are not muted, then press again.',
  unavailableLabel = 'This browser cannot play sound. The story plays silently.',
  autoFocus = false,
  className,
  onStarted,
}: SoundGateProps) {
  const state = useAudioState(engine);
  const [phase, setPhase] = useState<'idle' | 'starting' | 'failed'>('idle');

  if (state === 'unavailable') {
    return (
      <div className={['ss-soundgate', className].filter(Boolean).join(' ')} role="status">
        <style href="storyscape-soundgate" precedence="default">{SOUND_GATE_CSS}</style>
        <p>{unavailableLabel}</p>
      </div>
    );
  }
  if (state !== 'locked') return null;

  const start = () => {
    setPhase('starting');
    // unlock() does its work synchronously, inside this gesture; the promise only reports back.
    engine.unlock().then(
      (ok) => {
        setPhase(ok ? 'idle' : 'failed');
        if (ok) onStarted?.();
      },
      () => setPhase('failed'),
    );
  };

  return (
    <div className={['ss-soundgate', className].filter(Boolean).join(' ')}>
      <style href="storyscape-soundgate" precedence="default">{SOUND_GATE_CSS}</style>
      <button type="button" onClick={start} disabled={phase === 'starting'} aria-describedby={phase === 'failed' ? 'ss-soundgate-msg' : undefined} autoFocus={autoFocus}>
        <span aria-hidden="true">🔊 </span>
        {phase === 'starting' ? startingLabel : label}
      </button>
      {phase === 'failed' ? (
        <p id="ss-soundgate-msg" role="alert">
          {failedLabel}
        </p>
      ) : null}
    </div>
  );
}
