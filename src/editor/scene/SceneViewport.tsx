import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Story } from '../../story/schema/story.ts';
import type { Scene } from '../../story/schema/scene.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { PanoramaView } from '../../player/view/PanoramaView.tsx';
import type { PanoramaStatus } from '../../player/view/Panorama.tsx';
import { Hotspots } from '../../player/view/Hotspots.tsx';
import { handleViewKey, useLookControls } from '../../player/view/useLookControls.ts';
import { ViewController } from '../../player/view/viewController.ts';
import { defaultBudget } from '../../player/view/textures/budget.ts';
import { useDoc, useEditor, useSession } from '../context.ts';
import { moveHotspotCommand } from '../commands/move-hotspot.ts';
import { deleteHotspotCommand } from '../commands/delete-hotspot.ts';
import { setSceneViewCommand } from '../commands/set-scene-view.ts';
import { moveSoundSourceCommand } from '../commands/move-sound-source.ts';
import { deleteSoundSourceCommand } from '../commands/delete-sound-source.ts';
import { Icon } from '../icons.tsx';
import { SoundMarkers } from './SoundMarkers.tsx';
import { KeepShaders } from './KeepShaders.tsx';
import { usePointerEditing } from './usePointerEditing.ts';
import { usePlacing } from './usePlacing.ts';
import { HotspotChoice } from './HotspotChoice.tsx';
import { SoundPanel } from './SoundPanel.tsx';
import type { Hit } from './hitTest.ts';
import { EditInVRSlot } from '../vr/EditInVRSlot.tsx';
import { VideoSphere } from '../../player/view/VideoSphere.tsx';
import { videoLength } from '../../player/video/seek-keys.ts';
import { useEditorVideo } from './useEditorVideo.ts';
import { VideoTimeline } from './VideoTimeline.tsx';

const NO_NEXT: readonly string[] = [];
const ignore = () => undefined;
/** `?debug` in the address installs the VR editor's test handle (as the player's `?debug`). */
const DEBUG = typeof location !== 'undefined' && new URLSearchParams(location.search).has('debug');
const round1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The editor's 360° view of a scene, drawn by the player's own renderer (PanoramaView, Hotspots):
 * look around as a reader would, click to add a hotspot, drag hotspots and sounds to move them,
 * and keep the current view as the scene's start view. Every change is a command (undoable).
 */
export function SceneViewport({ story, scene }: { story: Story; scene: Scene }) {
  const { editor, assets } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const selectedHotspot = useSession((s) => (s.selection.sceneId === scene.id ? s.selection.hotspotId : null));
  // One view (one WebGL canvas) for every scene chosen in turn: starting WebGL again for each scene
  // took most of a second on a computer without a GPU. It opens each scene on its start view.
  const [controller] = useState(() => {
    const c = new ViewController();
    c.set(scene.view);
    return c;
  });
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const [lookEl, setLookEl] = useState<HTMLDivElement | null>(null);
  const [status, setStatus] = useState<PanoramaStatus>({ loading: true, error: null });
  const [selectedSound, setSelectedSound] = useState<string | null>(null);
  const [dragged, setDragged] = useState<{ kind: Hit['kind']; id: string; yaw: number; pitch: number } | null>(null);
  const budget = useMemo(() => defaultBudget(), []);
  const lang = story.meta.defaultLanguage;
  const placing = usePlacing(story, scene, controller);
  const video = useEditorVideo(scene.video?.asset ?? null, assets);
  const videoAsset = story.assets.find((a) => a.id === scene.video?.asset);
  // Another scene chosen: what was picked, dragged or loading in the last one is let go.
  const [viewScene, setViewScene] = useState(scene.id);
  if (viewScene !== scene.id) {
    setViewScene(scene.id);
    setSelectedSound(null);
    setDragged(null);
  }
  // Each scene opens on its start view (set before the frame that first draws it).
  const startView = scene.view;
  useLayoutEffect(() => controller.set(startView), [controller, scene.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const frameRef = useRef<HTMLDivElement | null>(null);

  const setFrameRef = useCallback((el: HTMLDivElement | null) => {
    frameRef.current = el;
    setFrame(el);
  }, []);

  useLookControls(lookEl, controller);

  // The renderer only reads the story's pictures (their sizes): edits that leave the media alone
  // keep the same object, so typing a label does not start its texture cache over.
  const assetList = story.assets;
  const viewStory = useMemo(() => story, [assetList]); // eslint-disable-line react-hooks/exhaustive-deps

  const sceneId = scene.id;
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-reduced-motion: reduce)');
    controller.reducedMotion = !!mq?.matches;
  }, [controller]);

  // A sound chosen in the list or on the view: one selection at a time (hotspot or sound).
  const selectSound = useCallback(
    (id: string | null) => {
      setSelectedSound(id);
      if (id) editor.select({ sceneId, hotspotId: null });
    },
    [editor, sceneId],
  );
  const soundSelected = !selectedHotspot && selectedSound && scene.soundscape.sources.some((s) => s.id === selectedSound) ? selectedSound : null;

  const pick = useCallback(
    (hit: Hit) => {
      editor.history.seal();
      if (hit.kind === 'hotspot') {
        setSelectedSound(null);
        editor.select({ sceneId, hotspotId: hit.id });
      } else selectSound(hit.id);
    },
    [editor, sceneId, selectSound],
  );

  usePointerEditing(frame, {
    scene,
    controller,
    readOnly,
    onPick: pick,
    // While dragging, only the view shows the marker moving; letting go is one change (one undo step).
    onDrag: (hit, yaw, pitch) => setDragged({ kind: hit.kind, id: hit.id, yaw, pitch }),
    onDragEnd: (hit, yaw, pitch) => {
      setDragged(null);
      editor.history.seal();
      if (hit.kind === 'hotspot') editor.run(moveHotspotCommand, { hotspotId: hit.id, yaw, pitch });
      else editor.run(moveSoundSourceCommand, { sceneId, sourceId: hit.id, yaw, pitch });
      editor.history.seal();
    },
    onClickAt: (yaw, pitch) => placing.placeAt(yaw, pitch, selectSound),
  });

  const nudge = (dYaw: number, dPitch: number) => {
    if (selectedHotspot) {
      const h = scene.hotspots.find((x) => x.id === selectedHotspot);
      if (h) editor.run(moveHotspotCommand, { hotspotId: h.id, yaw: h.yaw + dYaw, pitch: Math.max(-90, Math.min(90, h.pitch + dPitch)) });
    } else if (soundSelected) {
      const s = scene.soundscape.sources.find((x) => x.id === soundSelected);
      if (s) editor.run(moveSoundSourceCommand, { sceneId, sourceId: s.id, yaw: s.yaw + dYaw, pitch: s.pitch + dPitch });
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // typing in the menu or buttons over the view
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
    let used = true;
    if (e.altKey && arrows[e.key]) {
      const [dy, dp] = arrows[e.key]!;
      if (!readOnly) nudge(dy, dp);
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && !readOnly && (selectedHotspot || soundSelected)) {
      if (selectedHotspot) editor.run(deleteHotspotCommand, { hotspotId: selectedHotspot });
      else if (soundSelected) {
        editor.run(deleteSoundSourceCommand, { sceneId, sourceId: soundSelected });
        setSelectedSound(null);
      }
    } else if (e.key === 'Escape' && (placing.mode === 'sound' || placing.asking)) {
      placing.stop();
    } else if (!e.ctrlKey && !e.metaKey && !e.altKey) {
      used = handleViewKey(e, controller);
    } else used = false;
    if (used) {
      e.preventDefault();
      e.stopPropagation();
    }
  };

  const labelOf = useCallback(
    (h: Hotspot) => {
      const own = localize(h.label, lang);
      if (own) return own;
      const target = h.action.type === 'goto' ? story.scenes.find((s) => s.id === (h.action as { sceneId: string }).sceneId) : undefined;
      return target ? localize(target.title, lang) : '';
    },
    [lang, story.scenes],
  );

  const useThisView = () => {
    const v = controller.get();
    editor.history.seal();
    const view = { yaw: round1(v.yaw) === -180 ? 180 : round1(v.yaw), pitch: round1(v.pitch), fov: round1(v.fov) };
    if (editor.run(setSceneViewCommand, { sceneId, view })) editor.notify(t('sceneView.viewSaved'));
  };

  const hotspots = useMemo(
    () => (dragged ? scene.hotspots.map((h) => (dragged.kind === 'hotspot' && h.id === dragged.id ? { ...h, yaw: dragged.yaw, pitch: dragged.pitch } : h)) : scene.hotspots),
    [scene.hotspots, dragged],
  );
  const sources = useMemo(
    () =>
      dragged
        ? scene.soundscape.sources.map((s) => (dragged.kind === 'sound' && s.id === dragged.id ? { ...s, yaw: dragged.yaw, pitch: dragged.pitch } : s))
        : scene.soundscape.sources,
    [scene.soundscape.sources, dragged],
  );
  const panorama = scene.panorama;
  const chooseHotspot = useCallback((id: string) => editor.select({ sceneId, hotspotId: id }), [editor, sceneId]);
  const onViewFrame = useCallback(
    (yaw: number, pitch: number) => {
      const el = frameRef.current;
      if (!el) return;
      el.dataset.yaw = String(yaw);
      el.dataset.pitch = String(pitch);
      el.dataset.fov = String(controller.fov);
    },
    [controller],
  );
  // The same element while what it draws is the same: an edit elsewhere (the story's title, a
  // field in the inspector) does not render the 3D view again.
  const view = useMemo(
    () => (
      <PanoramaView
        story={viewStory}
        assets={assets}
        controller={controller}
        sceneId={sceneId}
        assetId={panorama}
        next={NO_NEXT}
        arrival={0}
        budgetBytes={budget}
        fade={false}
        onStatus={setStatus}
        onShown={ignore}
        onViewFrame={onViewFrame}
        syncUpdates
      >
        <Hotspots hotspots={hotspots} labelOf={labelOf} highlightedId={selectedHotspot} scale={1} onChoose={chooseHotspot} onHover={ignore} />
        <SoundMarkers sources={sources} selectedId={soundSelected} />
        <VideoSphere element={video.element} visible={video.hasFrame} />
        <KeepShaders />
      </PanoramaView>
    ),
    [viewStory, assets, controller, sceneId, panorama, budget, onViewFrame, hotspots, labelOf, selectedHotspot, chooseHotspot, sources, soundSelected, video.element, video.hasFrame],
  );
  return (
    <div className="scene-viewport">
      <div
        ref={setFrameRef}
        className={`scene-viewport-frame${placing.mode === 'sound' ? ' is-placing' : ''}`}
        role="application"
        aria-roledescription={t('sceneView.label')}
        aria-label={`${t('sceneView.label')}: ${localize(scene.title, lang) || t('editor.scene.untitled')}`}
        aria-describedby="scene-view-help"
        tabIndex={0}
        data-scene={scene.id}
        data-ready={!status.loading}
        onKeyDown={onKeyDown}
      >
        <div className="scene-viewport-look" ref={setLookEl}>
          {view}
        </div>
        <span className="scene-viewport-crosshair" aria-hidden="true" />
        {status.loading && <p className="scene-viewport-status" role="status">{t('sceneView.loading')}</p>}
        {status.error && <p className="scene-viewport-status is-error" role="alert">{t('sceneView.broken', { reason: status.error })}</p>}
        {placing.asking && (
          <HotspotChoice story={story} scene={scene} hotspotId={placing.asking} onClose={() => placing.stop(frameRef.current)} />
        )}
      </div>
      <p className="hint" id="scene-view-help">
        {placing.mode === 'sound' ? t('sceneView.placing') : t('sceneView.help')}
      </p>
      <div className="row wrap scene-viewport-actions">
        <button type="button" className="button small" disabled={readOnly} onClick={() => placing.placeAtCentre(selectSound)}>
          <Icon name="plus" /> {placing.mode === 'sound' ? t('sceneView.placeHere') : t('sceneView.addHere')}
        </button>
        <button type="button" className="button small" disabled={readOnly} onClick={useThisView}>
          <Icon name="flag" /> {t('sceneView.useView')}
        </button>
        <button type="button" className="button small quiet" onClick={() => controller.turnTo(scene.view)}>
          {t('sceneView.lookStart')}
        </button>
        <EditInVRSlot ctx={{ editor, assets }} debug={DEBUG} />
      </div>
      {video.element && videoAsset?.kind === 'video' && (
        <VideoTimeline scene={scene} video={video} length={videoLength(video.element.duration, videoAsset.duration)} labelOf={labelOf} readOnly={readOnly} />
      )}
      <SoundPanel key={scene.id} story={story} scene={scene} placing={placing} selectedId={soundSelected} onSelect={selectSound} />
    </div>
  );
}
