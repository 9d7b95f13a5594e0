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
 */
import {
  buildCueIndex,
  captionFor,
  cueAt,
  pickCaptionTrack,
  pickRecording,
  type ActiveCaption,
  type CueIndex,
  type CueLike,
} from './captions.ts';
import {
  CROSSFADE_SECONDS,
  DUCK_ATTACK_SECONDS,
  DUCK_LEVEL,
  DUCK_RELEASE_SECONDS,
  QUICK_FADE_SECONDS,
  scheduleFade,
} from './fades.ts';
import { formatFromUrl, howlerFormat, parseFormat, playability, type FormatProbe } from './formats.ts';
import { listenerVectorsInto, PANNER, sourcePosition } from './geometry.ts';
import {
  Howl,
  Howler,
  howlerHowlCount,
  howlerOrientationArray,
  howlerResume,
  prepareHowler,
  routeSound,
  soundPanner,
  usesWebAudio,
} from './howlerAccess.ts';
import {
  bedKey,
  narrationKey,
  planRetention,
  shotKey,
  sourceKey,
  wantedNeeds,
  type AudioScene,
  type SoundNeed,
  type SoundRole,
} from './plan.ts';
import { clampVolume, defaultStorage, loadPrefs, PREFS_KEY, savePrefs } from './prefs.ts';
import {
  formatProblem,
  loadProblem,
  missingAssetProblem,
  NO_AUDIO_PROBLEM,
  playProblem,
  unavailableAssetProblem,
  unlockProblem,
  type AudioProblem,
  type SoundLabel,
} from './problems.ts';
import { Emitter } from './emitter.ts';
import type {
  AudioState,
  AudioStats,
  EnterSceneOptions,
  SoundscapeEngine,
  SoundscapeEngineOptions,
  VoiceInfo,
} from './engine-api.ts';

// ---------------------------------------------------------------------------------------------

interface Entry {
  key: string;
  role: SoundRole;
  assetId: string;
  label: SoundLabel;
  howl: Howl | null;
  status: 'resolving' | 'loading' | 'loaded' | 'failed' | 'unloaded';
  ready: Promise<Howl | null>;
  /** Voices, one-shots and narration currently using it: it is not unloaded while > 0. */
  users: number;
  loop: boolean;
  /** Position applied to a positional Howl (to update in place when an author moves the source). */
  pos?: [number, number, number];
}

interface Voice {
  key: string;
  role: 'bed' | 'source';
  entry: Entry;
  sceneId: string;
  itemId: string;
  volume: number;
  loop: boolean;
  phase: 'waiting' | 'live' | 'leaving' | 'fading-out';
  token: number;
  soundId: number | null;
  gain: GainNode | null;
  /** Fallback when rerouting is impossible: fades via howl.fade on the sound itself. */
  direct: boolean;
}

interface Narration {
  sceneId: string;
  assetId: string;
  language: string;
  entry: Entry;
  /** The caption track shown with this recording, and its language. */
  cues: readonly CueLike[];
  captionLanguage: string;
  index: CueIndex;
  soundId: number | null;
  playing: boolean;
  ended: boolean;
  /** Should be playing (autoplay or playNarration) but is waiting for load or unlock. */
  wanted: boolean;
  hint: number;
  ticker: ReturnType<typeof setInterval> | null;
}

const LISTENER_SMOOTHING = 0.02; // s: time constant for listener orientation changes (no zipper noise, no lag)
const CAPTION_TICK_MS = 50;
const MAX_WAIT_FOR_INCOMING_MS = 1000;

export function createSoundscapeEngine(options: SoundscapeEngineOptions): SoundscapeEngine {
  const storage = options.storage === undefined ? defaultStorage() : options.storage;
  const storageKey = options.storageKey ?? PREFS_KEY;
  const crossfade = options.crossfadeSeconds ?? CROSSFADE_SECONDS;
  const duckLevel = clampVolume(options.duckLevel ?? DUCK_LEVEL, DUCK_LEVEL);

  const stateEvents = new Emitter<AudioState>();
  const captionEvents = new Emitter<ActiveCaption | null>();
  const problemEvents = new Emitter<AudioProblem>();
  const volumeEvents = new Emitter<{ volume: number; muted: boolean }>();

  const problemList: AudioProblem[] = [];
  const problemKeys = new Set<string>();
  const entries = new Map<string, Entry>();
  const voices = new Map<string, Voice>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let activeShots = 0;

  let disposed = false;
  let everRunning = false;
  let state: AudioState = 'locked';
  let caption: ActiveCaption | null = null;
  let narration: Narration | null = null;
  let currentScene: AudioScene | null = null;
  let currentNeighbours: readonly AudioScene[] = [];
  let language = 'en';
  let fallbackLanguage: string | null = null;
  let ducked = false;

  // Listener orientation: preallocated, written in place every frame.
  const lv = new Float64Array(6);
  let lastYaw = NaN;
  let lastPitch = NaN;
  let listenerDirty = false;
  let listenerAppliedAt = -1;
  let listenerFlushPending = false;

  // ---- context and graph --------------------------------------------------------------------

  const prefs = loadPrefs(storage, storageKey);
  let ctx: AudioContext | null = null;
  let bedBus: GainNode | null = null;
  let sourceBus: GainNode | null = null;
  let probeEl: HTMLAudioElement | null = null;

  const onCtxState = () => {
    refreshState();
    if (ctx?.state === 'running') {
      if (listenerDirty) applyListener();
      if (narration?.wanted && !narration.playing) startNarration(narration);
    }
  };

  function buildGraph(): void {
    const c = prepareHowler();
    if (c === ctx && bedBus) return;
    if (ctx) ctx.removeEventListener('statechange', onCtxState);
    bedBus?.disconnect();
    sourceBus?.disconnect();
    ctx = c;
    bedBus = null;
    sourceBus = null;
    if (!c || !Howler.masterGain) return;
    bedBus = c.createGain();
    bedBus.gain.value = ducked ? duckLevel : 1;
    bedBus.connect(Howler.masterGain);
    sourceBus = c.createGain();
    sourceBus.connect(Howler.masterGain);
    c.addEventListener('statechange', onCtxState);
    if (c.state !== 'running') {
      // Allowed without a gesture when the browser's autoplay policy permits it; otherwise this
      // stays pending and unlock() does it from the reader's gesture.
      c.resume().catch(() => undefined);
    }
  }

  /** The context the engine's nodes live on; rebuilt if someone recreated howler's context. */
  function graph(): AudioContext | null {
    if (disposed) return null;
    if (ctx && Howler.ctx === ctx && bedBus) return ctx;
    const hadGraph = ctx !== null;
    buildGraph();
    if (hadGraph && ctx) {
      // howler's context was replaced (Howler.unload()): every Howl is gone. Start over.
      for (const v of voices.values()) v.gain?.disconnect();
      voices.clear();
      for (const e of entries.values()) e.status = 'unloaded';
      entries.clear();
      if (narration) stopTicker(narration);
      narration = null;
      if (currentScene) queueMicrotask(() => currentScene && enterScene(currentScene, { language, fallbackLanguage, neighbours: currentNeighbours }));
    }
    return ctx;
  }

  function computeState(): AudioState {
    if (disposed) return 'disposed';
    if (!ctx || ctx.state === 'closed') return 'unavailable';
    if (ctx.state === 'running') everRunning = true;
    const s = ctx.state as string;
    if (s !== 'running' && (!everRunning || s === 'interrupted')) return 'locked';
    return prefs.muted ? 'muted' : 'running';
  }

  function refreshState(): void {
    const next = computeState();
    if (next !== state) {
      state = next;
      stateEvents.emit(state);
    }
  }

  function later(fn: () => void, ms: number): void {
    const t = setTimeout(() => {
      timers.delete(t);
      if (!disposed) fn();
    }, ms);
    timers.add(t);
  }

  // ---- problems -----------------------------------------------------------------------------

  function report(problem: AudioProblem): void {
    const key = `${problem.code}:${problem.assetId ?? ''}`;
    if (problemKeys.has(key)) return;
    problemKeys.add(key);
    problemList.push(problem);
    console.warn(`[storyscape audio] ${problem.message}`);
    problemEvents.emit(problem);
  }

  function labelFor(need: SoundNeed): SoundLabel {
    const name = options.nameOf?.(need.assetId) || need.itemId;
    return { role: need.role, name, sceneId: need.sceneId || undefined, itemId: need.itemId };
  }

  // ---- Howls --------------------------------------------------------------------------------

  function probe(): FormatProbe {
    if (!probeEl && typeof document !== 'undefined') probeEl = document.createElement('audio');
    const el = probeEl;
    return {
      canPlayType: (mime) => (el ? el.canPlayType(mime) : ''),
      codecs: (ext) => !!Howler.codecs(ext),
    };
  }

  function entryFor(need: SoundNeed, position?: [number, number, number]): Entry {
    const existing = entries.get(need.key);
    if (existing) return existing;
    let settle: (h: Howl | null) => void = () => undefined;
    const entry: Entry = {
      key: need.key,
      role: need.role,
      assetId: need.assetId,
      label: labelFor(need),
      howl: null,
      status: 'resolving',
      ready: new Promise<Howl | null>((ok) => (settle = ok)),
      users: 0,
      loop: need.loop,
      pos: position,
    };
    entries.set(need.key, entry);
    void loadEntry(entry, settle);
    return entry;
  }

  async function loadEntry(entry: Entry, settle: (h: Howl | null) => void): Promise<void> {
    const fail = (problem: AudioProblem | null) => {
      if (problem) report(problem);
      if (entry.status !== 'unloaded') entry.status = 'failed';
      settle(null);
    };
    let url: string | null;
    try {
      url = await options.resolveUrl(entry.assetId);
    } catch (e) {
      return fail(entry.status === 'unloaded' ? null : unavailableAssetProblem(entry.label, entry.assetId, e));
    }
    if (entry.status === 'unloaded' || disposed) return fail(null);
    if (!url) return fail(missingAssetProblem(entry.label, entry.assetId));
    if (!graph()) return fail(null);

    const p = probe();
    const declared = parseFormat(options.formatOf?.(entry.assetId)) ?? formatFromUrl(url);
    if (playability(declared, p) === 'no' && declared) return fail(formatProblem(entry.label, entry.assetId, declared));

    const streamed = entry.role === 'narration';
    const spatial = entry.role === 'source' && entry.pos;
    let howl: Howl | null = null;
    // Load callbacks go in the constructor: when howler already has the decoded buffer (another Howl
    // for the same URL) it fires 'load' during construction, before howl.once() could be attached.
    const onload = () => {
      if (entry.status !== 'loading' || !howl) return;
      entry.status = 'loaded';
      settle(howl);
    };
    const onloaderror = (_id: number, error: unknown) => {
      if (entry.status === 'unloaded') return settle(null);
      try {
        howl?.unload();
      } catch {
        // already gone
      }
      entry.howl = null;
      fail(loadProblem(entry.label, entry.assetId, error));
    };
    try {
      howl = new Howl({
        src: [url],
        format: [howlerFormat(declared, p)],
        html5: streamed,
        preload: true,
        // howler fixes looping when it starts a buffer, so it is set per Howl, not per play.
        loop: entry.loop,
        volume: 1,
        onload,
        onloaderror,
        ...(spatial
          ? {
              pos: entry.pos,
              panningModel: PANNER.panningModel,
              distanceModel: PANNER.distanceModel,
              refDistance: PANNER.refDistance,
              rolloffFactor: PANNER.rolloffFactor,
              maxDistance: PANNER.maxDistance,
              coneInnerAngle: PANNER.coneInnerAngle,
              coneOuterAngle: PANNER.coneOuterAngle,
              coneOuterGain: PANNER.coneOuterGain,
            }
          : {}),
      } as ConstructorParameters<typeof Howl>[0]);
    } catch (e) {
      return fail(loadProblem(entry.label, entry.assetId, e));
    }
    entry.howl = howl;
    // (status stays 'loading' until onload, which howler always calls asynchronously)
    if (entry.status === 'resolving') entry.status = 'loading';
  }

  function unloadEntry(entry: Entry): void {
    entry.status = 'unloaded';
    entries.delete(entry.key);
    if (entry.howl) {
      try {
        entry.howl.unload();
      } catch {
        // already unloaded
      }
      entry.howl = null;
    }
    let stillUsed = false;
    for (const e of entries.values()) if (e.assetId === entry.assetId) stillUsed = true;
    if (!stillUsed) options.release?.(entry.assetId);
  }

  /** Loads what the current scene and its neighbours need; unloads what nothing needs or plays. */
  function sweep(): void {
    if (disposed) return;
    const wanted = currentScene ? wantedNeeds(currentScene, currentNeighbours, language, fallbackLanguage) : new Map<string, SoundNeed>();
    const busy = new Set<string>();
    for (const e of entries.values()) if (e.users > 0) busy.add(e.key);
    const { unload, load } = planRetention(entries.keys(), wanted, busy);
    for (const key of unload) {
      const e = entries.get(key);
      if (e) unloadEntry(e);
    }
    for (const key of load) {
      const need = wanted.get(key)!;
      entryFor(need, need.role === 'source' ? positionFor(need) : undefined);
    }
  }

  function positionFor(need: SoundNeed): [number, number, number] | undefined {
    const scene = need.sceneId === currentScene?.id ? currentScene : currentNeighbours.find((s) => s.id === need.sceneId);
    const src = scene?.soundscape?.sources?.find((s) => s.id === need.itemId);
    return src ? sourcePosition(src.yaw, src.pitch, src.distance) : undefined;
  }

  // ---- voices (beds and positional sources) -------------------------------------------------

  function fadeVoice(v: Voice, to: number, seconds: number): void {
    const c = ctx;
    if (v.gain && c) {
      scheduleFade(v.gain.gain, c.currentTime, to, seconds);
    } else if (v.direct && v.entry.howl && v.soundId !== null) {
      const howl = v.entry.howl;
      const from = howl.volume(v.soundId) as unknown as number;
      howl.fade(typeof from === 'number' ? from : 0, to, Math.max(1, seconds * 1000), v.soundId);
    }
  }

  function startVoice(v: Voice, fadeIn: number): void {
    const howl = v.entry.howl;
    const c = graph();
    if (!howl || !c || voices.get(v.key) !== v || v.phase !== 'waiting') return;
    const id = howl.play();
    if (typeof id !== 'number') {
      dropVoice(v);
      return;
    }
    v.soundId = id;
    v.phase = 'live';
    const gain = c.createGain();
    gain.gain.value = 0;
    gain.connect(v.role === 'bed' ? bedBus! : sourceBus!);
    if (usesWebAudio(howl) && routeSound(howl, id, gain)) {
      v.gain = gain;
    } else {
      gain.disconnect();
      v.direct = true;
      howl.volume(0, id);
    }
    fadeVoice(v, v.volume, fadeIn);
    if (!v.loop) {
      howl.once(
        'end',
        () => {
          if (voices.get(v.key) === v && v.soundId === id) dropVoice(v);
        },
        id,
      );
    }
  }

  /** Stops a voice now and lets go of its Howl. */
  function dropVoice(v: Voice): void {
    if (voices.get(v.key) === v) voices.delete(v.key);
    v.token += 1;
    if (v.soundId !== null && v.entry.howl) {
      try {
        v.entry.howl.stop(v.soundId);
      } catch {
        // unloaded meanwhile
      }
    }
    v.soundId = null;
    v.gain?.disconnect();
    v.gain = null;
    v.entry.users = Math.max(0, v.entry.users - 1);
    sweep();
  }

  function fadeOutVoice(v: Voice, seconds: number): void {
    if (v.phase === 'waiting' || v.soundId === null) {
      dropVoice(v);
      return;
    }
    v.phase = 'fading-out';
    const token = ++v.token;
    fadeVoice(v, 0, seconds);
    later(() => {
      if (v.phase === 'fading-out' && v.token === token) dropVoice(v);
    }, seconds * 1000 + 80);
  }

  interface Desired {
    key: string;
    role: 'bed' | 'source';
    need: SoundNeed;
    volume: number;
    loop: boolean;
    pos?: [number, number, number];
  }

  function desiredVoices(scene: AudioScene): Desired[] {
    const out: Desired[] = [];
    const seen = new Set<string>();
    const sc = scene.soundscape;
    for (const bed of sc?.beds ?? []) {
      const key = bedKey(bed.asset);
      if (seen.has(key)) continue; // the same file twice as a bed: once is enough
      seen.add(key);
      out.push({
        key,
        role: 'bed',
        need: { key, role: 'bed', assetId: bed.asset, sceneId: scene.id, itemId: bed.id, loop: true },
        volume: clampVolume(bed.volume, 0.8),
        loop: true,
      });
    }
    for (const src of sc?.sources ?? []) {
      const loop = src.loop !== false;
      const key = sourceKey(scene.id, src.id, src.asset, loop);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        key,
        role: 'source',
        need: { key, role: 'source', assetId: src.asset, sceneId: scene.id, itemId: src.id, loop },
        volume: clampVolume(src.volume, 1),
        loop,
        pos: sourcePosition(src.yaw, src.pitch, src.distance ?? 5),
      });
    }
    return out;
  }

  function applyVoices(scene: AudioScene | null, fadeSeconds: number): void {
    const desired = scene ? desiredVoices(scene) : [];
    const wantedKeys = new Set(desired.map((d) => d.key));
    const incoming: Voice[] = [];

    for (const d of desired) {
      const existing = voices.get(d.key);
      if (existing) {
        existing.sceneId = d.need.sceneId;
        existing.itemId = d.need.itemId;
        existing.loop = d.loop;
        const changed = existing.volume !== d.volume || existing.phase === 'leaving' || existing.phase === 'fading-out';
        existing.volume = d.volume;
        if (existing.phase !== 'waiting') {
          existing.phase = 'live';
          existing.token += 1;
          if (changed) fadeVoice(existing, d.volume, fadeSeconds);
        }
        // (A voice that has not started yet starts at its new volume when its Howl is ready.)
        if (d.pos) movePositional(existing.entry, d.pos);
        continue;
      }
      const entry = entryFor(d.need, d.pos);
      if (d.pos) movePositional(entry, d.pos);
      entry.users += 1;
      const v: Voice = {
        key: d.key,
        role: d.role,
        entry,
        sceneId: d.need.sceneId,
        itemId: d.need.itemId,
        volume: d.volume,
        loop: d.loop,
        phase: 'waiting',
        token: 0,
        soundId: null,
        gain: null,
        direct: false,
      };
      voices.set(d.key, v);
      incoming.push(v);
      void entry.ready.then((howl) => {
        if (!howl) {
          if (voices.get(v.key) === v) dropVoice(v);
          return;
        }
        startVoice(v, fadeSeconds);
      });
    }

    const leaving: Voice[] = [];
    for (const v of [...voices.values()]) {
      if (wantedKeys.has(v.key) || v.phase === 'fading-out') continue;
      if (v.soundId === null) {
        dropVoice(v); // never started: nothing to fade
        continue;
      }
      v.phase = 'leaving';
      v.token += 1;
      leaving.push(v);
    }
    if (leaving.length === 0) return;
    const tokens = leaving.map((v) => v.token);
    const go = () =>
      leaving.forEach((v, i) => {
        if (v.phase === 'leaving' && v.token === tokens[i]) fadeOutVoice(v, fadeSeconds);
      });
    // No gap: if the incoming beds are still loading, the outgoing ones wait for them (up to 1 s).
    const pending = incoming.filter((v) => v.role === 'bed' && v.entry.status !== 'loaded').map((v) => v.entry.ready);
    if (pending.length === 0) go();
    else {
      let done = false;
      const once = () => {
        if (!done && !disposed) {
          done = true;
          go();
        }
      };
      void Promise.all(pending).then(once);
      later(once, MAX_WAIT_FOR_INCOMING_MS);
    }
  }

  function movePositional(entry: Entry, pos: [number, number, number]): void {
    const p = entry.pos;
    if (p && p[0] === pos[0] && p[1] === pos[1] && p[2] === pos[2]) return;
    entry.pos = pos;
    if (entry.howl && entry.status === 'loaded') entry.howl.pos(pos[0], pos[1], pos[2]);
  }

  // ---- ducking ------------------------------------------------------------------------------

  function duck(on: boolean): void {
    if (ducked === on) return;
    ducked = on;
    const c = graph();
    if (!c || !bedBus) return;
    scheduleFade(bedBus.gain, c.currentTime, on ? duckLevel : 1, on ? DUCK_ATTACK_SECONDS : DUCK_RELEASE_SECONDS, 'linear');
  }

  // ---- narration and captions ---------------------------------------------------------------

  function setCaption(next: ActiveCaption | null): void {
    if (caption === next) return;
    if (caption && next && caption.index === next.index && caption.text === next.text) return;
    caption = next;
    captionEvents.emit(caption);
  }

  function narrationTime(n: Narration): number {
    const howl = n.entry.howl;
    if (!howl || n.entry.status !== 'loaded') return 0;
    const t = n.soundId !== null ? howl.seek(n.soundId) : howl.seek();
    return typeof t === 'number' && Number.isFinite(t) ? t : 0;
  }

  function updateCaption(n: Narration): void {
    if (narration !== n) return;
    const t = narrationTime(n);
    const k = cueAt(n.index, t, n.hint);
    if (k === n.hint && caption) return;
    n.hint = k;
    setCaption(captionFor(n.cues, n.index, k, n.captionLanguage));
  }

  function startTicker(n: Narration): void {
    if (n.ticker !== null) return;
    n.ticker = setInterval(() => updateCaption(n), CAPTION_TICK_MS);
  }

  function stopTicker(n: Narration): void {
    if (n.ticker !== null) clearInterval(n.ticker);
    n.ticker = null;
  }

  function attachNarrationEvents(n: Narration, howl: Howl): void {
    const mine = (id: number) => narration === n && n.soundId === id;
    howl.on('play', (id) => {
      if (!mine(id)) return;
      n.playing = true;
      n.ended = false;
      duck(true);
      updateCaption(n);
      startTicker(n);
    });
    const halt = (id: number, ended: boolean) => {
      if (!mine(id)) return;
      n.playing = false;
      if (ended) {
        n.ended = true;
        n.wanted = false;
        n.hint = -1;
        setCaption(null);
      }
      stopTicker(n);
      duck(false);
    };
    howl.on('end', (id) => halt(id, true));
    howl.on('stop', (id) => halt(id, true));
    howl.on('pause', (id) => halt(id, false));
    howl.on('playerror', (id, error) => {
      if (!mine(id)) return;
      n.playing = false;
      stopTicker(n);
      duck(false);
      refreshState();
      if (state === 'locked') return; // plays on unlock (onCtxState)
      n.wanted = false;
      report(playProblem(n.entry.label, n.assetId, error));
    });
  }

  function startNarration(n: Narration): void {
    n.wanted = true;
    void n.entry.ready.then((howl) => {
      if (!howl || narration !== n || !n.wanted || n.playing || disposed) return;
      refreshState();
      if (state === 'locked') return; // onCtxState starts it after unlock
      if (n.ended) {
        n.ended = false;
        n.hint = -1;
        if (n.soundId !== null) howl.seek(0, n.soundId);
      }
      if (n.soundId !== null) {
        howl.volume(1, n.soundId);
        howl.play(n.soundId);
      } else {
        const id = howl.play();
        n.soundId = typeof id === 'number' ? id : null;
      }
    });
  }

  function endNarration(fade: boolean): void {
    const n = narration;
    if (!n) return;
    narration = null;
    stopTicker(n);
    setCaption(null);
    duck(false);
    const howl = n.entry.howl;
    const release = () => {
      if (n.soundId !== null && howl && howl.state() !== 'unloaded') {
        try {
          howl.stop(n.soundId);
        } catch {
          // unloaded
        }
      }
      n.entry.users = Math.max(0, n.entry.users - 1);
      sweep();
    };
    if (fade && howl && n.playing && n.soundId !== null) {
      howl.fade(howl.volume(n.soundId) as unknown as number, 0, QUICK_FADE_SECONDS * 1000, n.soundId);
      later(release, QUICK_FADE_SECONDS * 1000 + 50);
    } else release();
  }

  function applyNarration(scene: AudioScene | null): void {
    const spec = scene?.soundscape?.narration;
    const rec = spec ? pickRecording(spec.recordings, language, fallbackLanguage) : null;
    const track = spec ? pickCaptionTrack(spec, language, fallbackLanguage) : null;
    if (narration && scene && narration.sceneId === scene.id && rec && narration.assetId === rec.assetId) {
      // Same recording: keep playing; captions may have been edited or the language changed.
      narration.cues = track?.cues ?? [];
      narration.captionLanguage = track?.language ?? rec.language;
      narration.index = buildCueIndex(narration.cues);
      narration.hint = -1;
      if (narration.playing) updateCaption(narration);
      return;
    }
    const wasPlaying = !!narration && narration.sceneId === scene?.id && narration.playing;
    endNarration(true);
    if (!scene || !spec || !rec) return;
    const key = narrationKey(rec.assetId);
    const entry = entryFor({ key, role: 'narration', assetId: rec.assetId, sceneId: scene.id, itemId: rec.language, loop: false });
    entry.users += 1;
    const cues = track?.cues ?? [];
    const n: Narration = {
      sceneId: scene.id,
      assetId: rec.assetId,
      language: rec.language,
      entry,
      cues,
      captionLanguage: track?.language ?? rec.language,
      index: buildCueIndex(cues),
      soundId: null,
      playing: false,
      ended: false,
      wanted: false,
      hint: -1,
      ticker: null,
    };
    narration = n;
    void entry.ready.then((howl) => {
      if (howl && narration === n) attachNarrationEvents(n, howl);
    });
    if (spec.autoplay !== false || wasPlaying) startNarration(n);
  }

  // ---- listener -----------------------------------------------------------------------------

  function applyListener(): void {
    const c = ctx;
    if (!c) return;
    listenerDirty = false;
    const l = c.listener;
    const t = c.currentTime;
    listenerAppliedAt = t;
    if (l.forwardX) {
      l.forwardX.setTargetAtTime(lv[0]!, t, LISTENER_SMOOTHING);
      l.forwardY.setTargetAtTime(lv[1]!, t, LISTENER_SMOOTHING);
      l.forwardZ.setTargetAtTime(lv[2]!, t, LISTENER_SMOOTHING);
      l.upX.setTargetAtTime(lv[3]!, t, LISTENER_SMOOTHING);
      l.upY.setTargetAtTime(lv[4]!, t, LISTENER_SMOOTHING);
      l.upZ.setTargetAtTime(lv[5]!, t, LISTENER_SMOOTHING);
    } else {
      l.setOrientation(lv[0]!, lv[1]!, lv[2]!, lv[3]!, lv[4]!, lv[5]!);
    }
  }

  function setListenerOrientation(yawDeg: number, pitchDeg: number): void {
    if (yawDeg === lastYaw && pitchDeg === lastPitch) return;
    if (!(yawDeg === yawDeg && pitchDeg === pitchDeg)) return; // NaN guard without allocating
    lastYaw = yawDeg;
    lastPitch = pitchDeg;
    listenerVectorsInto(yawDeg, pitchDeg, lv);
    const o = howlerOrientationArray();
    if (o) for (let i = 0; i < 6; i++) o[i] = lv[i]!;
    // While the context is not running its clock stands still: queueing automation then would pile
    // up events at one instant. Remember the direction and apply it when sound starts.
    if (!ctx || ctx.state !== 'running') {
      listenerDirty = true;
      return;
    }
    // More than one call within one audio render quantum (a burst, or two callers): keep only the
    // latest direction, applied by a short timer, so automation events cannot pile up.
    if (ctx.currentTime === listenerAppliedAt) {
      listenerDirty = true;
      if (!listenerFlushPending) {
        listenerFlushPending = true;
        setTimeout(flushListener, 5);
      }
      return;
    }
    applyListener();
  }

  function flushListener(): void {
    listenerFlushPending = false;
    if (listenerDirty && !disposed && ctx?.state === 'running') applyListener();
  }

  // ---- scenes -------------------------------------------------------------------------------

  function enterScene(scene: AudioScene, opts: EnterSceneOptions): void {
    if (disposed) return;
    const c = graph();
    refreshState();
    if (!c) {
      report(NO_AUDIO_PROBLEM);
      return;
    }
    language = opts.language;
    fallbackLanguage = opts.fallbackLanguage ?? null;
    currentScene = scene;
    currentNeighbours = opts.neighbours ?? [];
    applyVoices(scene, crossfade);
    applyNarration(scene);
    sweep();
  }

  function leaveScene(): void {
    if (disposed) return;
    currentScene = null;
    currentNeighbours = [];
    applyVoices(null, QUICK_FADE_SECONDS * 2);
    endNarration(true);
    sweep();
  }

  // ---- volume -------------------------------------------------------------------------------

  function applyPrefs(): void {
    Howler.volume(prefs.volume);
    Howler.mute(prefs.muted);
  }

  /**
   * howler steps the master gain (setValueAtTime), which clicks when a slider is dragged or sound is
   * muted mid-note: replace that step with a 50 ms ramp from where the gain was.
   */
  function smoothMaster(previous: number): void {
    const g = Howler.masterGain?.gain;
    const c = ctx;
    if (!g || !c || c !== Howler.ctx) return;
    const now = c.currentTime;
    const target = prefs.muted ? 0 : prefs.volume;
    g.cancelScheduledValues(now);
    g.setValueAtTime(previous, now);
    g.linearRampToValueAtTime(target, now + 0.05);
  }

  /** The master gain as the audio thread has it now (mid-ramp when the slider is being dragged). */
  function masterLevel(): number {
    const g = Howler.masterGain?.gain;
    return g ? g.value : prefs.muted ? 0 : prefs.volume;
  }

  function setVolume(v: number): void {
    if (disposed) return;
    const next = clampVolume(v, prefs.volume);
    if (next === prefs.volume) return;
    const previous = masterLevel();
    prefs.volume = next;
    Howler.volume(next);
    smoothMaster(previous);
    savePrefs(storage, prefs, storageKey);
    volumeEvents.emit({ volume: prefs.volume, muted: prefs.muted });
  }

  function setMuted(m: boolean): void {
    if (disposed || prefs.muted === m) return;
    const previous = masterLevel();
    prefs.muted = m;
    Howler.mute(m);
    smoothMaster(previous);
    savePrefs(storage, prefs, storageKey);
    volumeEvents.emit({ volume: prefs.volume, muted: prefs.muted });
    refreshState();
  }

  // ---- unlock -------------------------------------------------------------------------------

  function unlock(): Promise<boolean> {
    const c = graph();
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
    return resumed.then(
      () => {
        refreshState();
        return c.state === 'running';
      },
      (e: unknown) => {
        report(unlockProblem(e));
        refreshState();
        return false;
      },
    );
  }

  // ---- one-shots ----------------------------------------------------------------------------

  function playOneShot(assetId: string, volume = 1): Promise<boolean> {
    if (disposed) return Promise.resolve(false);
    if (!graph()) {
      report(NO_AUDIO_PROBLEM);
      return Promise.resolve(false);
    }
    if (state === 'locked') void unlock(); // a hotspot press is a gesture
    const key = shotKey(assetId);
    const entry = entryFor({ key, role: 'shot', assetId, sceneId: currentScene?.id ?? '', itemId: assetId.slice(0, 12), loop: false });
    entry.users += 1;
    activeShots += 1;
    const done = () => {
      activeShots = Math.max(0, activeShots - 1);
      entry.users = Math.max(0, entry.users - 1);
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
    let howls = 0;
    for (const e of entries.values()) if (e.howl && e.howl.state() !== 'unloaded') howls++;
    let playing = activeShots;
    for (const v of voices.values()) if (v.soundId !== null && v.phase !== 'waiting') playing++;
    if (narration?.playing) playing++;
    return { howls, playing, howlerHowls: howlerHowlCount() };
  }

  function inspect() {
    const list: VoiceInfo[] = [];
    for (const v of voices.values()) {
      list.push({
        role: v.role,
        sceneId: v.sceneId,
        itemId: v.itemId,
        assetId: v.entry.assetId,
        phase: v.phase,
        gain: v.gain ? v.gain.gain.value : 0,
        target: v.volume,
        panningModel: v.entry.howl && v.soundId !== null ? (soundPanner(v.entry.howl, v.soundId)?.panningModel ?? null) : null,
      });
    }
    return { voices: list, bedBus: bedBus?.gain.value ?? 0, sourceBus: sourceBus?.gain.value ?? 0, context: ctx };
  }

  function dispose(): void {
    if (disposed) return;
    if (narration) stopTicker(narration);
    narration = null;
    for (const t of timers) clearTimeout(t);
    timers.clear();
    for (const v of voices.values()) {
      v.gain?.disconnect();
      v.gain = null;
    }
    voices.clear();
    for (const e of [...entries.values()]) unloadEntry(e);
    bedBus?.disconnect();
    sourceBus?.disconnect();
    ctx?.removeEventListener('statechange', onCtxState);
    disposed = true;
    currentScene = null;
    if (caption) captionEvents.emit(null);
    caption = null;
    state = 'disposed';
    stateEvents.emit(state);
    stateEvents.clear();
    captionEvents.clear();
    problemEvents.clear();
    volumeEvents.clear();
  }

  // ---- start --------------------------------------------------------------------------------

  buildGraph();
  if (ctx) applyPrefs();
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
    setListenerOrientation,
    playNarration: () => {
      if (narration && !disposed) startNarration(narration);
    },
    pauseNarration: () => {
      const n = narration;
      if (!n) return;
      n.wanted = false;
      if (n.entry.howl && n.soundId !== null && n.playing) n.entry.howl.pause(n.soundId);
    },
    narrationStatus: () => {
      const n = narration;
      if (!n) return null;
      const d = n.entry.howl?.duration();
      return {
        sceneId: n.sceneId,
        language: n.language,
        assetId: n.assetId,
        playing: n.playing,
        ended: n.ended,
        time: narrationTime(n),
        duration: typeof d === 'number' && Number.isFinite(d) ? d : 0,
      };
    },
    get caption() {
      return caption;
    },
    onCaption: (fn) => captionEvents.on(fn),
    playOneShot,
    get volume() {
      return prefs.volume;
    },
    get muted() {
      return prefs.muted;
    },
    setVolume,
    setMuted,
    onVolumeChange: (fn) => volumeEvents.on(fn),
    problems: () => problemList.slice(),
    onProblem: (fn) => {
      for (const p of problemList) {
        try {
          fn(p);
        } catch (e) {
          console.error('[storyscape audio] a listener threw:', e);
        }
      }
      return problemEvents.on(fn);
    },
    stats,
    inspect,
    dispose,
  };
}

