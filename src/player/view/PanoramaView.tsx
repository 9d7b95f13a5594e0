import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import type { Camera, Scene, WebGLRenderer } from 'three';
import type { AssetSource } from '../../storage/asset-source.ts';
import type { Story } from '../../story/schema/index.ts';
import { POSTER_SIDE, videoPosterIds } from './videoPosters.ts';
import { CameraRig } from './CameraRig.tsx';
import { Panorama, PANORAMA_RADIUS, type PanoramaStatus, type ShownEvent } from './Panorama.tsx';
import { PanoramaTextures } from './textures/PanoramaTextures.ts';
import type { EarlyDecodes } from './textures/earlyDecodes.ts';
import type { EarlyScreen } from './textures/earlyScreen.ts';
import type { ViewController } from './viewController.ts';
import { ViewCanvas } from './ViewCanvas.tsx';
import { ViewAssetsContext } from './viewAssets.ts';
import { PlaceholderTitle } from './PlaceholderTitle.tsx';
import { PanoramaTiles } from './tiles/PanoramaTiles.tsx';
import type { TileLayer } from './tiles/TileLayer.ts';
import { baseSide } from '../../story/media/panorama-grid.ts';
import { hasPublishedTiles, publishedBaseSide } from './tiles/publishedTiles.ts';
import { deviceLimits } from './tiles/device.ts';

/** What the debug handle and the bench reach into. */
export interface ViewHandle {
  gl: WebGLRenderer;
  scene: Scene;
  camera: Camera;
  textures: PanoramaTextures;
  /** The current scene's full-resolution tiles, when its picture has them. */
  tiles(): TileLayer | null;
  invalidate(): void;
}

export interface PanoramaViewProps {
  story: Story;
  assets: AssetSource;
  controller: ViewController;
  sceneId: string | null;
  assetId: string | null;
  next: readonly string[];
  arrival: number;
  budgetBytes: number;
  maxTextureSize?: number;
  fade: boolean;
  /** Hotspot markers and anything else drawn in the scene. */
  children?: ReactNode;
  onStatus(status: PanoramaStatus): void;
  onShown(event: ShownEvent): void;
  onHandle?(handle: ViewHandle | null): void;
  /** Decodes started before the canvas existed (see EarlyDecodes). */
  early?: EarlyDecodes;
  /** Every drawn frame with the view's yaw/pitch (degrees), e.g. for the sound listener. */
  onViewFrame?(yaw: number, pitch: number): void;
  /** Each change is in the 3D scene when our commit ends, drawn in one frame (see ViewCanvas). */
  syncUpdates?: boolean;
}

/** How long the view waits for the early picture's canvas to take over (else it makes its own). */
const SCREEN_WAIT_MS = 5000;

/**
 * The 3D view: a WebGL canvas that renders only when something changes. Where the page drew the
 * start picture early (src/player/standalone/firstPaint.ts), the view waits for that to be drawn
 * and then draws on that canvas, with that picture (textures/earlyScreen.ts).
 */
export function PanoramaView(props: PanoramaViewProps) {
  const { early } = props;
  const [waiting, setWaiting] = useState(() => early?.screenSettled() ?? null);
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    const stop = () => live && setWaiting(null);
    const timer = setTimeout(stop, SCREEN_WAIT_MS);
    void waiting.then(stop);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [waiting]);
  const screen = useRef<EarlyScreen | null>(null);
  const adopt = useCallback(() => {
    const given = (screen.current = early?.takeScreen() ?? null);
    return given && { canvas: given.canvas, context: given.gl };
  }, [early]);
  if (waiting) return <div className="ssp-canvas" aria-hidden="true" style={{ position: 'relative', width: '100%', height: '100%' }} />;
  return (
    <ViewCanvas
      className="ssp-canvas"
      adopt={adopt}
      syncUpdates={props.syncUpdates}
      frameloop="demand"
      flat
      dpr={[1, 2]}
      gl={{ antialias: false, alpha: false, powerPreference: 'high-performance' }}
      camera={{ fov: props.controller.fov, near: 0.1, far: 200, position: [0, 0, 0], rotation: [0, 0, 0] }}
    >
      <ViewContents {...props} screen={screen} />
    </ViewCanvas>
  );
}

function ViewContents({ screen, ...p }: PanoramaViewProps & { screen: RefObject<EarlyScreen | null> }) {
  const gl = useThree((s) => s.gl);
  // Reading a shader's log waits for the compiler; a published player has no use for it.
  useLayoutEffect(() => {
    if (import.meta.env.PROD) gl.debug.checkShaderErrors = false;
  }, [gl]);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const [contextEpoch, setContextEpoch] = useState(0);
  const sizes = useMemo(() => {
    const m = new Map<string, { width: number; height: number }>();
    for (const a of p.story.assets) if (a.kind === 'image') m.set(a.id, { width: a.width, height: a.height });
    return m;
  }, [p.story]);
  const posters = useMemo(() => videoPosterIds(p.story), [p.story]);

  const { assets, budgetBytes, maxTextureSize, early } = p;
  // The best this device holds: one texture up to its limit, else a smaller whole plus tiles.
  const limits = useMemo(() => deviceLimits(gl.capabilities.maxTextureSize, maxTextureSize), [gl, maxTextureSize]);
  const tileLayer = useRef<TileLayer | null>(null);
  const onTileLayer = useCallback((l: TileLayer | null) => void (tileLayer.current = l), []);
  const cache = useMemo(
    () =>
      new PanoramaTextures({
        renderer: gl,
        assets,
        sizeOf: (id) => sizes.get(id),
        budgetBytes,
        maxSize: limits.maxTextureSize,
        sideOf: (id) => {
          const size = sizes.get(id);
          if (posters.has(id)) return POSTER_SIDE;
          if (hasPublishedTiles(assets, id, limits)) return publishedBaseSide(limits);
          return size ? baseSide(size, limits) : Infinity;
        },
        wholeUrlOf: (id) => (hasPublishedTiles(assets, id, limits) ? (assets.getTileUrl?.(id, 0, 0, 0) ?? null) : null),
        onChange: () => invalidate(),
        epoch: contextEpoch,
        early,
        adopted: takeOnce(screen),
      }),
    [gl, assets, sizes, posters, budgetBytes, limits, invalidate, contextEpoch, early, screen],
  );
  // Disposing only lets go of textures: the cache keeps working if used again (StrictMode remounts).
  useEffect(() => () => cache.dispose(), [cache]);

  // A lost WebGL context (common on phones) loses every texture: start the cache again.
  useEffect(() => {
    const canvas = gl.domElement;
    const lost = (e: Event) => e.preventDefault();
    const restored = () => setContextEpoch((n) => n + 1);
    canvas.addEventListener('webglcontextlost', lost);
    canvas.addEventListener('webglcontextrestored', restored);
    return () => {
      canvas.removeEventListener('webglcontextlost', lost);
      canvas.removeEventListener('webglcontextrestored', restored);
    };
  }, [gl]);

  const placeholderTitle = useMemo(() => {
    const s = p.story.scenes.find((x) => x.id === p.sceneId);
    const a = s && p.story.assets.find((x) => x.id === s.panorama);
    return s && a?.kind === 'image' && a.placeholder ? (s.title[p.story.meta.defaultLanguage] ?? Object.values(s.title)[0] ?? '') : null;
  }, [p.story, p.sceneId]);

  const { onHandle } = p;
  useEffect(() => {
    if (!onHandle) return;
    onHandle({ gl, scene, camera, textures: cache, tiles: () => tileLayer.current, invalidate });
    return () => onHandle(null);
  }, [cache, gl, scene, camera, invalidate, onHandle]);

  return (
    <ViewAssetsContext value={assets}>
      <CameraRig controller={p.controller} onFrame={p.onViewFrame} />
      {(
        <Panorama
          cache={cache}
          sceneId={p.sceneId}
          assetId={p.assetId}
          next={p.next}
          arrival={p.arrival}
          fade={p.fade}
          onStatus={p.onStatus}
          onShown={p.onShown}
        />
      )}
      <PanoramaTiles
        key={contextEpoch}
        cache={cache}
        assetId={p.assetId}
        size={p.assetId && !posters.has(p.assetId) ? sizes.get(p.assetId) : undefined}
        limits={limits}
        radius={PANORAMA_RADIUS * 0.95}
        onLayer={onTileLayer}
      />
      {placeholderTitle && <PlaceholderTitle title={placeholderTitle} />}
      {p.children}
    </ViewAssetsContext>
  );
}

/** The early canvas's picture for the first cache only (a later one, after a lost context, has none). */
function takeOnce(screen: RefObject<EarlyScreen | null>): EarlyScreen | null {
  const given = screen.current;
  screen.current = null;
  return given;
}
