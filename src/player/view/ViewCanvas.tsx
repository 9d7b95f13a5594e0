import { Component, Suspense, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createRoot, events, extend, flushSync, type ReconcilerRoot, type RenderProps } from '@react-three/fiber';
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, PlaneGeometry, SphereGeometry, Sprite, SpriteMaterial, WebGLRenderer } from 'three';

/**
 * The three.js classes that may appear as JSX (<mesh>, <group>, …) inside the 360° view: ours,
 * the headset layer's (src/player/xr, src/xr/r3f and @react-three/xr's controllers), and the editor's sound
 * markers (<sprite>). Only these are bundled: R3F's own <Canvas> registers the whole three.js
 * namespace, which keeps every class of three.js in the player's first load (about 40 kB gzip).
 * A class missing here fails loudly ("… is not part of the THREE namespace"): add it here, or,
 * when only lazily loaded code uses it, with that code (the controller's CapsuleGeometry: src/xr/r3f/inputs.tsx).
 */
extend({ BoxGeometry, Group, Mesh, MeshBasicMaterial, PlaneGeometry, SphereGeometry, Sprite, SpriteMaterial });

export type ViewCanvasProps = Omit<RenderProps<HTMLCanvasElement>, 'size' | 'events'> & {
  className?: string;
  children: ReactNode;
  /**
   * Puts each change of the children in the 3D scene within our own commit, not in a task after it.
   * Left to itself, the 3D tree's update runs after the next frame: that frame draws the new scene
   * without its new hotspot markers and the frame after draws them (two WebGL frames for one
   * change, each one a frame the page waits for where WebGL is drawn in software).
   */
  syncUpdates?: boolean;
  /**
   * Asked once, when the renderer is made: a canvas with a WebGL 2 context to draw on instead of
   * our own (the early picture's, see textures/earlyScreen.ts), or null. Only with a `gl` object.
   */
  adopt?: () => { canvas: HTMLCanvasElement; context: WebGL2RenderingContext } | null;
};

interface Size {
  width: number;
  height: number;
  top: number;
  left: number;
}

/**
 * A WebGL canvas that fills its parent and renders R3F children: a small <Canvas> (no context
 * bridge: nothing inside reads a React context from outside). The renderer is made in the first
 * layout effect (the size is measured there, not one ResizeObserver callback later), so the first
 * picture can be drawn as early as possible. Pointer events are listened for on the wrapper, which
 * is hidden from screen readers: the player describes the view in words beside it.
 */
export function ViewCanvas({ className, children, syncUpdates = false, adopt, ...config }: ViewCanvasProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const root = useRef<ReconcilerRoot<HTMLCanvasElement> | null>(null);
  const adopted = useRef<HTMLCanvasElement | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (error) throw error; // to the nearest error boundary outside, as R3F's <Canvas> does

  useLayoutEffect(() => {
    const el = wrap.current!;
    const measure = () => {
      const r = el.getBoundingClientRect();
      setSize((s) => (s && s.width === r.width && s.height === r.height && s.top === r.top && s.left === r.left ? s : { width: r.width, height: r.height, top: r.top, left: r.left }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Configured and rendered after every render of ours, like R3F's <Canvas>. (setError runs only
  // when configuring fails, once: it cannot start a chain of updates.)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    if (!size || size.width <= 0 || size.height <= 0 || !canvas.current) return;
    if (!root.current) {
      const given = adopt && (config.gl === undefined || isPlainGl(config.gl)) ? adopt() : null;
      if (given) {
        // The given canvas takes our own's place (ours stays, hidden after it, for React).
        given.canvas.style.cssText = 'display:block;width:100%;height:100%';
        canvas.current.style.display = 'none';
        canvas.current.before(given.canvas);
        adopted.current = given.canvas;
        const gl = config.gl;
        config.gl = (defaults) => new WebGLRenderer({ ...defaults, ...gl, canvas: given.canvas, context: given.context });
      }
      root.current = createRoot(adopted.current ?? canvas.current);
    }
    const r = root.current;
    r.configure({
      ...config,
      size,
      events,
      onCreated: (state) => {
        if (wrap.current) state.events.connect?.(wrap.current);
        config.onCreated?.(state);
      },
    }).catch(setError);
    const tree = (
      <Catch onError={setError}>
        <Suspense fallback={null}>{children}</Suspense>
      </Catch>
    );
    if (syncUpdates) flushSync(() => r.render(tree));
    else r.render(tree);
  });

  useLayoutEffect(
    () => () => {
      root.current?.unmount();
      root.current = null;
      adopted.current?.remove();
      adopted.current = null;
    },
    [],
  );

  return (
    <div ref={wrap} className={className} aria-hidden="true" style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}>
      <canvas ref={canvas} style={{ display: 'block', width: '100%', height: '100%' }} />
    </div>
  );
}

/** A `gl` given as renderer parameters (not a renderer, nor a function making one). */
function isPlainGl(gl: unknown): gl is Record<string, unknown> {
  return typeof gl === 'object' && gl !== null && !('render' in gl);
}

/** Hands an error thrown inside the 3D tree to the component outside it. */
class Catch extends Component<{ onError(e: unknown): void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(e: unknown) {
    this.props.onError(e);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
