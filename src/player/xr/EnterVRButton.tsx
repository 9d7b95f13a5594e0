import { useState, useSyncExternalStore } from 'react';
import { getXRStore, isConnected, subscribeConnected } from '../../xr/r3f/store.ts';
import { ui } from '../../i18n/player.ts';

/** A headset outline (decorative: the button's text says what it does). */
export function HeadsetIcon() {
  return (
    <svg width="1.5em" height="1.5em" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        d="M3 8.5A2.5 2.5 0 0 1 5.5 6h13A2.5 2.5 0 0 1 21 8.5v6a2.5 2.5 0 0 1-2.5 2.5h-3.2a1.5 1.5 0 0 1-1.3-.8l-.7-1.3a1.5 1.5 0 0 0-2.6 0l-.7 1.3a1.5 1.5 0 0 1-1.3.8H5.5A2.5 2.5 0 0 1 3 14.5z"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/**
 * "Enter VR": starts an immersive session on this page (the same story, scene and choices; the
 * desktop view comes back where the headset looked when the session ends). Rendered only where
 * immersive VR is supported (see XRButtonSlot).
 */
export function EnterVRButton() {
  const store = getXRStore();
  const presenting = useSyncExternalStore(store.subscribe, () => store.getState().session != null);
  const ready = useSyncExternalStore(subscribeConnected, isConnected);
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);

  const onClick = () => {
    setFailed(false);
    const session = store.getState().session;
    if (session) {
      void session.end().catch(() => {});
      return;
    }
    setStarting(true);
    store
      .enterVR()
      .then((s) => setFailed(!s))
      .catch(() => setFailed(true))
      .finally(() => setStarting(false));
  };

  return (
    <div className="ssp-xr">
      <button
        type="button"
        className="ssp-button ssp-primary ssp-xr-enter"
        onClick={onClick}
        disabled={!ready || starting}
        title={presenting ? undefined : ui('xr.enterVrTitle')}
        data-testid="enter-vr"
      >
        <HeadsetIcon />
        {starting ? ui('xr.starting') : presenting ? ui('xr.exitVr') : ui('xr.enterVr')}
      </button>
      {failed && (
        <p className="ssp-panel ssp-xr-note" role="alert">
          {ui('xr.couldNotStart')}
        </p>
      )}
    </div>
  );
}
