import { useThree } from '@react-three/fiber';
import { useXR } from '@react-three/xr';
import { useEffect } from 'react';

/** Sessions that have ended (an ended session can be neither held nor adopted). */
const ended = new WeakSet<XRSession>();
/** The small WebGL context holding a session between two canvases, if one is. */
let holding: WebGL2RenderingContext | null = null;

function release() {
  holding?.getExtension('WEBGL_lose_context')?.loseContext();
  holding = null;
}

/**
 * Gives a running session a layer of its own while its canvas goes: the canvas's context is lost
 * soon after it unmounts (react-three-fiber forces that), and a session drawing to a lost context
 * shows nothing the browser can rely on. The headset shows black for the moment until the next
 * canvas takes the session over.
 */
function hold(session: XRSession) {
  release();
  try {
    const gl = document.createElement('canvas').getContext('webgl2', { xrCompatible: true });
    if (!gl) throw new Error('no WebGL2');
    session.updateRenderState({ baseLayer: new XRWebGLLayer(session, gl) });
    holding = gl;
  } catch {
    // The browser keeps the old layer: the next canvas still takes the session over.
  }
}

/**
 * Keeps a headset in VR when the page's canvas is replaced (the facilitator sent another story, #16):
 * the immersive session belongs to the page's XR store and outlives the old canvas, but only the
 * renderer it was started on draws into it. A new canvas takes the running session over (a new
 * XRWebGLLayer on its own WebGL context); where the browser refuses, the session ends and the reader
 * is back on the page, where "Enter VR" works as always.
 */
export function AdoptSession() {
  const gl = useThree((s) => s.gl);
  const session = useXR((s) => s.session);
  useEffect(() => {
    if (!session) return;
    session.addEventListener('end', () => {
      ended.add(session);
      release();
    });
    if (gl.xr.getSession() !== session) {
      gl.xr
        .setSession(session)
        .then(release)
        .catch(() => void session.end().catch(() => {}));
    }
    return () => {
      if (!ended.has(session)) hold(session);
    };
  }, [gl, session]);
  return null;
}
