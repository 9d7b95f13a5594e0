/**
 * The reader's volume and mute: howler's master gain, remembered between visits (prefs.ts), and
 * moved with a short glide rather than howler's step, so dragging the slider or muting mid-note
 * does not click.
 */
import { Emitter } from './emitter.ts';
import { glide, MASTER_GLIDE_SECONDS } from './fades.ts';
import { Howler } from './howlerAccess.ts';
import { masterGainFor } from './mix-plan.ts';
import { clampVolume, loadPrefs, savePrefs, type AudioPrefs, type PrefsStorage } from './prefs.ts';

export type VolumeSettings = { volume: number; muted: boolean };

export class MasterVolume {
  private readonly prefs: AudioPrefs;
  /** Silenced by a guide's pause (#16): not the reader's choice, so never remembered. */
  private held = false;
  readonly changes = new Emitter<VolumeSettings>();

  constructor(
    private readonly storage: PrefsStorage | null,
    private readonly storageKey: string,
    /** The engine's context (the master gain is only glided on howler's current one). */
    private readonly context: () => AudioContext | null,
  ) {
    this.prefs = loadPrefs(storage, storageKey);
  }

  get volume(): number {
    return this.prefs.volume;
  }

  get muted(): boolean {
    return this.prefs.muted;
  }

  /** Hands the remembered settings to howler (at start). */
  apply(): void {
    Howler.volume(this.prefs.volume);
    Howler.mute(this.prefs.muted || this.held);
  }

  /** Silences everything (or gives the sound back) without changing the reader's remembered mute. */
  setHeld(held: boolean): boolean {
    if (this.held === held) return false;
    const previous = this.level();
    this.held = held;
    Howler.mute(this.prefs.muted || held);
    this.smooth(previous);
    return true;
  }

  /** Global volume 0..1, remembered. False when nothing changed. */
  setVolume(v: number): boolean {
    const next = clampVolume(v, this.prefs.volume);
    if (next === this.prefs.volume) return false;
    const previous = this.level();
    this.prefs.volume = next;
    Howler.volume(next);
    this.changed(previous);
    return true;
  }

  /** Global mute, remembered. False when nothing changed. */
  setMuted(m: boolean): boolean {
    if (this.prefs.muted === m) return false;
    const previous = this.level();
    this.prefs.muted = m;
    Howler.mute(m || this.held);
    this.changed(previous);
    return true;
  }

  private changed(previous: number): void {
    this.smooth(previous);
    savePrefs(this.storage, this.prefs, this.storageKey);
    this.changes.emit({ volume: this.prefs.volume, muted: this.prefs.muted });
  }

  /** howler steps the master gain (setValueAtTime): replace that step with a glide from where it was. */
  private smooth(previous: number): void {
    const g = Howler.masterGain?.gain;
    const c = this.context();
    if (!g || !c || c !== Howler.ctx) return;
    glide(g, c.currentTime, previous, masterGainFor(this.prefs, this.held), MASTER_GLIDE_SECONDS);
  }

  /** The master gain as the audio thread has it now (mid-glide when the slider is being dragged). */
  private level(): number {
    const g = Howler.masterGain?.gain;
    return g ? g.value : masterGainFor(this.prefs, this.held);
  }
}
