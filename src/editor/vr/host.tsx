import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { EditorContext, type EditorContextValue } from '../context.ts';
import { getXRStore, isConnected, subscribeConnected } from '../../xr/r3f/store.ts';
import { VREditor } from './VREditor.tsx';

/**
 * The VR editor lives in its own React root on a full-page layer (saying what is going on, with
 * an Exit VR button for the facilitator), not inside the editor's 360 view: that view is made
 * anew for every scene, and one session must live through "Next scene", the scene picker and
 * "Preview from here". It shares the editor's stores, so every change is the desktop's command,
 * in its history and autosaved; leaving VR puts the layer away and the editor shows the scene
 * and selection where the headset left them.
 */
let open: { root: Root; el: HTMLElement } | null = null;

function close() {
  if (!open) return;
  const { root, el } = open;
  open = null;
  root.unmount();
  el.remove();
}

/** Waits until the layer's <XR> is connected to its canvas (the session needs it). */
function connected(): Promise<void> {
  if (isConnected()) return Promise.resolve();
  return new Promise((resolve) => {
    const off = subscribeConnected(() => {
      if (!isConnected()) return;
      off();
      resolve();
    });
  });
}

/** Mounts the VR editor and starts the immersive session. Resolves false when VR did not start. */
export async function openVREditor(ctx: EditorContextValue, debug = false): Promise<boolean> {
  if (open) return true;
  const el = document.createElement('div');
  el.className = 'xr-edit-host';
  document.body.append(el);
  const root = createRoot(el);
  open = { root, el };
  root.render(
    <StrictMode>
      <EditorContext.Provider value={ctx}>
        <VREditor debug={debug} onExit={close} />
      </EditorContext.Provider>
    </StrictMode>,
  );
  const store = getXRStore();
  try {
    await connected();
    const session = await store.enterVR();
    if (!session) throw new Error('no session');
    session.addEventListener('end', () => setTimeout(close, 0), { once: true });
    return true;
  } catch {
    close();
    return false;
  }
}
