import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './player.css';
import type { AssetSource } from '../storage/asset-source.ts';
import type { Story } from '../story/schema/index.ts';
import { installDebugHandle } from './debug/debugHandle.ts';
import { useReducedMotion } from './settings/useReducedMotion.ts';
import { usePlayerEngine } from './usePlayerEngine.ts';
import { useLookControls } from './view/useLookControls.ts';
import { PanoramaView, type ViewHandle } from './view/PanoramaView.tsx';
import type { PanoramaStatus, ShownEvent } from './view/Panorama.tsx';
import { defaultBudget } from './view/textures/budget.ts';
import { preloadOrder } from './view/preloadOrder.ts';
import { ViewController } from './view/viewController.ts';

export interface PlayerScreenProps {
  story: Story;
  assets: AssetSource;
  /** The reader's language (BCP 47); falls back to the story's default language. */
  language?: string;
  /** Shows an "Exit" button that calls this (e.g. back to the library). */
  onExit?: () => void;
  /** Installs `window.__story` for tests and benchmarks. */
  debug?: boolean;
  /** Bytes of panorama textures kept on the GPU (current scene + likeliest neighbours). */
  textureBudgetBytes?: number;
  /** Largest panorama side in pixels (capped by the GPU's limit anyway). */
  maxTextureSize?: number;
  /** "none" cuts between scenes even without prefers-reduced-motion (benchmarks). */
  transition?: 'fade' | 'none';
}

const storyKeys = new WeakMap<Story, number>();
let nextKey = 1;

/** The story player: 360° view, accessible controls and dialogs. Remounts when given another story. */
export function PlayerScreen(props: PlayerScreenProps) {
  let key = storyKeys.get(props.story);
  if (!key) storyKeys.set(props.story, (key = nextKey++));
  return <Player key={key} {...props} />;
}

function Player({ story, assets, language, debug, textureBudgetBytes, maxTextureSize, transition }: PlayerScreenProps) {
  const { engine, snapshot } = usePlayerEngine(story, language);
  const [controller] = useState(() => new ViewController());
  const viewHandle = useRef<ViewHandle | null>(null);
  const [shown] = useState<ShownEvent[]>([]);
  const [status, setStatus] = useState<PanoramaStatus>({ loading: true, error: null });
  const budget = useMemo(() => textureBudgetBytes ?? defaultBudget(), [textureBudgetBytes]);
  const order = useMemo(() => preloadOrder(snapshot), [snapshot]);
  const scene = snapshot.scene;
  const reducedMotion = useReducedMotion();
  controller.reducedMotion = reducedMotion;
  const [viewEl, setViewEl] = useState<HTMLDivElement | null>(null);
  useLookControls(viewEl, controller);

  // Each arrival starts at the scene's chosen view.
  useEffect(() => {
    if (scene) controller.set(scene.view);
  }, [controller, scene, snapshot.arrival]);

  const jump = useCallback(
    (sceneId: string) => {
      performance.mark('story:choice', { detail: { sceneId } });
      return engine.jumpTo(sceneId);
    },
    [engine],
  );
  const onShown = useCallback((e: ShownEvent) => shown.push(e), [shown]);
  const onHandle = useCallback((h: ViewHandle | null) => (viewHandle.current = h), []);

  useEffect(() => {
    if (!debug) return;
    return installDebugHandle(engine, controller, () => viewHandle.current, shown, jump);
  }, [debug, engine, controller, shown, jump]);

  return (
    <div className="ssp-root" data-loading={status.loading || undefined}>
      <div className="ssp-view" ref={setViewEl}>
        <PanoramaView
          story={story}
          assets={assets}
          controller={controller}
          sceneId={snapshot.sceneId}
          assetId={scene?.panorama ?? null}
          next={order.next}
          arrival={snapshot.arrival}
          budgetBytes={budget}
          maxTextureSize={maxTextureSize}
          fade={transition !== 'none' && !reducedMotion}
          onStatus={setStatus}
          onShown={onShown}
          onHandle={onHandle}
        />
      </div>
    </div>
  );
}
