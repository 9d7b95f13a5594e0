import { Icon } from '../../ui/icons.tsx';
import { strings } from '../strings.ts';

/** What a sound hotspot plays, in words (its label and transcript), while it plays. */
export function SoundToast({ label, transcript, failed, lang }: { label: string; transcript: string; failed: boolean; lang: string }) {
  return (
    <div className="ssp-sound ssp-panel" role="status">
      <Icon name="sound" />
      <div>
        <p className="ssp-sound-title" lang={lang}>
          {strings.soundPlaying(label)}
        </p>
        {failed && <p>{strings.soundFailed}</p>}
        {transcript && (
          <p className="ssp-sound-words" lang={lang}>
            {transcript}
          </p>
        )}
      </div>
    </div>
  );
}
