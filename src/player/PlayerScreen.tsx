import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '../ui/scriptFonts.css';
import '../ui/ui.css';
import './player.css';
import type { Hotspot, LocalizedText, Story } from '../story/schema/index.ts';
import type { HotspotId, SceneId } from '../story/schema/common.ts';
import { Announcer } from './chrome/Announcer.tsx';
import { ChoiceList } from './chrome/ChoiceList.tsx';
import { Menu } from './chrome/Menu.tsx';
import { SceneHeader } from './chrome/SceneHeader.tsx';
import { MuteButton, SoundPanel } from './chrome/SoundControls.tsx';
import { SoundToast } from './chrome/SoundToast.tsx';
import { StatusNote } from './chrome/StatusNote.tsx';
import { Toolbar } from './chrome/Toolbar.tsx';
import { ViewButtons } from './chrome/ViewButtons.tsx';
import { installDebugHandle } from './debug/debugHandle.ts';
import { LazyPlayerDialogs } from './dialogs/lazyDialogs.tsx';
import type { Overlay } from './dialogs/PlayerDialogs.tsx';
import { localize, pickStoryLanguage } from './engine/index.ts';
import { joinSentences, languageName, sceneAnnouncement } from './describe.ts';
import { useFullscreen } from './settings/useFullscreen.ts';
import { useGyro } from './settings/useGyro.ts';
import { useReducedMotion } from './settings/useReducedMotion.ts';
import { useTextSize } from './settings/useTextSize.ts';
import { useHotspotSound } from './sound/useHotspotSound.ts';
import { useSoundscape } from './sound/useSoundscape.ts';
import { usePlayerEngine } from './usePlayerEngine.ts';
import { GuidePause, GuideBadge } from './guided/GuideOverlay.tsx';
import { useGuided } from './guided/useGuided.ts';
import { Hotspots } from './view/Hotspots.tsx';
import type { PanoramaStatus, ShownEvent } from './view/Panorama.tsx';
import { PanoramaView, type ViewHandle } from './view/PanoramaView.tsx';
import { VideoSphere } from './view/VideoSphere.tsx';
import { usePlayerVideo } from './video/usePlayerVideo.ts';
import { VideoButton, VideoNotice } from './chrome/VideoControls.tsx';
import { VideoSeek } from './chrome/VideoSeek.tsx';
import { preloadOrder } from './view/preloadOrder.ts';
import type { PlayerScreenProps } from './playerScreenProps.ts';
import { defaultBudget } from './view/textures/budget.ts';
import { EarlyDecodes } from './view/textures/earlyDecodes.ts';
import { handleViewKey, useLookControls } from './view/useLookControls.ts';
import { ViewController } from './view/viewController.ts';
import { XRButtonSlot, XRSceneSlot } from './xr/index.tsx';
import { getUiLanguage, readerLanguages, ui, uiDirection } from '../i18n/player.ts';


const storyKeys = new WeakMap<Story, number>();
let nextKey = 1;

/** The story player: 360° view, accessible controls and dialogs. Remounts when given another story. */
export function PlayerScreen(props: PlayerScreenProps) {
  let key = storyKeys.get(props.story);
  if (!key) storyKeys.set(props.story, (key = nextKey++));
  return <Player key={key} {...props} />;
}

function Player(props: PlayerScreenProps) {
  const { story, assets, debug, textureBudgetBytes, maxTextureSize, transition, onExit, chrome = true } = props;
  // The story's language follows the reader (the given language, their choice, the browser), else the story's default.
  const language = useMemo(() => pickStoryLanguage(story, [props.language, ...readerLanguages()]), [story, props.language]);
  const { engine, snapshot } = usePlayerEngine(story, language);
  // The player's own words follow the UI language; story text carries its own lang and dir.
  const uiLang = getUiLanguage();
  const [controller] = useState(() => new ViewController());
  const reducedMotion = useReducedMotion();
  controller.reducedMotion = reducedMotion;
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [viewEl, setViewEl] = useState<HTMLDivElement | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const viewHandle = useRef<ViewHandle | null>(null);
  const [shown] = useState<ShownEvent[]>([]);
  const [status, setStatus] = useState<PanoramaStatus>({ loading: true, error: null });
  // Focus and hover belong to one arrival: buttons and markers that unmount send no blur/out.
  const [focusState, setFocusState] = useState<{ arrival: number; id: string | null }>({ arrival: 0, id: null });
  const [hoverState, setHoverState] = useState<{ arrival: number; id: string | null }>({ arrival: 0, id: null });
  const [overlay, setOverlay] = useState<Overlay>(null);
  // The ending screen waits until the reader asks for it: they walked here to look around first.
  const [endingShownAt, setEndingShownAt] = useState(-1);
  const [textScale, setTextScale] = useTextSize();
  const fullscreen = useFullscreen(root);
  const gyro = useGyro(controller);
  const audio = useSoundscape(story, assets, snapshot);
  const sound = useHotspotSound(engine, audio);
  const guided = useGuided(props.guide, engine, story);
  const onGuideView = guided.onViewFrame;
  const onViewFrame = useCallback(
    (yaw: number, pitch: number) => {
      audio?.setListenerOrientation(yaw, pitch);
      onGuideView(yaw, pitch);
    },
    [audio, onGuideView],
  );
  useLookControls(viewEl, controller);

  const { scene, language: lang, arrival } = snapshot;
  const fallback = story.meta.defaultLanguage;
  const t = useCallback((text: LocalizedText | undefined) => localize(text, lang, fallback), [lang, fallback]);
  const labelOf = useCallback((h: Hotspot) => t(h.label), [t]);
  const budget = useMemo(() => textureBudgetBytes ?? defaultBudget(), [textureBudgetBytes]);
  // The first picture is fetched and decoded while the WebGL canvas starts up (unless it already is).
  const [ownEarly] = useState(() => new EarlyDecodes());
  const early = props.early ?? ownEarly;
  useEffect(() => {
    const first = engine.getState().scene?.panorama;
    const asset = first ? story.assets.find((a) => a.id === first) : undefined;
    if (first) early.start(first, assets.getUrl(first), asset?.kind === 'image' ? asset : undefined);
    return () => {
      if (early === ownEarly) early.dispose(); // the caller's forgets what nobody took by itself
    };
  }, [early, ownEarly, engine, story, assets]);
  const order = useMemo(() => preloadOrder(snapshot), [snapshot]);
  const sceneTitle = scene ? t(scene.title) || scene.id : '';
  const focusedChoice = focusState.arrival === arrival ? focusState.id : null;
  const hovered = hoverState.arrival === arrival ? hoverState.id : null;
  const setHovered = useCallback((id: string | null) => setHoverState({ arrival: engine.getState().arrival, id }), [engine]);

  // Each arrival starts at the scene's chosen view; a move keeps keyboard users in place.
  useEffect(() => {
    if (!scene) return;
    controller.set(scene.view);
    const active = document.activeElement;
    if (arrival > 1 && (!active || active === document.body)) heading.current?.focus({ preventScroll: true });
  }, [controller, scene, arrival]);

  // While the guide has paused this headset, nothing is chosen (a gaze resting on a marker included)
  // and the story is silent; playing on gives the sound back.
  const pausedRef = useRef(false);
  pausedRef.current = guided.pause !== null;
  const held = guided.pause !== null;
  useEffect(() => {
    audio?.hold(held);
  }, [audio, held]);
  const { video, element: videoEl, caption: videoCaption } = usePlayerVideo({ story, scene, arrival, assets, audio, held, engine, language: lang });
  // In a headset with media layers the compositor shows the video, not its sphere (src/player/xr).
  const [videoLayer, setVideoLayer] = useState(false);
  const choose = useCallback(
    (id: string) => {
      if (pausedRef.current) return;
      const h = engine.getState().visibleHotspots.find((x) => x.id === id);
      if (h?.action.type === 'goto') performance.mark('story:choice', { detail: { hotspotId: id } });
      engine.choose(id);
    },
    [engine],
  );
  const jump = useCallback(
    (sceneId: string) => {
      performance.mark('story:choice', { detail: { sceneId } });
      return engine.jumpTo(sceneId);
    },
    [engine],
  );
  const { earlyChoices } = props;
  // After the engine's start (usePlayerEngine); each was marked when it was made. A reader's press
  // is the same choice in this engine (its effects too); the debug handle's goTo jumps.
  useEffect(() => earlyChoices?.((c) => (c.hotspotId ? engine.choose(c.hotspotId as HotspotId) : engine.jumpTo(c.sceneId as SceneId))), [engine, earlyChoices]);
  const focusChoice = useCallback(
    (h: Hotspot | null) => {
      setFocusState({ arrival: engine.getState().arrival, id: h?.id ?? null });
      if (h) controller.turnTo({ yaw: h.yaw, pitch: h.pitch });
    },
    [controller, engine],
  );
  const onShown = useCallback((e: ShownEvent) => shown.push(e), [shown]);
  const onHandle = useCallback((h: ViewHandle | null) => (viewHandle.current = h), []);

  useEffect(() => {
    if (!debug) return;
    return installDebugHandle(engine, controller, () => viewHandle.current, shown, jump, () => videoEl.current);
  }, [debug, engine, controller, shown, jump, videoEl]);

  // Arrow keys look around when nothing else has focus.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || (document.activeElement && document.activeElement !== document.body)) return;
      if (handleViewKey(e, controller)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [controller]);

  const panelHotspot = snapshot.panel ? scene?.hotspots.find((h) => h.id === snapshot.panel!.hotspotId) : undefined;
  const soundHotspot = sound ? story.scenes.flatMap((s) => s.hotspots).find((h) => h.id === sound.hotspotId) : undefined;
  const soundAsset = sound ? story.assets.find((a) => a.id === sound.assetId) : undefined;
  const endingOpen = !!snapshot.ending && endingShownAt === arrival && overlay === null;
  const closeEnding = useCallback(() => setEndingShownAt(-1), []);
  const style = { '--ssp-scale': textScale } as CSSProperties;

  if (!scene) {
    return (
      <div className="ssp-root ssp-problem" style={style} lang={uiLang} dir={uiDirection(uiLang)}>
        <main className="ssp-panel ssp-problem-box">
          <h1>{ui('player.cannotStart')}</h1>
          <p>{snapshot.problem}</p>
          {onExit && (
            <button type="button" className="ssp-button ssp-primary" onClick={onExit}>
              {ui('player.exit')}
            </button>
          )}
        </main>
      </div>
    );
  }

  return (
    <div className="ssp-root" ref={setRoot} style={style} lang={uiLang} dir={uiDirection(uiLang)} data-reduced-motion={reducedMotion || undefined}>
      <div
        className="ssp-view"
        ref={setViewEl}
        tabIndex={0}
        role="group"
        aria-label={ui('player.viewLabel', { title: sceneTitle })}
        onKeyDown={(e) => handleViewKey(e, controller) && e.preventDefault()}
      >
        <PanoramaView
          story={story}
          assets={assets}
          controller={controller}
          sceneId={snapshot.sceneId}
          assetId={scene.panorama}
          next={order.next}
          arrival={arrival}
          budgetBytes={budget}
          maxTextureSize={maxTextureSize}
          fade={transition !== 'none' && !reducedMotion}
          onStatus={setStatus}
          onShown={onShown}
          onHandle={onHandle}
          onViewFrame={onViewFrame}
          early={early}
        >
          <VideoSphere element={video.element} visible={video.hasFrame && !videoLayer} />
          <Hotspots
            hotspots={snapshot.visibleHotspots}
            labelOf={labelOf}
            highlightedId={focusedChoice ?? hovered}
            scale={1 + (textScale - 1) * 0.6}
            onChoose={choose}
            onHover={setHovered}
          />
          <XRSceneSlot
            story={story}
            engine={engine}
            controller={controller}
            onChoose={choose}
            onHover={setHovered}
            hoveredId={hovered}
            textScale={textScale}
            audio={audio}
            video={video}
            videoCaption={videoCaption}
            onViewFrame={onViewFrame}
            debug={debug}
            pauseMessage={guided.pause}
            onPresenting={guided.onPresenting}
            onVideoLayer={setVideoLayer}
          />
        </PanoramaView>
      </div>

      {chrome && (
        <>
          <SceneHeader storyTitle={t(story.meta.title)} sceneTitle={sceneTitle} headingRef={heading} lang={lang} />
          <StatusNote loading={status.loading} error={status.error} hasPanorama={!!scene.panorama} />
          <div className="ssp-bottom">
            {audio && <SoundPanel audio={audio} videoCaption={videoCaption} />}
            {sound && (
              <SoundToast
                key={sound.id}
                label={soundHotspot ? t(soundHotspot.label) : ''}
                transcript={soundAsset?.kind === 'audio' ? t(soundAsset.transcript) : ''}
                failed={sound.failed}
                lang={lang}
              />
            )}
            <VideoSeek video={video} />
            <ChoiceList
              hotspots={snapshot.visibleHotspots}
              labelOf={labelOf}
              highlightedId={focusedChoice ?? hovered}
              closedIds={snapshot.closedHotspots}
              onChoose={choose}
              onFocusChoice={focusChoice}
              onHover={setHovered}
              onShowEnding={snapshot.ending ? () => setEndingShownAt(arrival) : undefined}
              lang={lang}
            />
          </div>
          <Toolbar
            canGoBack={snapshot.canGoBack}
            onBack={() => engine.back()}
            onRestart={() => engine.restart()}
            menu={(close) => (
              <Menu
                close={close}
                onReadAsText={() => setOverlay('reading')}
                onCredits={() => setOverlay('credits')}
                textScale={textScale}
                onTextScale={setTextScale}
                languages={story.meta.languages.map((code) => ({ code, name: languageName(code) }))}
                language={lang}
                onLanguage={(code) => engine.setLanguage(code)}
                onExit={onExit}
              />
            )}
          />
          <VideoNotice
            video={video}
            onTap={() => {
              void audio?.unlock();
              video.play();
            }}
          />
          <ViewButtons fullscreen={fullscreen} gyro={gyro}>
            <VideoButton video={video} />
            {audio && <MuteButton audio={audio} />}
          </ViewButtons>
          <XRButtonSlot />
          <Announcer id={arrival} message={snapshot.ending ? joinSentences(sceneAnnouncement(story, scene, t), ui('player.endReached')) : sceneAnnouncement(story, scene, t)} />
          {guided.following && !guided.pause && <GuideBadge />}

          <LazyPlayerDialogs
            story={story}
            assets={assets}
            engine={engine}
            snapshot={snapshot}
            t={t}
            lang={lang}
            sceneTitle={sceneTitle}
            panelHotspot={panelHotspot}
            endingOpen={endingOpen}
            overlay={overlay}
            setOverlay={setOverlay}
            closeEnding={closeEnding}
          />
        </>
      )}
      {guided.pause !== null && <GuidePause message={guided.pause} />}
    </div>
  );
}
