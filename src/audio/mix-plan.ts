/**
 * What the mix should be (pure: no Web Audio, no howler):
 * - `sceneVoices`: the beds and positional sources a scene plays, and at what level;
 * - `planVoiceChanges`: how to get there from what plays now (keep, glide, start, stop, fade out);
 * - `duckRamp`: where the beds go while narration speaks, and how fast;
 * - `masterGainFor`: the master level for the reader's volume and mute.
 * src/audio/voices.ts and src/audio/mixer.ts carry these out on the audio graph.
 */
import { DUCK_ATTACK_SECONDS, DUCK_RELEASE_SECONDS } from './fades.ts';
import { sourcePosition } from './geometry.ts';
import { bedKey, sourceKey, type AudioScene, type SoundNeed } from './plan.ts';
import { clampVolume, type AudioPrefs } from './prefs.ts';

/** Level of a bed without a volume of its own. */
export const DEFAULT_BED_VOLUME = 0.8;
/** Distance (m) of a positional source without one. */
export const DEFAULT_SOURCE_DISTANCE = 5;

/** A bed or positional source as a scene wants it played. */
export interface VoicePlan {
  key: string;
  role: 'bed' | 'source';
  need: SoundNeed;
  /** 0..1 */
  volume: number;
  loop: boolean;
  /** Positional sources: where the panner puts it (metres, three.js axes). */
  pos?: [number, number, number];
}

/** The voices a scene plays, in the scene's order. The same file twice as a bed plays once. */
export function sceneVoices(scene: AudioScene): VoicePlan[] {
  const out: VoicePlan[] = [];
  const seen = new Set<string>();
  const sc = scene.soundscape;
  for (const bed of sc?.beds ?? []) {
    const key = bedKey(bed.asset);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      key,
      role: 'bed',
      need: { key, role: 'bed', assetId: bed.asset, sceneId: scene.id, itemId: bed.id, loop: true },
      volume: clampVolume(bed.volume, DEFAULT_BED_VOLUME),
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
      pos: sourcePosition(src.yaw, src.pitch, src.distance ?? DEFAULT_SOURCE_DISTANCE),
    });
  }
  return out;
}

/**
 * - `waiting`: its file is still loading; it starts (fading in) when ready.
 * - `live`: playing at (or fading to) its level.
 * - `leaving`: no longer wanted; fades out as soon as the incoming beds can be heard.
 * - `fading-out`: on its way to silence, then stopped.
 */
export type VoicePhase = 'waiting' | 'live' | 'leaving' | 'fading-out';

/** What the mixer knows about a voice that exists now. */
export interface CurrentVoice {
  key: string;
  volume: number;
  phase: VoicePhase;
  /** Whether it has made a sound (false: nothing to fade). */
  sounding: boolean;
}

export interface VoiceChanges {
  /**
   * Every wanted voice, in the scene's order. `start`: make it. Otherwise it plays on (a bed file
   * both scenes use keeps playing): `revive` when it has started (back to live, cancelling a
   * fade-out), `glide` when it must also move to a new level (or back up from a fade-out).
   */
  wanted: { plan: VoicePlan; start: boolean; revive: boolean; glide: boolean }[];
  /** Keys of unwanted voices that never made a sound: stop now. */
  drop: string[];
  /** Keys of unwanted voices that sound: fade out (once the incoming beds are ready). */
  leave: string[];
}

/**
 * How to go from the voices there are to the ones a scene wants. Voices already fading out are
 * left to finish unless wanted again.
 */
export function planVoiceChanges(current: Iterable<CurrentVoice>, wanted: readonly VoicePlan[]): VoiceChanges {
  const byKey = new Map<string, CurrentVoice>();
  for (const v of current) byKey.set(v.key, v);
  const wantedKeys = new Set<string>();
  const changes: VoiceChanges = { wanted: [], drop: [], leave: [] };
  for (const plan of wanted) {
    wantedKeys.add(plan.key);
    const v = byKey.get(plan.key);
    if (!v) {
      changes.wanted.push({ plan, start: true, revive: false, glide: false });
      continue;
    }
    const revive = v.phase !== 'waiting';
    const glide = revive && (v.volume !== plan.volume || v.phase === 'leaving' || v.phase === 'fading-out');
    changes.wanted.push({ plan, start: false, revive, glide });
  }
  for (const v of byKey.values()) {
    if (wantedKeys.has(v.key) || v.phase === 'fading-out') continue;
    if (v.sounding) changes.leave.push(v.key);
    else changes.drop.push(v.key);
  }
  return changes;
}

/** The beds' bus level and ramp time when narration starts (`on`) or stops speaking. */
export function duckRamp(on: boolean, duckLevel: number): { level: number; seconds: number } {
  return on ? { level: duckLevel, seconds: DUCK_ATTACK_SECONDS } : { level: 1, seconds: DUCK_RELEASE_SECONDS };
}

/** The master gain for the reader's settings; `held` (a guide's pause) silences it without touching them. */
export function masterGainFor(prefs: Readonly<AudioPrefs>, held = false): number {
  return prefs.muted || held ? 0 : prefs.volume;
}
