import { useState, useSyncExternalStore } from 'react';
import { t } from '../../i18n/index.ts';
import type { EditorContextValue } from '../context.ts';
import { getXRStore } from '../../xr/r3f/store.ts';
import { HeadsetIcon } from '../../player/xr/EnterVRButton.tsx';
import { openVREditor } from './host.tsx';

/**
 * "Edit in VR" under the editor's 360 view: starts a headset session that edits this story from
 * inside the current scene. Rendered only where immersive VR is supported (see ./EditInVRSlot.tsx).
 */
export function EditInVRButton({ ctx, debug }: { ctx: EditorContextValue; debug?: boolean }) {
  const store = getXRStore();
  const presenting = useSyncExternalStore(store.subscribe, () => store.getState().session != null);
  const [starting, setStarting] = useState(false);
  const [failed, setFailed] = useState(false);
  const start = () => {
    setFailed(false);
    setStarting(true);
    openVREditor(ctx, debug)
      .then((ok) => setFailed(!ok))
      .finally(() => setStarting(false));
  };
  return (
    <>
      <button
        type="button"
        className="button small"
        data-testid="edit-in-vr"
        title={t('vrEdit.enterTitle')}
        disabled={starting || presenting}
        onClick={start}
      >
        <HeadsetIcon />
        {starting ? t('vrEdit.starting') : t('vrEdit.enter')}
      </button>
      {failed && (
        <p className="hint" role="alert">
          {t('vrEdit.couldNotStart')}
        </p>
      )}
    </>
  );
}
