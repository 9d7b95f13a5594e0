import type { ActiveCaption, SoundscapeEngine } from '../../audio/index.ts';
import { CaptionsView } from '../../audio/CaptionsView.tsx';
import { SoundGate } from '../../audio/SoundGate.tsx';
import { useAudioState } from '../../audio/hooks.ts';
import { Icon } from '../../ui/icons.tsx';
import { ui } from '../../i18n/player.ts';
import { useCaptionsOn } from '../settings/captions.ts';

/** "Start with sound" while the browser keeps sound off, then the narration's captions (or the video's) (unless the reader turned them off). */
export function SoundPanel({ audio, videoCaption = null }: { audio: SoundscapeEngine; videoCaption?: ActiveCaption | null }) {
  const [captions] = useCaptionsOn();
  return (
    <>
      <SoundGate
        engine={audio}
        label={ui('player.startSound')}
        startingLabel={ui('player.startingSound')}
        failedLabel={ui('player.soundNotStarted')}
        unavailableLabel={ui('player.noSound')}
      />
      <CaptionsView engine={audio} className="ssp-captions" hidden={!captions} other={videoCaption} />
    </>
  );
}

/** Sound on/off (remembered by the sound engine). */
export function MuteButton({ audio }: { audio: SoundscapeEngine }) {
  const state = useAudioState(audio);
  if (state === 'unavailable' || state === 'disposed') return null;
  const muted = state === 'muted';
  return (
    <button
      type="button"
      className="ssp-round"
      aria-pressed={muted}
      aria-label={ui('player.mute')}
      title={ui('player.mute')}
      onClick={() => (state === 'locked' ? void audio.unlock() : audio.setMuted(!muted))}
    >
      <Icon name={muted ? 'soundOff' : 'sound'} size="1.5em" />
    </button>
  );
}
