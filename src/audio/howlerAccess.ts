/**
 * The few howler 2.2.4 internals the engine relies on, in one place, each guarded at run time.
 *
 * Why: howler connects every Web Audio sound straight to Howler.masterGain and has one volume per
 * sound. Crossfades that can be interrupted, and ducking the beds while narration speaks, need a
 * gain stage per voice and a bus for the beds. So after howler creates a sound, its GainNode
 * (`sound._node`) is reconnected to our own gain (voice) -> bus -> Howler.masterGain. howler connects
 * a sound's node to masterGain only when the sound object is created, so the rerouting holds.
 * Also used: `Howler._howls` (leak checks), `Howler._orientation` (kept in step without allocating),
 * `Howler._autoResume` / `Howler._unlockAudio` (so howler's own "audio is running" flag follows
 * our unlock). If a future howler changes these, the guards fall back to plain howler behaviour
 * (fades through howl.fade, no ducking) rather than failing.
 */
import { Howl, Howler } from 'howler';

interface SoundInternal {
  _id: number;
  _node?: unknown;
  _panner?: unknown;
  _paused?: boolean;
}

interface HowlInternal {
  _sounds?: SoundInternal[];
  _soundById?(id: number): SoundInternal | null;
  _webAudio?: boolean;
}

interface HowlerInternal {
  _howls?: Howl[];
  _orientation?: number[];
  _audioUnlocked?: boolean;
  _autoResume?(): void;
  _unlockAudio?(): void;
  autoUnlock?: boolean;
  state?: string;
}

const internal = () => Howler as unknown as HowlerInternal;

const isAudioNode = (n: unknown): n is AudioNode => typeof AudioNode !== 'undefined' && n instanceof AudioNode;

/** The Web Audio GainNode howler made for one sound, or null (HTML5 Audio, or internals changed). */
export function soundNode(howl: Howl, soundId: number): GainNode | null {
  const h = howl as unknown as HowlInternal;
  const sound = typeof h._soundById === 'function' ? h._soundById(soundId) : null;
  const node = sound?._node;
  return isAudioNode(node) && 'gain' in node ? (node as GainNode) : null;
}

/** The PannerNode of one sound (positional sources), or null. */
export function soundPanner(howl: Howl, soundId: number): PannerNode | null {
  const h = howl as unknown as HowlInternal;
  const sound = typeof h._soundById === 'function' ? h._soundById(soundId) : null;
  const p = sound?._panner;
  return isAudioNode(p) && 'panningModel' in p ? (p as PannerNode) : null;
}

/** The HTMLAudioElement of a streamed (html5) sound, or null. */
export function soundMediaElement(howl: Howl, soundId: number): HTMLMediaElement | null {
  const h = howl as unknown as HowlInternal;
  const sound = typeof h._soundById === 'function' ? h._soundById(soundId) : null;
  const node = sound?._node;
  return typeof HTMLMediaElement !== 'undefined' && node instanceof HTMLMediaElement ? node : null;
}

/** Moves a sound's output from wherever howler connected it to `destination`. */
export function routeSound(howl: Howl, soundId: number, destination: AudioNode): boolean {
  const node = soundNode(howl, soundId);
  if (!node) return false;
  try {
    node.disconnect();
  } catch {
    // was not connected
  }
  node.connect(destination);
  return true;
}

/** Whether this Howl ended up on Web Audio (howler silently falls back to HTML5 Audio on XHR errors). */
export function usesWebAudio(howl: Howl): boolean {
  return (howl as unknown as HowlInternal)._webAudio !== false;
}

/** Number of Howls howler itself tracks (ours and anyone else's). */
export function howlerHowlCount(): number {
  return internal()._howls?.length ?? 0;
}

/**
 * Makes sure Howler has its AudioContext, and lets howler run its one-time unlock set-up now,
 * before the engine builds nodes on the context: on its first run howler may close and recreate
 * the context (it does so when the sample rate is not 44.1 kHz), which would strand earlier nodes.
 */
export function prepareHowler(): AudioContext | null {
  if (!Howler.ctx) Howler.volume(Howler.volume());
  const h = internal();
  if (Howler.ctx && h.autoUnlock && !h._audioUnlocked && typeof h._unlockAudio === 'function') {
    try {
      h._unlockAudio();
    } catch {
      // howler's own unlock listeners are a convenience; ours (unlock()) is the real path
    }
  }
  return Howler.usingWebAudio && !Howler.noAudio && Howler.ctx ? Howler.ctx : null;
}

/** Tells howler the context is (being) resumed, so sounds waiting on it start. Call in a user gesture. */
export function howlerResume(): void {
  const h = internal();
  if (typeof h._autoResume === 'function') {
    try {
      h._autoResume();
    } catch {
      // fall through: the caller resumes the context itself as well
    }
  }
}

/** howler's copy of the listener orientation (6 numbers), updated in place, or null. */
export function howlerOrientationArray(): number[] | null {
  const o = internal()._orientation;
  return Array.isArray(o) && o.length === 6 ? o : null;
}

export { Howl, Howler };
