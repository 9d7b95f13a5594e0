/**
 * The listener's orientation: which way the reader looks, set every frame from the camera or the
 * XR head pose, so positional sources stay put in the world. Allocation-free per call; the Web
 * Audio listener is written at most once per render quantum, and only while the context runs.
 */
import { listenerVectorsInto } from './geometry.ts';

/** Time constant (s) for orientation changes: no zipper noise, no audible lag. */
export const LISTENER_SMOOTHING = 0.02;
/** How soon (ms) a direction set twice within one render quantum is applied. */
const FLUSH_MS = 5;

interface TargetParam {
  setTargetAtTime(value: number, startTime: number, timeConstant: number): unknown;
}

/** The parts of an AudioListener used (an AudioListener fits). */
export interface ListenerLike {
  forwardX?: TargetParam;
  forwardY?: TargetParam;
  forwardZ?: TargetParam;
  upX?: TargetParam;
  upY?: TargetParam;
  upZ?: TargetParam;
  setOrientation(x: number, y: number, z: number, xUp: number, yUp: number, zUp: number): void;
}

/** The parts of an AudioContext used (an AudioContext fits). */
export interface ListenerContext {
  readonly state: string;
  readonly currentTime: number;
  readonly listener: ListenerLike;
}

export interface ListenerHost {
  /** The context now, or null without Web Audio. */
  context(): ListenerContext | null;
  /** howler's own copy of the orientation, kept in step (null when howler has none). */
  mirror(): number[] | null;
  /** False once the engine is disposed. */
  alive(): boolean;
}

export class ListenerOrientation {
  /** forward x, y, z, up x, y, z: written in place. */
  private readonly lv = new Float64Array(6);
  private lastYaw = NaN;
  private lastPitch = NaN;
  /** A direction is waiting to be applied. */
  private dirty = false;
  private appliedAt = -1;
  private flushPending = false;

  constructor(private readonly host: ListenerHost) {}

  /** The view's direction (degrees, document conventions). */
  set(yawDeg: number, pitchDeg: number): void {
    if (yawDeg === this.lastYaw && pitchDeg === this.lastPitch) return;
    if (!(yawDeg === yawDeg && pitchDeg === pitchDeg)) return; // NaN guard without allocating
    this.lastYaw = yawDeg;
    this.lastPitch = pitchDeg;
    const lv = this.lv;
    listenerVectorsInto(yawDeg, pitchDeg, lv);
    const o = this.host.mirror();
    if (o) for (let i = 0; i < 6; i++) o[i] = lv[i]!;
    const ctx = this.host.context();
    // While the context is not running its clock stands still: queueing automation then would pile
    // up events at one instant. Remember the direction and apply it when sound starts.
    if (!ctx || ctx.state !== 'running') {
      this.dirty = true;
      return;
    }
    // More than one call within one audio render quantum (a burst, or two callers): keep only the
    // latest direction, applied by a short timer, so automation events cannot pile up.
    if (ctx.currentTime === this.appliedAt) {
      this.dirty = true;
      if (!this.flushPending) {
        this.flushPending = true;
        setTimeout(this.flush, FLUSH_MS);
      }
      return;
    }
    this.apply();
  }

  /** Sound runs (again): apply a direction that came while the clock stood still. */
  resume(): void {
    if (this.dirty) this.apply();
  }

  private readonly flush = (): void => {
    this.flushPending = false;
    if (this.dirty && this.host.alive() && this.host.context()?.state === 'running') this.apply();
  };

  private apply(): void {
    const c = this.host.context();
    if (!c) return;
    this.dirty = false;
    const l = c.listener;
    const t = c.currentTime;
    const lv = this.lv;
    this.appliedAt = t;
    if (l.forwardX) {
      l.forwardX.setTargetAtTime(lv[0]!, t, LISTENER_SMOOTHING);
      l.forwardY!.setTargetAtTime(lv[1]!, t, LISTENER_SMOOTHING);
      l.forwardZ!.setTargetAtTime(lv[2]!, t, LISTENER_SMOOTHING);
      l.upX!.setTargetAtTime(lv[3]!, t, LISTENER_SMOOTHING);
      l.upY!.setTargetAtTime(lv[4]!, t, LISTENER_SMOOTHING);
      l.upZ!.setTargetAtTime(lv[5]!, t, LISTENER_SMOOTHING);
    } else {
      l.setOrientation(lv[0]!, lv[1]!, lv[2]!, lv[3]!, lv[4]!, lv[5]!);
    }
  }
}
