/**
 * The soundscape engine: a scene's ambient beds, positional sources and narration, on howler.
 *
 *   const audio = createSoundscapeEngine({ resolveUrl: (id) => assets.getUrl(id), formatOf: (id) => mimeOf(id) });
 *   audio.enterScene(scene, { language: 'nb', fallbackLanguage: story.meta.defaultLanguage, neighbours });
 *   // every frame, from the camera or the XR head pose:
 *   audio.setListenerOrientation(yawDeg, pitchDeg);
 *   // in the first click/tap/key handler (or use <SoundGate>):
 *   audio.unlock();
 *
 * Signal graph (Web Audio, one AudioContext: howler's):
 *   bed    bufferSource -> howler gain -> voice gain -> bed bus (ducking) --\
 *   source bufferSource -> HRTF panner -> howler gain -> voice gain -> source bus --> Howler.masterGain
 *   one-shot bufferSource -> howler gain ------------------------------------------/  (volume, mute)
 *   narration: HTML5 <audio> (streams long files; not spatial; volume/mute through howler)
 *
 * Beds crossfade (equal power, 1.5 s) when the scene changes; a bed whose file is used by both
 * scenes keeps playing and glides to its new volume. Howls for the current scene and its
 * neighbours stay loaded; everything else is unloaded when it falls silent.
 *
 * One engine per page: howler's listener, master volume and AudioContext are global.
 *
 * This file wires the parts together and keeps the engine's state (locked, running, ...), the
 * scene being played, unlocking and one-shots. The parts: howl-cache.ts (loading and unloading
 * Howls), mixer.ts (context, buses, ducking), voices.ts (beds and sources), narration.ts (narration
 * and captions), listener.ts (where the reader looks), master-volume.ts (volume and mute),
 * problem-log.ts; their pure decisions live in mix-plan.ts, caption-timing.ts and plan.ts.
 */
import type { ActiveCaption } from './captions.ts';
import { Emitter } from './emitter.ts';
import type { AudioState, AudioStats, EnterSceneOptions, SoundscapeEngine, SoundscapeEngineOptions } from './engine-api.ts';
import { CROSSFADE_SECONDS, DUCK_LEVEL, QUICK_FADE_SECONDS } from './fades.ts';
import { sourcePosition } from './geometry.ts';
import { HowlCache, hold, letGo } from './howl-cache.ts';
import { howlerHowlCount, howlerOrientationArray, howlerResume } from './howlerAccess.ts';
import { ListenerOrientation } from './listener.ts';
import { MasterVolume } from './master-volume.ts';
import { Mixer } from './mixer.ts';
import { NarrationPlayer } from './narration.ts';
import { shotKey, wantedNeeds, type AudioScene, type SoundNeed } from './plan.ts';
import { clampVolume, defaultStorage, PREFS_KEY } from './prefs.ts';
import { NO_AUDIO_PROBLEM, unlockProblem } from './problems.ts';
import { ProblemLog } from './problem-log.ts';
import { Voices } from './voices.ts';

/** How long "Start with sound" waits for the browser to start the sound before saying it did not. */
const UNLOCK_WAIT_MS = 4000;

export function createSoundscapeEngine(options: SoundscapeEngineOptions): SoundscapeEngine {
  const crossfade = options.crossfadeSeconds ?? CROSSFADE_SECONDS;
  const duckLevel = clampVolume(options.duckLevel ?? DUCK_LEVEL, DUCK_LEVEL);

  const stateEvents = new Emitter<AudioState>();
  const captionEvents = new Emitter<ActiveCaption | null>();
  const problems = new ProblemLog();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let activeShots = 0;

  let disposed = false;
  let everRunning = false;
  let state: AudioState = 'locked';
  let currentScene: AudioScene | null = null;
  let currentNeighbours: readonly AudioScene[] = [];
  let language = 'en';
  let fallbackLanguage: string | null = null;

  const alive = () => !disposed;
  const report = problems.report.bind(problems);

  function later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!disposed) fn();
    }, ms);
    timers.add(t);
  }

  // ---- the parts ----------------------------------------------------------------------------

  const mixer = new Mixer(duckLevel, { alive, onContextState, onContextReplaced: startOver });
  const master = new MasterVolume(options.storage === undefined ? defaultStorage() : options.storage, options.storageKey ?? PREFS_KEY, () => mixer.ctx);
  const cache = new HowlCache(options, { alive, report, context: () => mixer.context() });
  const voices = new Voices(mixer, cache, { alive, later, sweep });
  const narration = new NarrationPlayer(cache, {
    alive,
    later,
    sweep,
    report,
    duck: (on) => mixer.duck(on),
    locked: () => refreshState() === 'locked',
    showCaption: (c) => captionEvents.emit(c),
  });
  const listener = new ListenerOrientation({ context: () => mixer.ctx, mirror: howlerOrientationArray, alive });

  // ---- state --------------------------------------------------------------------------------

  function computeState(): AudioState {
    if (disposed) return 'disposed';
    const ctx = mixer.ctx;
    if (!ctx || ctx.state === 'closed') return 'unavailable';
    if (ctx.state === 'running') everRunning = true;
    const s = ctx.state as string;
    if (s !== 'running' && (!everRunning || s === 'interrupted')) return 'locked';
    return master.muted ? 'muted' : 'running';
  }

  function refreshState(): AudioState {
    const next = computeState();
    if (next !== state) {
      state = next;
      stateEvents.emit(state);
    }
    return state;
  }

  function onContextState(): void {
    refreshState();
    if (mixer.ctx?.state === 'running') {
      listener.resume();
      narration.resume();
    }
  }

  /** howler's context was replaced (Howler.unload()): every Howl is gone. Start over. */
  function startOver(): void {
    voices.forget();
    cache.forget();
    narration.forget();
    if (currentScene) queueMicrotask(() => currentScene && enterScene(currentScene, { language, fallbackLanguage, neighbours: currentNeighbours }));
  }

  // ---- scenes -------------------------------------------------------------------------------

  /** Loads what the current scene and its neighbours need; unloads what nothing needs or plays. */
  function sweep(): void {
    if (disposed) return;
    const wanted = currentScene ? wantedNeeds(currentScene, currentNeighbours, language, fallbackLanguage) : new Map<string, SoundNeed>();
    cache.retain(wanted, positionFor);
  }

  function positionFor(need: SoundNeed): [number, number, number] | undefined {
    const scene = need.sceneId === currentScene?.id ? currentScene : currentNeighbours.find((s) => s.id === need.sceneId);
    const src = scene?.soundscape?.sources?.find((s) => s.id === need.itemId);
    return src ? sourcePosition(src.yaw, src.pitch, src.distance) : undefined;
  }

  function enterScene(scene: AudioScene, opts: EnterSceneOptions): void {
    if (disposed) return;
    const c = mixer.context();
    refreshState();
    if (!c) {
      report(NO_AUDIO_PROBLEM);
      return;
    }
    language = opts.language;
    fallbackLanguage = opts.fallbackLanguage ?? null;
    currentScene = scene;
    currentNeighbours = opts.neighbours ?? [];
    voices.setScene(scene, crossfade);
    narration.setScene(scene, language, fallbackLanguage);
    sweep();
  }

  function leaveScene(): void {
    if (disposed) return;
    currentScene = null;
    currentNeighbours = [];
    voices.setScene(null, QUICK_FADE_SECONDS * 2);
    narration.end(true);
    sweep();
  }

  // ---- unlock -------------------------------------------------------------------------------

  function unlock(): Promise<boolean> {
    const c = mixer.context();
    if (!c) {
      report(NO_AUDIO_PROBLEM);
      return Promise.resolve(false);
    }
    if (c.state === 'running') {
      refreshState();
      return Promise.resolve(true);
    }
    // Everything below runs synchronously inside the reader's gesture, as browsers require.
    const resumed = c.resume();
    try {
      // iOS also wants a source started within the gesture.
      const src = c.createBufferSource();
      src.buffer = c.createBuffer(1, 1, c.sampleRate);
      src.connect(c.destination);
      src.onended = () => src.disconnect();
      src.start(0);
    } catch {
      // not needed elsewhere
    }
    howlerResume();
    // resume() may never settle (Firefox with no sound output: no sound card, no sound server). The
    // reader then gets "Sound did not start" and can press again, instead of "Starting sound…" forever.
    let waited: ReturnType<typeof setTimeout> | undefined;
    const gaveUp = new Promise<void>((ok) => (waited = setTimeout(ok, UNLOCK_WAIT_MS)));
    return Promise.race([resumed, gaveUp]).then(
      () => {
        clearTimeout(waited);
        refreshState();
        return c.state === 'running';
      },
      (e: unknown) => {
        clearTimeout(waited);
        report(unlockProblem(e));
        refreshState();
        return false;
      },
    );
  }

  // ---- one-shots ----------------------------------------------------------------------------

  /** The narration a guide's pause stopped (to play on when it ends), by scene. */
  let heldNarration: string | null = null;
  function holdForGuide(held: boolean): void {
    if (disposed || !master.setHeld(held)) return;
    const n = narration.status();
    if (held) {
      heldNarration = n?.playing ? n.sceneId : null;
      if (n?.playing) narration.pause();
    } else {
      if (n && !n.playing && !n.ended && n.sceneId === heldNarration) narration.play();
      heldNarration = null;
    }
  }

  function playOneShot(assetId: string, volume = 1): Promise<boolean> {
    if (disposed) return Promise.resolve(false);
    if (!mixer.context()) {
      report(NO_AUDIO_PROBLEM);
      return Promise.resolve(false);
    }
    if (state === 'locked') void unlock(); // a hotspot press is a gesture
    const key = shotKey(assetId);
    const entry = cache.get({ key, role: 'shot', assetId, sceneId: currentScene?.id ?? '', itemId: assetId.slice(0, 12), loop: false });
    hold(entry);
    activeShots += 1;
    const done = () => {
      activeShots = Math.max(0, activeShots - 1);
      letGo(entry);
      sweep();
    };
    return entry.ready.then((howl) => {
      if (!howl || disposed || entry.status !== 'loaded') {
        done();
        return false;
      }
      const id = howl.play();
      if (typeof id !== 'number') {
        done();
        return false;
      }
      howl.volume(clampVolume(volume, 1), id);
      let finished = false;
      const finish = () => {
        if (!finished) {
          finished = true;
          done();
        }
      };
      howl.once('end', finish, id);
      howl.once('stop', finish, id);
      return true;
    });
  }

  // ---- stats, dispose -----------------------------------------------------------------------

  function stats(): AudioStats {
    const playing = activeShots + voices.sounding() + (narration.playing ? 1 : 0);
    return { howls: cache.count(), playing, howlerHowls: howlerHowlCount() };
  }

  function dispose(): void {
    if (disposed) return;
    narration.forget();
    for (const t of timers) clearTimeout(t);
    timers.clear();
    voices.forget();
    cache.clear();
    mixer.close();
    disposed = true;
    currentScene = null;
    narration.clearCaption();
    state = 'disposed';
    stateEvents.emit(state);
    stateEvents.clear();
    captionEvents.clear();
    problems.close();
    master.changes.clear();
    mixer.duckChanges.clear();
  }

  // ---- start --------------------------------------------------------------------------------

  mixer.connect();
  if (mixer.ctx) master.apply();
  else report(NO_AUDIO_PROBLEM);
  state = computeState();

  return {
    get state() {
      return state;
    },
    unlock,
    onStateChange: (fn) => stateEvents.on(fn),
    enterScene,
    leaveScene,
    setListenerOrientation: (yawDeg, pitchDeg) => listener.set(yawDeg, pitchDeg),
    playNarration: () => narration.play(),
    pauseNarration: () => narration.pause(),
    narrationStatus: () => narration.status(),
    get caption() {
      return narration.caption;
    },
    onCaption: (fn) => captionEvents.on(fn),
    playOneShot,
    get volume() {
      return master.volume;
    },
    get muted() {
      return master.muted;
    },
    setVolume: (v) => {
      if (!disposed) master.setVolume(v);
    },
    setMuted: (m) => {
      if (!disposed && master.setMuted(m)) refreshState();
    },
    hold: holdForGuide,
    onVolumeChange: (fn) => master.changes.on(fn),
    get duck() {
      return mixer.duckState;
    },
    onDuck: (fn) => mixer.duckChanges.on(fn),
    problems: () => problems.all(),
    onProblem: (fn) => problems.subscribe(fn),
    stats,
    inspect: () => ({ voices: voices.inspect(), ...mixer.levels(), context: mixer.ctx }),
    dispose,
  };
}
