/**
 * The engine's part of the audio graph: howler's AudioContext, and two buses into howler's master
 * gain (where the reader's volume and mute apply):
 *
 *   bed    ... -> voice gain -> bed bus (ducked while narration speaks) --\
 *   source ... -> voice gain -> source bus ---------------------------------> Howler.masterGain
 *
 * One per engine. If someone replaces howler's context (Howler.unload()), the next call to
 * context() builds the buses again on the new one and tells the engine to start over.
 */
import { Emitter } from './emitter.ts';
import { scheduleFade } from './fades.ts';
import { Howler, prepareHowler } from './howlerAccess.ts';
import { duckRamp } from './mix-plan.ts';

export interface MixerHost {
  /** False once the engine is disposed: no context is handed out after that. */
  alive(): boolean;
  /** The context started running, or was suspended, interrupted or closed. */
  onContextState(): void;
  /** howler made a new context: every Howl and node on the old one is gone. */
  onContextReplaced(): void;
}

export class Mixer {
  private c: AudioContext | null = null;
  private bedBus: GainNode | null = null;
  private sourceBus: GainNode | null = null;
  private ducked = false;
  /** Told when the beds duck or come back (for sound outside howler: a scene's video). */
  readonly duckChanges = new Emitter<{ level: number; seconds: number }>();
  private readonly onState = () => this.host.onContextState();

  constructor(
    private readonly duckLevel: number,
    private readonly host: MixerHost,
  ) {}

  /** The context as last connected, without checking it (for every-frame and read-only uses). */
  get ctx(): AudioContext | null {
    return this.c;
  }

  /** Connects to howler's context (building the buses), unless already connected to it. */
  connect(): void {
    const c = prepareHowler();
    if (c === this.c && this.bedBus) return;
    if (this.c) this.c.removeEventListener('statechange', this.onState);
    this.bedBus?.disconnect();
    this.sourceBus?.disconnect();
    this.c = c;
    this.bedBus = null;
    this.sourceBus = null;
    if (!c || !Howler.masterGain) return;
    this.bedBus = c.createGain();
    this.bedBus.gain.value = duckRamp(this.ducked, this.duckLevel).level;
    this.bedBus.connect(Howler.masterGain);
    this.sourceBus = c.createGain();
    this.sourceBus.connect(Howler.masterGain);
    c.addEventListener('statechange', this.onState);
    if (c.state !== 'running') {
      // Allowed without a gesture when the browser's autoplay policy permits it; otherwise this
      // stays pending and unlock() does it from the reader's gesture.
      c.resume().catch(() => undefined);
    }
  }

  /** The context the buses live on; rebuilt if someone recreated howler's context. */
  context(): AudioContext | null {
    if (!this.host.alive()) return null;
    if (this.c && Howler.ctx === this.c && this.bedBus) return this.c;
    const hadGraph = this.c !== null;
    this.connect();
    if (hadGraph && this.c) this.host.onContextReplaced();
    return this.c;
  }

  /** Where a voice of this role connects (call after context() returned a context). */
  bus(role: 'bed' | 'source'): GainNode {
    return role === 'bed' ? this.bedBus! : this.sourceBus!;
  }

  /** Lowers the beds while narration speaks (`on`), and brings them back after. */
  duck(on: boolean): void {
    if (this.ducked === on) return;
    this.ducked = on;
    this.duckChanges.emit(this.duckState);
    const c = this.context();
    if (!c || !this.bedBus) return;
    const { level, seconds } = duckRamp(on, this.duckLevel);
    scheduleFade(this.bedBus.gain, c.currentTime, level, seconds, 'linear');
  }

  /** Where the beds are going: the duck level while narration speaks, else 1, and how fast. */
  get duckState(): { level: number; seconds: number } {
    return duckRamp(this.ducked, this.duckLevel);
  }

  /** The buses' gains as the audio thread has them now (tests, devtools). */
  levels(): { bedBus: number; sourceBus: number } {
    return { bedBus: this.bedBus?.gain.value ?? 0, sourceBus: this.sourceBus?.gain.value ?? 0 };
  }

  /** Disconnects the buses and stops listening to the context (dispose). */
  close(): void {
    this.bedBus?.disconnect();
    this.sourceBus?.disconnect();
    this.c?.removeEventListener('statechange', this.onState);
  }
}
