/**
 * The soundscape engine's public surface: what the player, the editor and tests call
 * (src/audio/engine.ts builds it).
 */
import type { ActiveCaption } from './captions.ts';
import type { AudioScene } from './plan.ts';
import type { AudioProblem } from './problems.ts';
import type { PrefsStorage } from './prefs.ts';

/**
 * - `locked`: the browser holds sound back until the reader interacts: show "Start with sound"
 *   and call unlock() from the click/tap/key handler.
 * - `running`: sound is playing (or ready to).
 * - `muted`: running, but the reader muted it (remembered).
 * - `unavailable`: no Web Audio in this browser; the story plays silently (a problem is reported).
 * - `disposed`: dispose() was called.
 */
export type AudioState = 'locked' | 'running' | 'muted' | 'unavailable' | 'disposed';

export interface SoundscapeEngineOptions {
  /** URL (http(s), blob: or data:) for an asset id, or null when the story has no such file. */
  resolveUrl(assetId: string): Promise<string | null> | string | null;
  /**
   * The asset's MIME type (from the story's asset record, e.g. 'audio/webm; codecs="opus"') or file
   * extension ("mp3"). Needed for blob: URLs, which carry no extension; used to tell the author
   * clearly when this browser cannot play a file.
   */
  formatOf?(assetId: string): string | null | undefined;
  /** A human name for an asset (e.g. its file name), used in problem messages. */
  nameOf?(assetId: string): string | null | undefined;
  /** Called when the engine no longer holds an asset (e.g. to revoke an object URL). */
  release?(assetId: string): void;
  /** Where volume and mute are remembered. Default: localStorage (null: not remembered). */
  storage?: PrefsStorage | null;
  storageKey?: string;
  /** Crossfade and first fade-in length in seconds (default 1.5). */
  crossfadeSeconds?: number;
  /** Bed level while narration speaks, 0..1 (default 0.35). */
  duckLevel?: number;
}

export interface EnterSceneOptions {
  /** The reader's language, e.g. "nb". Picks the narration recording and caption text. */
  language: string;
  /** The story's default language: used when the scene has no recording or caption in `language`. */
  fallbackLanguage?: string | null;
  /** Scenes the reader can go to next: their beds and sources are loaded now, so a change is seamless. */
  neighbours?: readonly AudioScene[];
}

export interface NarrationStatus {
  sceneId: string;
  /** Language of the recording playing (after fallback). */
  language: string;
  assetId: string;
  playing: boolean;
  ended: boolean;
  /** Seconds into the recording. */
  time: number;
  /** Seconds, 0 until known. */
  duration: number;
}

export interface AudioStats {
  /** Howls the engine holds (loading or loaded). */
  howls: number;
  /** Sounds audible now: beds and sources (including fading), narration, one-shots. */
  playing: number;
  /** Howls howler tracks in total (should equal `howls` when nothing else uses howler). */
  howlerHowls: number;
}

export interface VoiceInfo {
  role: 'bed' | 'source';
  sceneId: string;
  itemId: string;
  assetId: string;
  phase: 'waiting' | 'live' | 'leaving' | 'fading-out';
  /** The voice gain's current value as the audio thread computes it (excludes ducking and volume). */
  gain: number;
  target: number;
  /** Positional sources: the panner's model ('HRTF'); null for beds. */
  panningModel: string | null;
}

export interface SoundscapeEngine {
  /** Current audio state (see AudioState). */
  readonly state: AudioState;
  /** Call from a user gesture (click, tap, key). Resolves true once sound runs. */
  unlock(): Promise<boolean>;
  /** Fires on every state change (e.g. 'locked' -> 'running' when unlocked). Returns unsubscribe. */
  onStateChange(listener: (state: AudioState) => void): () => void;

  /** Plays a scene's soundscape, crossfading from the previous one. Same scene again = update in place. */
  enterScene(scene: AudioScene, options: EnterSceneOptions): void;
  /** Fades everything out and unloads (e.g. leaving the player). */
  leaveScene(): void;
  /** The view's direction, every frame (degrees, document conventions). Allocation-free. */
  setListenerOrientation(yawDeg: number, pitchDeg: number): void;

  /** Starts (or resumes, or restarts when ended) the current scene's narration. */
  playNarration(): void;
  pauseNarration(): void;
  narrationStatus(): NarrationStatus | null;
  /** The caption showing now, or null. */
  readonly caption: ActiveCaption | null;
  /** Fires when the caption changes (null when none shows). Returns unsubscribe. */
  onCaption(listener: (caption: ActiveCaption | null) => void): () => void;

  /** Plays a sound once (a "play sound" hotspot). Resolves true when it started. */
  playOneShot(assetId: string, volume?: number): Promise<boolean>;

  readonly volume: number;
  readonly muted: boolean;
  /** Global volume 0..1, remembered. */
  setVolume(volume: number): void;
  /** Global mute, remembered. */
  setMuted(muted: boolean): void;
  /**
   * A guide's pause (#16): silences the story (and pauses its narration) without touching the
   * reader's remembered mute; `false` gives the sound back and the narration plays on.
   */
  hold(held: boolean): void;
  /** Fires when volume or mute change. */
  onVolumeChange(listener: (settings: { volume: number; muted: boolean }) => void): () => void;
  /**
   * How loud other sound of the scene should be now, 0..1: the duck level while narration speaks,
   * else 1 (a scene's video follows it, as the beds do), with the ramp time to get there.
   */
  readonly duck: { level: number; seconds: number };
  /** Fires when narration starts or stops speaking (the duck changes). Returns unsubscribe. */
  onDuck(listener: (duck: { level: number; seconds: number }) => void): () => void;

  /** Problems so far (each reported once). */
  problems(): readonly AudioProblem[];
  /** Fires once per problem; problems found before subscribing are replayed to the new listener. */
  onProblem(listener: (problem: AudioProblem) => void): () => void;

  /** Cheap counters for leak checks and debug overlays. */
  stats(): AudioStats;
  /** Per-voice detail for tests and devtools (allocates; not for every frame). */
  inspect(): { voices: VoiceInfo[]; bedBus: number; sourceBus: number; context: AudioContext | null };
  /** Stops everything, unloads all Howls, removes listeners. */
  dispose(): void;
}
