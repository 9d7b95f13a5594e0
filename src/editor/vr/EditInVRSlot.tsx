/**
 * "Edit in VR"'s door into the editor's 360 view. In the editor's first load, so it stays tiny:
 * the VR editor's code loads (as its own chunk) only where immersive VR is supported.
 */
import { lazy, Suspense } from 'react';
import { useImmersiveVr } from '../../xr/useImmersiveVr.ts';
import type { EditorContextValue } from '../context.ts';

const LazyEditButton = lazy(() => import('./chunk.ts').then((m) => ({ default: m.EditInVRButton })));

/**
 * "Edit in VR" for the editor's 360 view (DOM), shown only where immersive VR is supported.
 * `debug` installs `window.__storyXREdit` for tests and the bench.
 */
export function EditInVRSlot(props: { ctx: EditorContextValue; debug?: boolean }) {
  const vr = useImmersiveVr();
  if (!vr) return null;
  return (
    <Suspense fallback={null}>
      <LazyEditButton {...props} />
    </Suspense>
  );
}
