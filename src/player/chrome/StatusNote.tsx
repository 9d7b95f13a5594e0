import { ui } from '../../i18n/player.ts';

/** Loading and "no picture" notes over the view (polite status, never blocking). */
export function StatusNote({ loading, error, hasPanorama }: { loading: boolean; error: string | null; hasPanorama: boolean }) {
  let text = '';
  if (!hasPanorama) text = ui('player.noPicture');
  else if (error) text = ui('player.pictureMissing', { reason: error });
  else if (loading) text = ui('player.loadingPicture');
  return (
    <div className="ssp-status" role="status">
      {text && (
        <p className="ssp-status-note ssp-panel" data-loading={loading || undefined}>
          {loading && <span className="ssp-spinner" aria-hidden="true" />}
          {text}
        </p>
      )}
    </div>
  );
}
