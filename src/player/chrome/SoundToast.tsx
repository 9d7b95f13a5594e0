import { Icon } from '../../ui/icons.tsx';
import { ui, uiDirection } from '../../i18n/player.ts';

/** What a sound hotspot plays, in words (its label and transcript), while it plays. */
export function SoundToast({ label, transcript, failed, lang }: { label: string; transcript: string; failed: boolean; lang: string }) {
  return (
    <div className="ssp-sound ssp-panel" role="status">
      <Icon name="sound" />
      <div>
        <p className="ssp-sound-title" lang={lang} dir={uiDirection(lang)}>
          {ui('player.soundPlaying', { label })}
        </p>
        {failed && <p>{ui('player.soundFailed')}</p>}
        {transcript && (
          <p className="ssp-sound-words" lang={lang} dir={uiDirection(lang)}>
            {transcript}
          </p>
        )}
      </div>
    </div>
  );
}
