/**
 * Test page for src/audio (tests/e2e/audio.test.ts, bench/suites/audio.bench.ts). Exposes
 * window.audioTest: builds scenes over the generated fixtures, runs the engine, and measures the
 * REAL output: Howler.masterGain -> ChannelSplitter -> two AnalyserNodes (left/right RMS), plus an
 * FFT analyser to follow individual test tones (440 Hz bed A, 660 Hz bed B) through a crossfade.
 */
import { createElement, Fragment } from 'react';
import { createRoot } from 'react-dom/client';
import { Howler } from 'howler';
import { createSoundscapeEngine, type AudioScene, type SoundscapeEngine } from '../../../src/audio/index.ts';
import { SoundGate } from '../../../src/audio/SoundGate.tsx';
import { CaptionsView } from '../../../src/audio/CaptionsView.tsx';

const FIX = '/tests/fixtures/audio/generated/';
const hex = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

export const ID = {
  tone440: hex(1),
  tone660: hex(2),
  noise: hex(3),
  narration: hex(4),
  narrationNb: hex(5),
  missing: hex(6),
  notFound: hex(7),
  broken: hex(8),
  caf: hex(9),
  rain: hex(10),
  noise2: hex(11),
};

const urls = new Map<string, string | null>([
  [ID.tone440, `${FIX}tone-440.wav`],
  [ID.tone660, `${FIX}tone-660.wav`],
  [ID.noise, `${FIX}noise.wav`],
  [ID.noise2, `${FIX}noise.wav`],
  [ID.narration, `${FIX}narration.wav`],
  [ID.narrationNb, `${FIX}narration.wav`],
  [ID.missing, null],
  [ID.notFound, `${FIX}does-not-exist.wav`],
  [ID.broken, `${FIX}broken.mp3`],
  [ID.caf, `${FIX}narration.wav`],
  [ID.rain, '/tests/fixtures/audio/rain.mp3'],
]);
const mimes = new Map<string, string>([
  [ID.caf, 'audio/x-caf'],
  [ID.rain, 'audio/mpeg'],
  [ID.broken, 'audio/mpeg'],
]);

const bed = (id: string, asset: string, volume = 0.8) => ({ id, asset, volume });
const source = (id: string, asset: string, yaw: number, extra: Partial<{ pitch: number; distance: number; volume: number; loop: boolean }> = {}) => ({
  id,
  asset,
  yaw,
  pitch: extra.pitch ?? 0,
  distance: extra.distance ?? 2,
  volume: extra.volume ?? 1,
  loop: extra.loop ?? true,
});
const scene = (id: string, soundscape: Partial<AudioScene['soundscape']>, hotspots: AudioScene['hotspots'] = []): AudioScene => ({
  id,
  soundscape: { beds: [], sources: [], ...soundscape },
  hotspots,
});

export const CAPTIONS = {
  en: [
    { start: 0.5, end: 1.2, text: 'One' },
    { start: 1.6, end: 2.3, text: 'Two,\nin two lines' },
  ],
  nb: [
    { start: 0.5, end: 1.2, text: 'En' },
    { start: 1.6, end: 2.3, text: 'To' },
  ],
};

const SCENES: Record<string, AudioScene> = {
  silent: scene('silent', {}),
  a: scene('a', { beds: [bed('a-bed', ID.tone440)] }),
  b: scene('b', { beds: [bed('b-bed', ID.tone660)] }),
  both: scene('both', { beds: [bed('both-1', ID.tone440, 0.5), bed('both-2', ID.tone660, 0.5)] }),
  right: scene('right', { sources: [source('r', ID.noise, 90)] }),
  left: scene('left', { sources: [source('l', ID.noise, -90)] }),
  front: scene('front', { sources: [source('f', ID.noise, 0)] }),
  narrated: scene('narrated', {
    beds: [bed('n-bed', ID.tone440)],
    narration: { recordings: { en: ID.narration, nb: ID.narrationNb }, captions: CAPTIONS, autoplay: true },
  }),
  narratedManual: scene('narratedManual', {
    beds: [bed('n-bed', ID.tone440)],
    narration: { recordings: { en: ID.narration }, captions: { en: CAPTIONS.en }, autoplay: false },
  }),
  broken: scene('broken', {
    beds: [bed('ok-bed', ID.tone440), bed('broken-bed', ID.broken)],
    sources: [source('missing-src', ID.missing, 45), source('notfound-src', ID.notFound, -45)],
  }),
  missingOnly: scene('missingOnly', { beds: [bed('ok-bed', ID.tone440)], sources: [source('missing-src', ID.missing, 45)] }),
  caf: scene('caf', { beds: [bed('ok-bed', ID.tone440)], narration: { recordings: { en: ID.caf }, captions: {}, autoplay: true } }),
  rain: scene('rain', { beds: [bed('rain', ID.rain, 1)] }),
  shots: scene('shots', {}, [{ id: 'h1', yaw: 0, pitch: 0, label: {}, action: { type: 'sound', asset: ID.tone660, volume: 1 } }]),
  bench: scene('bench', {
    beds: [bed('bench-bed', ID.tone440, 0.5)],
    sources: Array.from({ length: 8 }, (_, i) => source(`bs${i}`, i % 2 ? ID.noise : ID.noise2, -180 + 45 * (i + 1), { distance: 2 + i, volume: 0.6 })),
    narration: { recordings: { en: ID.narration }, captions: { en: CAPTIONS.en }, autoplay: true },
  }),
};

/** A chain of `n` scenes with their own (fake) assets: a bed and a positional source each. */
function chain(n: number): AudioScene[] {
  const list: AudioScene[] = [];
  for (let i = 0; i < n; i++) {
    const bedId = (1000 + i).toString(16).padStart(4, '0').repeat(16);
    const srcId = (5000 + i).toString(16).padStart(4, '0').repeat(16);
    urls.set(bedId, `${FIX}tone-440.wav`);
    urls.set(srcId, `${FIX}noise.wav`);
    list.push(scene(`walk-${i}`, { beds: [bed(`wb${i}`, bedId, 0.5)], sources: [source(`ws${i}`, srcId, (i * 40) % 360 - 170)] }));
  }
  return list;
}

// ---- output tap ---------------------------------------------------------------------------------

interface Tap {
  left: AnalyserNode;
  right: AnalyserNode;
  fft: AnalyserNode;
  buf: Float32Array<ArrayBuffer>;
  spec: Float32Array<ArrayBuffer>;
}
let tap: Tap | null = null;

function makeTap(): Tap {
  const ctx = Howler.ctx;
  const split = ctx.createChannelSplitter(2);
  const left = ctx.createAnalyser();
  const right = ctx.createAnalyser();
  const fft = ctx.createAnalyser();
  left.fftSize = right.fftSize = 2048;
  fft.fftSize = 4096;
  fft.smoothingTimeConstant = 0;
  Howler.masterGain.connect(split);
  Howler.masterGain.connect(fft);
  split.connect(left, 0);
  split.connect(right, 1);
  return { left, right, fft, buf: new Float32Array(2048), spec: new Float32Array(fft.frequencyBinCount) };
}

function rmsOf(a: AnalyserNode, buf: Float32Array<ArrayBuffer>): number {
  a.getFloatTimeDomainData(buf);
  let s = 0;
  for (let i = 0; i < buf.length; i++) s += buf[i]! * buf[i]!;
  return Math.sqrt(s / buf.length);
}

/** Linear amplitude of a tone (peak of a few bins around it) in the master output. */
function toneLevel(t: Tap, freq: number): number {
  t.fft.getFloatFrequencyData(t.spec);
  const binHz = Howler.ctx.sampleRate / t.fft.fftSize;
  const k = Math.round(freq / binHz);
  let best = -Infinity;
  for (let i = k - 2; i <= k + 2; i++) best = Math.max(best, t.spec[i] ?? -Infinity);
  return Number.isFinite(best) ? 10 ** (best / 20) : 0;
}

export interface Sample {
  /** Milliseconds since sampling began, on the page's clock (performance.now). */
  t: number;
  /** Seconds on the audio clock (AudioContext.currentTime) when the sample was taken. */
  audioTime: number;
  left: number;
  right: number;
  rms: number;
  l440: number;
  l660: number;
  voices: { role: string; sceneId: string; itemId: string; phase: string; gain: number }[];
  bedBus: number;
}

function snapshot(t0: number): Sample {
  const t = tap!;
  const left = rmsOf(t.left, t.buf);
  const right = rmsOf(t.right, t.buf);
  const i = engine!.inspect();
  return {
    t: performance.now() - t0,
    audioTime: Howler.ctx.currentTime,
    left,
    right,
    rms: Math.sqrt((left * left + right * right) / 2),
    l440: toneLevel(t, 440),
    l660: toneLevel(t, 660),
    voices: i.voices.map((v) => ({ role: v.role, sceneId: v.sceneId, itemId: v.itemId, phase: v.phase, gain: v.gain })),
    bedBus: i.bedBus,
  };
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

// ---- the harness ----------------------------------------------------------------------------------

let engine: SoundscapeEngine | null = null;
const captionLog: { text: string | null; language: string | null; wall: number; media: number }[] = [];
const stateLog: string[] = [];
let walk: AudioScene[] = [];

const api = {
  ID,
  CAPTIONS,
  scenes: Object.keys(SCENES),

  init(options: { memoryStorage?: boolean; crossfadeSeconds?: number } = {}) {
    const store = new Map<string, string>();
    engine = createSoundscapeEngine({
      resolveUrl: (id) => (urls.has(id) ? urls.get(id)! : null),
      formatOf: (id) => mimes.get(id) ?? 'audio/wav',
      nameOf: (id) => (id === ID.missing ? 'missing.wav' : undefined),
      storage: options.memoryStorage ? { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) } : undefined,
      crossfadeSeconds: options.crossfadeSeconds,
    });
    tap = makeTap();
    engine.onStateChange((s) => stateLog.push(s));
    engine.onCaption((c) => captionLog.push({ text: c?.text ?? null, language: c?.language ?? null, wall: performance.now(), media: engine!.narrationStatus()?.time ?? -1 }));
    createRoot(document.getElementById('ui')!).render(
      createElement(Fragment, null, createElement(SoundGate, { engine }), createElement(CaptionsView, { engine })),
    );
    (window as unknown as { engine: SoundscapeEngine }).engine = engine;
    return { state: engine.state, sampleRate: Howler.ctx.sampleRate, ctxState: Howler.ctx.state };
  },

  get engine() {
    return engine!;
  },

  enter(name: string, opts: { language?: string; neighbours?: string[] } = {}) {
    engine!.enterScene(SCENES[name]!, {
      language: opts.language ?? 'en',
      fallbackLanguage: 'en',
      neighbours: (opts.neighbours ?? []).map((n) => SCENES[n]!),
    });
  },

  /** Enter scene `name` and sample the output every `every` ms for `ms` ms. */
  async sampleDuring(ms: number, name?: string, every = 20): Promise<Sample[]> {
    const out: Sample[] = [];
    const t0 = performance.now();
    const timer = setInterval(() => out.push(snapshot(t0)), every);
    out.push(snapshot(t0));
    if (name) api.enter(name);
    await sleep(ms);
    clearInterval(timer);
    return out;
  },

  /** Mean levels over `ms`. */
  async levels(ms = 400) {
    const s = await api.sampleDuring(ms);
    const mean = (f: (x: Sample) => number) => s.reduce((a, x) => a + f(x), 0) / s.length;
    return { left: mean((x) => x.left), right: mean((x) => x.right), rms: mean((x) => x.rms), l440: mean((x) => x.l440), l660: mean((x) => x.l660), bedBus: mean((x) => x.bedBus) };
  },

  async waitFor(what: 'loaded' | 'narration-playing' | 'narration-ended', timeoutMs = 5000) {
    const t0 = performance.now();
    while (performance.now() - t0 < timeoutMs) {
      const st = engine!.stats();
      const n = engine!.narrationStatus();
      if (what === 'loaded' && engine!.inspect().voices.every((v) => v.phase !== 'waiting') && st.playing > 0) return true;
      if (what === 'narration-playing' && n?.playing) return true;
      if (what === 'narration-ended' && (!n || n.ended)) return true;
      await sleep(10);
    }
    return false;
  },

  captionLog: () => captionLog.slice(),
  stateLog: () => stateLog.slice(),
  clearCaptionLog: () => void (captionLog.length = 0),
  problems: () => engine!.problems().map((p) => ({ code: p.code, message: p.message, sceneId: p.sceneId, assetId: p.assetId, role: p.role })),
  stats: () => engine!.stats(),
  inspect: () => engine!.inspect().voices,
  listener: (yaw: number, pitch = 0) => engine!.setListenerOrientation(yaw, pitch),

  /** Visits a chain of n scenes, `dwellMs` each, with prev/next as neighbours; Howl counts after each. */
  async walk(n: number, dwellMs: number) {
    walk = chain(n);
    const counts: { howls: number; howlerHowls: number }[] = [];
    for (let i = 0; i < n; i++) {
      const neighbours = [walk[i - 1], walk[i + 1]].filter((s): s is AudioScene => !!s);
      engine!.enterScene(walk[i]!, { language: 'en', fallbackLanguage: 'en', neighbours });
      await sleep(dwellMs);
      const s = engine!.stats();
      counts.push({ howls: s.howls, howlerHowls: s.howlerHowls });
    }
    return counts;
  },

  /** Turns the listener every animation frame for `ms` and times setListenerOrientation itself. */
  async spin(ms: number, degPerFrame = 2, keepNarrating = false) {
    let yaw = 0;
    let frames = 0;
    let work = 0;
    const t0 = performance.now();
    await new Promise<void>((done) => {
      const frame = () => {
        yaw = yaw + degPerFrame > 180 ? yaw + degPerFrame - 360 : yaw + degPerFrame;
        const a = performance.now();
        engine!.setListenerOrientation(yaw, Math.sin(frames / 30) * 20);
        work += performance.now() - a;
        if (keepNarrating && frames % 30 === 0 && engine!.narrationStatus()?.ended) engine!.playNarration();
        frames++;
        if (performance.now() - t0 < ms) requestAnimationFrame(frame);
        else done();
      };
      requestAnimationFrame(frame);
    });
    return { frames, workMs: work, elapsedMs: performance.now() - t0 };
  },

  /** Calls setListenerOrientation n times in a tight loop (allocation check via heap deltas). */
  hammer(n: number) {
    const e = engine!;
    let yaw = 0;
    const a = performance.now();
    for (let i = 0; i < n; i++) {
      yaw = yaw >= 179 ? -179 : yaw + 0.5;
      e.setListenerOrientation(yaw, (i % 40) - 20);
    }
    return performance.now() - a;
  },
};

(window as unknown as { audioTest: typeof api }).audioTest = api;

// `?auto=<scene>`: start the engine and enter the scene at page load, with no script call from the
// test. Playwright's page.evaluate() and locator polling can count as a user gesture in Chromium,
// which would let howler's next play() resume the context by itself. So the page says it is ready
// with a console message (which the test receives passively) once every sound of the scene has been
// asked to play: after that nothing but unlock() or a real input event resumes the context.
// The state is mirrored on <body data-audio-state>.
const auto = new URLSearchParams(location.search).get('auto');
if (auto !== null) {
  api.init({ memoryStorage: true });
  if (auto) api.enter(auto);
  const publish = () => {
    if (engine!.inspect().voices.some((v) => v.phase === 'waiting')) return void setTimeout(publish, 20);
    document.body.dataset.audioState = engine!.state;
    engine!.onStateChange((s) => (document.body.dataset.audioState = s));
    console.log(`audio-auto-ready ${engine!.state}`);
  };
  publish();
}
export type AudioTestApi = typeof api;
