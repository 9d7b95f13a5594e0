import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { ui } from '../../i18n/player.ts';
import type { PlayerDialogsProps } from './PlayerDialogs.tsx';

type DialogsModule = { default: ComponentType<PlayerDialogsProps> };
let loading: Promise<DialogsModule> | null = null;

/** Starts fetching the dialogs' code (once). */
export function preloadDialogs(): Promise<DialogsModule> {
  loading ??= import('./PlayerDialogs.tsx');
  return loading;
}

/** The dialogs, or a note that they could not be fetched (offline before the page had them all). */
const Dialogs = lazy(() => preloadDialogs().catch((): DialogsModule => ({ default: DialogsMissing })));

/**
 * The player's dialogs (PlayerDialogs.tsx), whose code is fetched when the reader first does
 * anything (a press, a key, a touch) or reaches an ending, and shown from when one first opens:
 * nothing of them holds back the first frame. Once shown they stay mounted, so a closing dialog
 * hands focus back as it should.
 */
export function LazyPlayerDialogs(props: PlayerDialogsProps) {
  const { snapshot, endingOpen, overlay } = props;
  const open = !!snapshot.panel || endingOpen || overlay !== null;
  const [used, setUsed] = useState(open);
  if (open && !used) setUsed(true);
  const ending = !!snapshot.ending;
  useEffect(() => {
    if (ending) void preloadDialogs().catch(() => {});
  }, [ending]);
  useEffect(() => {
    const events = ['pointerdown', 'keydown', 'touchstart'] as const;
    const stop = () => {
      for (const e of events) window.removeEventListener(e, fetchNow, true);
    };
    const fetchNow = () => {
      stop();
      void preloadDialogs().catch(() => {});
    };
    for (const e of events) window.addEventListener(e, fetchNow, { capture: true, passive: true });
    return stop; // (leaving the player fetches nothing)
  }, []);
  if (!used) return null;
  return (
    <Suspense fallback={null}>
      <Dialogs {...props} />
    </Suspense>
  );
}

/** In place of a dialog whose code could not be fetched: says so, and closes what asked for it. */
function DialogsMissing({ engine, snapshot, endingOpen, overlay, setOverlay, closeEnding }: PlayerDialogsProps) {
  if (!snapshot.panel && !endingOpen && overlay === null) return null;
  const close = () => {
    if (snapshot.panel) engine.closePanel(snapshot.panel.hotspotId);
    if (overlay !== null) setOverlay(null);
    if (endingOpen) closeEnding();
  };
  return (
    <div className="ssp-status" role="alert">
      <p className="ssp-status-note ssp-panel">
        {ui('player.partMissing')}{' '}
        <button type="button" className="ssp-button" onClick={close}>
          {ui('player.close')}
        </button>
      </p>
    </div>
  );
}
