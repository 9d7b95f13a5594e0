import { strings } from '../strings.ts';

/** Loading and "no picture" notes over the view (polite status, never blocking). */
export function StatusNote({ loading, error, hasPanorama }: { loading: boolean; error: string | null; hasPanorama: boolean }) {
  let text = '';
  if (!hasPanorama) text = strings.noPicture;
  else if (error) text = `${strings.pictureMissing} (${error}).`;
  else if (loading) text = strings.loadingPicture;
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
