import { useEffect, useState } from 'react';
import { ui } from '../../i18n/player.ts';

/** A picture that arrives within this time needs no note: the last picture stays on screen meanwhile. */
export const LOADING_NOTE_DELAY_MS = 700;

/**
 * Loading and "no picture" notes over the view (polite status, never blocking). A slow picture gets a
 * small note at the top, off the middle of the view; a missing picture is said in the middle.
 */
export function StatusNote({ loading, error, hasPanorama }: { loading: boolean; error: string | null; hasPanorama: boolean }) {
  const slow = useSlow(loading && hasPanorama && !error);
  let text = '';
  if (!hasPanorama) text = ui('player.noPicture');
  else if (error) text = ui('player.pictureMissing', { reason: error });
  else if (slow) text = ui('player.loadingPicture');
  const small = !!text && hasPanorama && !error;
  return (
    <div className="ssp-status" role="status" data-small={small || undefined}>
      {text && (
        <p className="ssp-status-note ssp-panel" data-loading={small || undefined}>
          {small && <span className="ssp-spinner" aria-hidden="true" />}
          {text}
        </p>
      )}
    </div>
  );
}

/** True once `on` has stayed true for LOADING_NOTE_DELAY_MS. */
function useSlow(on: boolean): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!on) return;
    const timer = setTimeout(() => setSlow(true), LOADING_NOTE_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [on]);
  return on && slow;
}
