import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { XR } from '@react-three/xr';
import { t } from '../../i18n/index.ts';
import { EditorContext, useDoc, useEditor, useSession } from '../context.ts';
import { PanoramaView } from '../../player/view/PanoramaView.tsx';
import { ViewController } from '../../player/view/viewController.ts';
import { defaultBudget } from '../../player/view/textures/budget.ts';
import { Hotspots } from '../../player/view/Hotspots.tsx';
import { localize } from '../../player/engine/index.ts';
import { createPlayerEngine, type PlayerEngine } from '../../player/engine/index.ts';
import { Session as PlayerSession } from '../../player/xr/XRLayer.tsx';
import { RigContext, Targets, TargetsContext } from '../../xr/r3f/context.ts';
import { Rig } from '../../xr/r3f/rig.ts';
import { getXRStore, markConnected } from '../../xr/r3f/store.ts';
import { EditSession } from './EditSession.tsx';
import { BackToEditing } from './BackToEditing.tsx';

const NO_NEXT: readonly string[] = [];

/**
 * The VR editor's canvas: the scene being edited (the editor's selected scene) with its hotspot
 * and sound markers and the editing tools, or, in "Preview from here", the story played by the
 * player's own engine and headset layer, in the same session.
 */
export function VREditor({ debug, onExit }: { debug: boolean; onExit(): void }) {
  const ctx = useEditor();
  const { editor, assets } = ctx;
  const story = useDoc((s) => s.story);
  const selected = useSession((s) => s.selection.sceneId);
  const scene = story.scenes.find((s) => s.id === selected) ?? story.scenes.find((s) => s.id === story.startSceneId) ?? story.scenes[0];
  const [controller] = useState(() => {
    const c = new ViewController();
    if (scene) c.set(scene.view);
    return c;
  });
  const rig = useMemo(() => new Rig(), []);
  const targets = useMemo(() => new Targets(), []);
  const budget = useMemo(() => defaultBudget(), []);
  const [preview, setPreview] = useState<PlayerEngine | null>(null);
  const played = usePreviewScene(preview);
  const [arrival, setArrival] = useState({ sceneId: scene?.id, n: 1 });
  if (scene && scene.id !== arrival.sceneId) setArrival({ sceneId: scene.id, n: arrival.n + 1 });

  // Editing with nothing selected (e.g. the map was clicked away): edit the scene on show.
  useEffect(() => {
    if (scene && selected !== scene.id) editor.select({ sceneId: scene.id, hotspotId: null });
  }, [editor, scene, selected]);

  useEffect(() => {
    markConnected(1);
    return () => markConnected(-1);
  }, []);

  // The renderer only reads pictures' sizes: keep one story object while the media stay the same.
  const assetList = story.assets;
  const viewStory = useMemo(() => story, [assetList]); // eslint-disable-line react-hooks/exhaustive-deps

  const startPreview = () => {
    if (!scene) return;
    const engine = createPlayerEngine({ ...story, startSceneId: scene.id }, { language: story.meta.defaultLanguage });
    engine.start();
    setPreview(engine);
  };
  const stopPreview = () => {
    const at = preview?.getState().sceneId;
    setPreview(null);
    if (at) editor.select({ sceneId: at, hotspotId: null });
  };

  const shownScene = preview ? played?.scene : scene;
  const title = scene ? localize(scene.title, story.meta.defaultLanguage) || t('editor.scene.untitled') : '';
  return (
    <div className="xr-edit-mirror" data-testid="vr-editor">
      <PanoramaView
        story={viewStory}
        assets={assets}
        controller={controller}
        sceneId={shownScene?.id ?? null}
        assetId={shownScene?.panorama ?? null}
        next={NO_NEXT}
        arrival={preview ? (played?.arrival ?? 0) + 1_000_000 : arrival.n}
        budgetBytes={budget}
        fade={false}
        onStatus={() => undefined}
        onShown={() => undefined}
      >
        {/* The canvas is another React renderer: the editor's context is handed on explicitly. */}
        <EditorContext.Provider value={ctx}>
        <RigContext.Provider value={rig}>
          <TargetsContext.Provider value={targets}>
            <XR store={getXRStore()}>
              {preview && played ? (
                <>
                  <Hotspots hotspots={played.visibleHotspots} labelOf={(h) => localize(h.label, played.language, story.meta.defaultLanguage)} highlightedId={null} scale={1} onChoose={(id) => preview.choose(id)} onHover={() => undefined} />
                  <PlayerSession story={story} engine={preview} controller={controller} onChoose={(id) => preview.choose(id)} debug={debug} rig={rig} targets={targets} />
                  <BackToEditing onBack={stopPreview} />
                </>
              ) : scene ? (
                <EditSession key="edit" story={story} scene={scene} arrival={arrival.n} controller={controller} rig={rig} targets={targets} debug={debug} onPreview={startPreview} />
              ) : null}
            </XR>
          </TargetsContext.Provider>
        </RigContext.Provider>
        </EditorContext.Provider>
      </PanoramaView>
      <div className="xr-edit-bar">
        <p>
          <strong>{title}</strong> — {t('vrEdit.mirror')}
        </p>
        <button type="button" className="button" onClick={() => void (getXRStore().getState().session?.end() ?? Promise.resolve()).finally(onExit)}>
          {t('vrEdit.exit')}
        </button>
      </div>
    </div>
  );
}

/** The preview's current scene and hotspots (null outside a preview). */
function usePreviewScene(engine: PlayerEngine | null) {
  const subscribe = useMemo(() => (engine ? engine.subscribe : () => () => undefined), [engine]);
  return useSyncExternalStore(subscribe, () => engine?.getState() ?? null);
}
