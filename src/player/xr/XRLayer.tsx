import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { XR, XROrigin, useXR } from '@react-three/xr';
import { Vector3, type Group } from 'three';
import { yawPitchOf } from '../../story/angles.ts';
import { localize, type InfoPanel as InfoPanelState, type Panel } from '../engine/index.ts';
import { languageName } from '../describe.ts';
import type { Hotspot, LocalizedText } from '../../story/schema/index.ts';
import { gazeActive, readPrefs, writePrefs, type XRPrefs } from '../../xr/core/prefs.ts';
import type { CaptionSource, XRSceneProps } from './types.ts';
import { SNAP_TURN_DEG } from '../../xr/r3f/config.ts';
import { RigContext, Targets, TargetsContext, useGazed } from '../../xr/r3f/context.ts';
import { watchFrameStats } from '../../xr/r3f/frameStats.ts';
import { Gaze, type GazeState } from '../../xr/r3f/Gaze.tsx';
import { Rig } from '../../xr/r3f/rig.ts';
import { AdoptSession } from '../../xr/r3f/AdoptSession.tsx';
import { useCaptionsOn } from '../settings/captions.ts';
import { getXRStore, markConnected } from '../../xr/r3f/store.ts';
import { useInputCounts } from '../../xr/r3f/useInputCounts.ts';
import { preloadFonts } from '../../xr/r3f/ui/text.tsx';
import { Scrim } from '../../xr/r3f/ui/place.tsx';
import { Caption, EndingPanel, FocusLabel, InfoPanel, Menu } from './panels.tsx';
import { GuidePausePanel } from './GuidePausePanel.tsx';
import { QuestionPanel } from './QuestionPanel.tsx';
import { VideoMediaLayer } from './VideoMediaLayer.tsx';
import { scoreWords } from '../dialogs/questionWords.ts';

/** `window.__storyXR`: a handle for browser tests and benchmarks (installed with `debug`). */
export interface StoryXRDebugHandle {
  state(): {
    presenting: boolean;
    /** Degrees: worldYaw = localYaw - turn. */
    turn: number;
    head: { known: boolean; localYaw: number; worldYaw: number; pitch: number };
    gaze: { active: boolean; target: string | null; progress: number; settled: boolean };
    inputs: { controllers: number; hands: number; other: number };
    panel: 'info' | 'question' | 'closed' | 'ending' | null;
    menuOpen: boolean;
    poses: number;
    /** The arrival whose starting view has been put ahead (each arrival recentres at the next pose). */
    recentred: number;
    /** Where the head is in the story world (metres): always about 0, the panorama's centre. */
    headWorld: [number, number, number];
    /** How the scene's video is shown: as a media layer under the drawn view, and/or on its sphere. */
    video: { layer: boolean; sphere: boolean };
  };
  /** Frame-to-frame intervals and the work per frame (ms) in the session, since the last reset. */
  frameStats(): { intervals: number[]; work: number[] };
  resetFrameStats(): void;
  /** Selects a world-space button by key, as the gaze would (tests). */
  press(key: string): boolean;
  /**
   * World yaw/pitch (degrees) and distance of a named object, e.g. `xr-button:info-close`, and
   * whether its text is drawn on a canvas (the fallback for scripts the font lacks), and the texts
   * it shows; null when absent.
   */
  locate(name: string): { yaw: number; pitch: number; distance: number; canvasText: boolean; texts: string[] } | null;
  exit(): Promise<void>;
}

declare global {
  interface Window {
    __storyXR?: StoryXRDebugHandle;
  }
}

/**
 * The headset mode inside the player's canvas: the XR session (entered with the "Enter VR"
 * button), seated viewing around the head, controllers and hands with rays, gaze and dwell, and
 * the story's panels as world-space UI. Outside a session it draws nothing and the canvas renders
 * on demand as before; in a session XR's own frame loop renders every frame.
 */
export function XRLayer(props: XRSceneProps) {
  const store = getXRStore();
  const rig = useMemo(() => new Rig(), []);
  const targets = useMemo(() => new Targets(), []);
  useEffect(() => {
    markConnected(1);
    return () => markConnected(-1);
  }, []);
  return (
    <RigContext.Provider value={rig}>
      <TargetsContext.Provider value={targets}>
        <XR store={store}>
          <AdoptSession />
          <Session {...props} rig={rig} targets={targets} />
        </XR>
      </TargetsContext.Provider>
    </RigContext.Provider>
  );
}


/**
 * The player's headset mode under an <XR> that is already mounted (XRLayer's, or the VR editor's
 * "Preview from here", which shares one session and one canvas with editing).
 */
export function Session(p: XRSceneProps & { rig: Rig; targets: Targets }) {
  const { engine, controller, story, rig, targets, debug } = p;
  const store = getXRStore();
  const session = useXR((s) => s.session);
  const inputs = useInputCounts();
  const gl = useThree((s) => s.gl);
  const world = useThree((s) => s.scene);
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getState, engine.getState);
  const origin = useRef<Group>(null);
  const user = useRef<Group>(null);
  const [prefs, setPrefs] = useState<XRPrefs>(() => readPrefs());
  const [menuOpen, setMenuOpen] = useState(false);
  const [snap, setSnap] = useState(0);
  // The arrival at which the reader chose to see the ending: it is offered, never opened by itself.
  const [endingOpenedAt, setEndingOpenedAt] = useState(-1);
  const gazeState = useRef<GazeState>({ target: null, progress: 0, settled: false });
  const gazeOn = !!session && gazeActive(prefs.gaze, inputs);

  // Every XR frame, before anything else: head pose, origin and user space; the sound listener
  // follows the head (the desktop view's camera rig is paused).
  const onViewFrame = useRef(p.onViewFrame);
  onViewFrame.current = p.onViewFrame;
  useFrame((_state, _delta, frame) => {
    if (!frame || !gl.xr.isPresenting) return;
    if (rig.update(frame, gl.xr.getReferenceSpace(), origin.current, user.current)) {
      onViewFrame.current?.(rig.head.worldYaw, rig.head.pitch);
    }
  }, -1100);
  const caption = useCaptionText(p.audio) ?? p.videoCaption?.text ?? null;
  const [captions, setCaptions] = useCaptionsOn();

  const onPresenting = useRef(p.onPresenting);
  onPresenting.current = p.onPresenting;
  useEffect(() => {
    onPresenting.current?.(!!session);
  }, [session]);

  // Entering: the desktop view stops driving the camera; what it showed is straight ahead.
  // Leaving: the desktop view continues from where the head looked. Nothing else changes.
  useEffect(() => {
    if (!session) return;
    controller.stop();
    controller.enabled = false;
    rig.reset();
    rig.reducedMotion = controller.reducedMotion;
    rig.recentre(controller.yaw, engine.getState().arrival);
    preloadFonts();
    return () => {
      controller.enabled = true;
      const view = rig.head.known ? { yaw: rig.head.worldYaw, pitch: rig.head.pitch } : {};
      controller.set(view);
      requestAnimationFrame(() => controller.set({}));
      rig.reset();
      setMenuOpen(false);
    };
  }, [session, controller, rig, engine]);

  // Each arrival in the headset puts the new scene's starting view straight ahead.
  const lastArrival = useRef(snapshot.arrival);
  useEffect(() => {
    if (snapshot.arrival === lastArrival.current) return;
    lastArrival.current = snapshot.arrival;
    if (session && snapshot.scene) rig.recentre(snapshot.scene.view.yaw, snapshot.arrival);
  }, [snapshot.arrival, snapshot.scene, session, rig]);

  const t = useCallback(
    (text: LocalizedText | undefined) => localize(text, snapshot.language, story.meta.defaultLanguage),
    [snapshot.language, story.meta.defaultLanguage],
  );
  // The story's languages, each in its own name ("Norsk bokmål"), as the page's menu offers them.
  const languages = useMemo(() => story.meta.languages.map((code) => ({ code, name: capitalise(languageName(code), code) })), [story.meta.languages]);
  const scale = p.textScale ?? 1;
  const scene = snapshot.scene;
  const infoPanel = panelAsInfo(snapshot.panel);
  const panelHotspot = snapshot.panel ? scene?.hotspots.find((h) => h.id === snapshot.panel!.hotspotId) : undefined;
  const endingOpen = !!snapshot.ending && endingOpenedAt === snapshot.arrival && !snapshot.panel;
  const paused = p.pauseMessage != null;
  const modal = !!snapshot.panel || endingOpen || paused;
  // A panel gets the reader's attention: the menu folds away when one opens.
  const [wasModal, setWasModal] = useState(modal);
  if (modal !== wasModal) {
    setWasModal(modal);
    if (modal) setMenuOpen(false);
  }
  const exit = useCallback(() => store.getState().session?.end() ?? Promise.resolve(), [store]);
  const setGaze = useCallback((always: boolean) => {
    const next: XRPrefs = { gaze: always ? 'always' : 'auto' };
    writePrefs(next);
    setPrefs(next);
  }, []);

  // Test and benchmark handle.
  const [videoLayer, setVideoLayer] = useState(false);
  const onVideoLayer = useRef(p.onVideoLayer);
  onVideoLayer.current = p.onVideoLayer;
  const videoLayerShown = useCallback((shown: boolean) => {
    setVideoLayer(shown);
    onVideoLayer.current?.(shown);
  }, []);
  const live = useRef({ session, inputs, gazeOn, modal: null as StoryXRState['panel'], menuOpen, videoLayer });
  live.current = { session, inputs, gazeOn, modal: snapshot.panel ? snapshot.panel.kind : endingOpen ? 'ending' : null, menuOpen, videoLayer };
  useEffect(() => {
    if (!debug) return;
    const frames = watchFrameStats(gl);
    const handle: StoryXRDebugHandle = {
      state: () => {
        const l = live.current;
        return {
          presenting: !!l.session,
          turn: rig.turn,
          head: { ...rig.head },
          gaze: { active: l.gazeOn, target: gazeState.current.target, progress: gazeState.current.progress, settled: l.gazeOn && gazeState.current.settled },
          inputs: { ...l.inputs },
          panel: l.modal,
          menuOpen: l.menuOpen,
          poses: rig.frames,
          recentred: rig.recentred,
          headWorld: (origin.current ? origin.current.localToWorld(rig.headPosition.clone()) : rig.headPosition).toArray(),
          video: { layer: l.videoLayer, sphere: !!world.getObjectByName('panorama:video')?.visible },
        };
      },
      frameStats: frames.frameStats,
      resetFrameStats: frames.resetFrameStats,
      press: (key) => targets.run(key),
      locate: (name) => {
        const o = world.getObjectByName(name);
        if (!o) return null;
        const v = o.getWorldPosition(new Vector3());
        let canvasText = false;
        const texts: string[] = [];
        o.traverse((c) => {
          const map = (c as { material?: { map?: { name?: string } } }).material?.map;
          if (map?.name === 'xr-canvas-text') canvasText = true;
          // troika's Text meshes carry their text; canvas text keeps it in userData.
          const text = (c as { text?: unknown }).text ?? c.userData.text;
          if (typeof text === 'string') texts.push(text);
        });
        return { ...yawPitchOf(v.x, v.y, v.z), distance: v.length(), canvasText, texts };
      },
      exit: () => exit(),
    };
    window.__storyXR = handle;
    return () => {
      frames.stop();
      if (window.__storyXR === handle) delete window.__storyXR;
    };
  }, [debug, gl, world, rig, targets, exit]);

  return (
    <>
      <XROrigin ref={origin} />
      <group ref={user} name="xr-ui">
        {session && paused && (
          <Suspense fallback={null}>
            <GuidePausePanel message={p.pauseMessage ?? ''} />
          </Suspense>
        )}
        {session && !paused && (
          <>
            <Suspense fallback={null}>
              <Menu
                open={menuOpen}
                onOpen={setMenuOpen}
                gazeAlways={prefs.gaze === 'always'}
                canGoBack={snapshot.canGoBack}
                snap={snap}
                onRecentre={() => {
                  if (scene) rig.recentre(scene.view.yaw);
                  setSnap((n) => n + 1);
                }}
                onTurn={(dir) => rig.step(dir * SNAP_TURN_DEG)}
                onGaze={setGaze}
                captions={captions}
                onCaptions={setCaptions}
                onBack={() => engine.back()}
                onExit={() => void exit()}
                languages={languages}
                language={snapshot.language}
                onLanguage={(code) => engine.setLanguage(code)}
                video={p.video}
                onSeeEnding={snapshot.ending && !snapshot.panel ? () => setEndingOpenedAt(snapshot.arrival) : undefined}
              />
            </Suspense>
            {infoPanel && (
              <Suspense fallback={null}>
                <InfoPanel
                  key={`${snapshot.arrival}:${infoPanel.hotspotId}`}
                  story={story}
                  panel={infoPanel}
                  fallbackTitle={panelHotspot ? t(panelHotspot.label) : ''}
                  t={t}
                  scale={scale}
                  onClose={() => engine.closePanel()}
                />
              </Suspense>
            )}
            {snapshot.panel?.kind === 'question' && (
              <Suspense fallback={null}>
                <QuestionPanel
                  key={`${snapshot.arrival}:${snapshot.panel.hotspotId}`}
                  story={story}
                  panel={snapshot.panel}
                  title={panelHotspot ? t(panelHotspot.label) : ''}
                  t={t}
                  scale={scale}
                  onAnswer={(answerId) => snapshot.panel && engine.answer(snapshot.panel.hotspotId, answerId)}
                  onContinue={() => engine.proceed()}
                  onClose={() => engine.closePanel()}
                />
              </Suspense>
            )}
            {endingOpen && (
              <Suspense fallback={null}>
                <EndingPanel
                  key={snapshot.arrival}
                  sceneTitle={scene ? t(scene.title) || scene.id : ''}
                  text={[scoreWords(snapshot.score), t(snapshot.ending?.text)].filter(Boolean).join('\n\n')}
                  canGoBack={snapshot.canGoBack}
                  scale={scale}
                  onPlayAgain={() => engine.restart()}
                  onBack={() => engine.back()}
                  onClose={() => setEndingOpenedAt(-1)}
                />
              </Suspense>
            )}
            {caption && captions && (
              <Suspense fallback={null}>
                <Caption text={caption} scale={scale} />
              </Suspense>
            )}
          </>
        )}
      </group>
      <group name="xr-world">
        <VideoMediaLayer video={p.video} onShown={videoLayerShown} />
        {session && modal && <Scrim />}
        {session && !modal && <Focus hotspots={snapshot.visibleHotspots} hoveredId={p.hoveredId ?? null} t={t} />}
      </group>
      {gazeOn && (
        <Gaze rig={rig} targets={targets} arrival={snapshot.arrival} onChoose={p.onChoose} onHover={p.onHover} state={gazeState.current} />
      )}
    </>
  );
}

/** The text of the caption showing now, or null. */
function useCaptionText(audio: CaptionSource | null | undefined): string | null {
  const subscribe = useCallback((notify: () => void) => (audio ? audio.onCaption(() => notify()) : () => {}), [audio]);
  return useSyncExternalStore(subscribe, () => audio?.caption?.text || null, () => null);
}

/** The label of the hotspot the gaze rests on or a ray points at. */
function Focus({ hotspots, hoveredId, t }: { hotspots: readonly Hotspot[]; hoveredId: string | null; t: (x: LocalizedText | undefined) => string }) {
  const gazed = useGazed();
  const id = gazed?.startsWith('hotspot:') ? gazed.slice(8) : hoveredId;
  const hotspot = id ? hotspots.find((h) => h.id === id) : undefined;
  if (!hotspot) return null;
  return <FocusLabel key={hotspot.id} hotspot={hotspot} label={t(hotspot.label)} />;
}

/** "norsk bokmål" -> "Norsk bokmål" (a button label); scripts without capitals stay as they are. */
function capitalise(name: string, lang: string): string {
  const first = name.charAt(0);
  try {
    return first.toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return first.toUpperCase() + name.slice(1);
  }
}

/**
 * The panels the headset shows as an info card: info hotspots, and a closed checkpoint's message
 * (in the same card, with its Close button).
 */
function panelAsInfo(panel: Panel | null): InfoPanelState | null {
  if (panel?.kind === 'info') return panel;
  if (panel?.kind === 'closed') return { kind: 'info', hotspotId: panel.hotspotId, action: { type: 'info', title: {}, text: panel.message } };
  return null;
}

type StoryXRState = ReturnType<StoryXRDebugHandle['state']>;
