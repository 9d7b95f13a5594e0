import { ui } from '../../i18n/player.ts';

/**
 * The guide paused this headset: a calm message over the whole view (the facilitator's words, e.g.
 * "Time to take the headset off"), until the guide plays on. Nothing to press: the adult decides.
 */
export function GuidePause({ message }: { message: string }) {
  return (
    <div className="ssp-guide-pause" role="dialog" aria-modal="true" aria-labelledby="ssp-guide-pause-title" aria-describedby="ssp-guide-pause-hint">
      <div className="ssp-guide-pause-box">
        <p className="ssp-guide-pause-kicker">{ui('guide.paused')}</p>
        <h2 id="ssp-guide-pause-title">{message || ui('guide.paused')}</h2>
        <p id="ssp-guide-pause-hint">{ui('guide.pausedHint')}</p>
      </div>
    </div>
  );
}

/** A quiet note while the headset follows the guide's moves. */
export function GuideBadge() {
  return (
    <p className="ssp-guide-badge" role="status">
      {ui('guide.following')}
    </p>
  );
}
