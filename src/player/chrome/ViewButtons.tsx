import type { ReactNode } from 'react';
import { Icon } from '../../ui/icons.tsx';
import { ui } from '../../i18n/player.ts';

interface Props {
  fullscreen: { supported: boolean; active: boolean; toggle(): void };
  gyro: { supported: boolean; active: boolean; denied: boolean; toggle(): void };
  /** More round buttons (e.g. sound on/off), first in the column. */
  children?: ReactNode;
}

/** Round buttons on the right of the view: sound, full screen, and motion sensors where a phone has them. */
export function ViewButtons({ fullscreen, gyro, children }: Props) {
  return (
    <div className="ssp-view-buttons">
      {children}
      {gyro.denied && <p className="ssp-view-note ssp-panel">{ui('player.gyroDenied')}</p>}
      {gyro.supported && (
        <button type="button" className="ssp-round" onClick={gyro.toggle} aria-pressed={gyro.active} aria-label={ui('player.gyroOn')} title={ui('player.gyroOn')}>
          <Icon name="phone" size="1.5em" />
        </button>
      )}
      {fullscreen.supported && (
        <button
          type="button"
          className="ssp-round"
          onClick={fullscreen.toggle}
          aria-label={fullscreen.active ? ui('player.leaveFullscreen') : ui('player.fullscreen')}
          title={fullscreen.active ? ui('player.leaveFullscreen') : ui('player.fullscreen')}
        >
          <Icon name={fullscreen.active ? 'exitFullscreen' : 'fullscreen'} size="1.5em" />
        </button>
      )}
    </div>
  );
}
