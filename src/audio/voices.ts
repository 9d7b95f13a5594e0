/**
 * The voices that play a scene's ambient beds and positional sources, each through its own gain
 * (so a fade can be interrupted and a bed shared by two scenes glides to its new level):
 *
 *   bed    bufferSource -> howler gain -> voice gain -> bed bus
 *   source bufferSource -> HRTF panner -> howler gain -> voice gain -> source bus
 *
 * setScene() carries out mix-plan.ts: beds crossfade (equal power) when the scene changes, and the
 * outgoing beds wait (up to a second) for the incoming ones to load, so there is no silent gap.
 */
import type { VoiceInfo } from './engine-api.ts';
import { scheduleFade } from './fades.ts';
import { hold, letGo, type HowlCache, type HowlEntry } from './howl-cache.ts';
import { routeSound, soundPanner, usesWebAudio } from './howlerAccess.ts';
import type { Mixer } from './mixer.ts';
import { planVoiceChanges, sceneVoices, type CurrentVoice, type VoicePhase, type VoicePlan } from './mix-plan.ts';
import type { AudioScene } from './plan.ts';

/** How long outgoing beds wait for the incoming ones to load before they fade anyway. */
const MAX_WAIT_FOR_INCOMING_MS = 1000;

interface Voice {
  key: string;
  role: 'bed' | 'source';
  entry: HowlEntry;
  sceneId: string;
  itemId: string;
  volume: number;
  loop: boolean;
  phase: VoicePhase;
  /** Bumped on every change of plan: a timer or callback from an older plan does nothing. */
  token: number;
  soundId: number | null;
  gain: GainNode | null;
  /** Fallback when rerouting is impossible: fades via howl.fade on the sound itself. */
  direct: boolean;
}

export interface VoicesHost {
  alive(): boolean;
  /** Runs fn after ms unless the engine is disposed by then. */
  later(fn: () => void, ms: number): void;
  /** Unloads the Howls nothing wants or plays any more. */
  sweep(): void;
}

export class Voices {
  private readonly voices = new Map<string, Voice>();

  constructor(
    private readonly mixer: Mixer,
    private readonly cache: HowlCache,
    private readonly host: VoicesHost,
  ) {}

  /** Plays `scene`'s beds and sources (null: none), fading over `fadeSeconds`. */
  setScene(scene: AudioScene | null, fadeSeconds: number): void {
    const current: CurrentVoice[] = [];
    for (const v of this.voices.values()) current.push({ key: v.key, volume: v.volume, phase: v.phase, sounding: v.soundId !== null });
    const changes = planVoiceChanges(current, scene ? sceneVoices(scene) : []);

    const incoming: Voice[] = [];
    for (const { plan, start, revive, glide } of changes.wanted) {
      if (start) {
        incoming.push(this.add(plan, fadeSeconds));
        continue;
      }
      const v = this.voices.get(plan.key)!;
      v.sceneId = plan.need.sceneId;
      v.itemId = plan.need.itemId;
      v.loop = plan.loop;
      v.volume = plan.volume;
      if (revive) {
        v.phase = 'live';
        v.token += 1;
        if (glide) this.fade(v, plan.volume, fadeSeconds);
      }
      // (A voice that has not started yet starts at its new volume when its Howl is ready.)
      if (plan.pos) this.cache.place(v.entry, plan.pos);
    }

    for (const key of changes.drop) {
      const v = this.voices.get(key);
      if (v) this.drop(v); // never started: nothing to fade
    }
    const leaving = changes.leave.map((key) => this.voices.get(key)!);
    if (leaving.length === 0) return;
    for (const v of leaving) {
      v.phase = 'leaving';
      v.token += 1;
    }
    const tokens = leaving.map((v) => v.token);
    const go = () =>
      leaving.forEach((v, i) => {
        if (v.phase === 'leaving' && v.token === tokens[i]) this.fadeOut(v, fadeSeconds);
      });
    // No gap: if the incoming beds are still loading, the outgoing ones wait for them (up to 1 s).
    const pending = incoming.filter((v) => v.role === 'bed' && v.entry.status !== 'loaded').map((v) => v.entry.ready);
    if (pending.length === 0) go();
    else {
      let done = false;
      const once = () => {
        if (!done && this.host.alive()) {
          done = true;
          go();
        }
      };
      void Promise.all(pending).then(once);
      this.host.later(once, MAX_WAIT_FOR_INCOMING_MS);
    }
  }

  /** Voices making sound now (beds and sources, including those fading). */
  sounding(): number {
    let n = 0;
    for (const v of this.voices.values()) if (v.soundId !== null && v.phase !== 'waiting') n++;
    return n;
  }

  /** Per-voice detail for tests and devtools. */
  inspect(): VoiceInfo[] {
    const list: VoiceInfo[] = [];
    for (const v of this.voices.values()) {
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
    return list;
  }

  /** Lets go of every voice's gain without stopping sounds (the context is gone, or dispose). */
  forget(): void {
    for (const v of this.voices.values()) {
      v.gain?.disconnect();
      v.gain = null;
    }
    this.voices.clear();
  }

  private add(plan: VoicePlan, fadeSeconds: number): Voice {
    const entry = this.cache.get(plan.need, plan.pos);
    if (plan.pos) this.cache.place(entry, plan.pos);
    hold(entry);
    const v: Voice = {
      key: plan.key,
      role: plan.role,
      entry,
      sceneId: plan.need.sceneId,
      itemId: plan.need.itemId,
      volume: plan.volume,
      loop: plan.loop,
      phase: 'waiting',
      token: 0,
      soundId: null,
      gain: null,
      direct: false,
    };
    this.voices.set(plan.key, v);
    void entry.ready.then((howl) => {
      if (!howl) {
        if (this.voices.get(v.key) === v) this.drop(v);
        return;
      }
      this.start(v, fadeSeconds);
    });
    return v;
  }

  private fade(v: Voice, to: number, seconds: number): void {
    const c = this.mixer.ctx;
    if (v.gain && c) {
      scheduleFade(v.gain.gain, c.currentTime, to, seconds);
    } else if (v.direct && v.entry.howl && v.soundId !== null) {
      const howl = v.entry.howl;
      const from = howl.volume(v.soundId) as unknown as number;
      howl.fade(typeof from === 'number' ? from : 0, to, Math.max(1, seconds * 1000), v.soundId);
    }
  }

  private start(v: Voice, fadeIn: number): void {
    const howl = v.entry.howl;
    const c = this.mixer.context();
    if (!howl || !c || this.voices.get(v.key) !== v || v.phase !== 'waiting') return;
    const id = howl.play();
    if (typeof id !== 'number') {
      this.drop(v);
      return;
    }
    v.soundId = id;
    v.phase = 'live';
    const gain = c.createGain();
    gain.gain.value = 0;
    gain.connect(this.mixer.bus(v.role));
    if (usesWebAudio(howl) && routeSound(howl, id, gain)) {
      v.gain = gain;
    } else {
      gain.disconnect();
      v.direct = true;
      howl.volume(0, id);
    }
    this.fade(v, v.volume, fadeIn);
    if (!v.loop) {
      howl.once(
        'end',
        () => {
          if (this.voices.get(v.key) === v && v.soundId === id) this.drop(v);
        },
        id,
      );
    }
  }

  /** Stops a voice now and lets go of its Howl. */
  private drop(v: Voice): void {
    if (this.voices.get(v.key) === v) this.voices.delete(v.key);
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
    letGo(v.entry);
    this.host.sweep();
  }

  private fadeOut(v: Voice, seconds: number): void {
    if (v.phase === 'waiting' || v.soundId === null) {
      this.drop(v);
      return;
    }
    v.phase = 'fading-out';
    const token = ++v.token;
    this.fade(v, 0, seconds);
    this.host.later(() => {
      if (v.phase === 'fading-out' && v.token === token) this.drop(v);
    }, seconds * 1000 + 80);
  }
}
