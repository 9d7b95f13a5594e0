import { normalizeYaw, yawDelta } from '../../story/angles.ts';

export interface ViewAngles {
  /** Degrees, document convention (0 = panorama centre, + right). */
  yaw: number;
  /** Degrees, + up. */
  pitch: number;
  /** Vertical field of view, degrees. */
  fov: number;
}

export const FOV_LIMITS = { min: 30, max: 100 } as const;
const PITCH_LIMIT = 89.5;
/** Inertia: velocity halves every HALF_LIFE seconds; stops below MIN_SPEED deg/s. */
const HALF_LIFE = 0.12;
const MIN_SPEED = 2;
const TURN_SECONDS = 0.45;

/**
 * Where the reader looks, independent of React and three.js: drag, inertia, zoom, keyboard steps
 * and animated turns all change these numbers; the camera rig copies them to the camera each frame.
 * `onChange` is called whenever a new frame is needed (render on demand).
 */
export class ViewController {
  yaw = 0;
  pitch = 0;
  fov = 75;
  /** Set from prefers-reduced-motion: no inertia and no animated turns. */
  reducedMotion = false;
  /** Off while a headset drives the camera. */
  enabled = true;
  private vYaw = 0;
  private vPitch = 0;
  private turn: { from: ViewAngles; to: ViewAngles; t: number } | null = null;

  constructor(private onChange: () => void = () => {}) {}

  setOnChange(fn: () => void) {
    this.onChange = fn;
  }

  get(): ViewAngles {
    return { yaw: this.yaw, pitch: this.pitch, fov: this.fov };
  }

  /** Jumps to a view (no animation) and stops any motion. */
  set(view: Partial<ViewAngles>) {
    this.stop();
    this.apply(view);
  }

  private apply(view: Partial<ViewAngles>) {
    if (view.yaw !== undefined && Number.isFinite(view.yaw)) this.yaw = normalizeYaw(view.yaw);
    if (view.pitch !== undefined && Number.isFinite(view.pitch)) this.pitch = clamp(view.pitch, -PITCH_LIMIT, PITCH_LIMIT);
    if (view.fov !== undefined && Number.isFinite(view.fov)) this.fov = clamp(view.fov, FOV_LIMITS.min, FOV_LIMITS.max);
    this.onChange();
  }

  stop() {
    this.vYaw = 0;
    this.vPitch = 0;
    this.turn = null;
  }

  /** Rotates by degrees (keyboard steps, gyroscope offsets, drags). */
  rotateBy(dYaw: number, dPitch: number) {
    if (!this.enabled) return;
    this.turn = null;
    this.apply({ yaw: this.yaw + dYaw, pitch: this.pitch + dPitch });
  }

  /** A drag by pixels: the picture follows the pointer (drag right = look left). */
  dragBy(dxPx: number, dyPx: number, viewportHeightPx: number) {
    const degPerPx = this.fov / Math.max(1, viewportHeightPx);
    this.rotateBy(-dxPx * degPerPx, dyPx * degPerPx);
  }

  /** Lets go after a drag moving at (vx, vy) px/s: keeps turning and slows down (no inertia with reduced motion). */
  release(vxPx: number, vyPx: number, viewportHeightPx: number) {
    if (this.reducedMotion || !this.enabled) return this.stop();
    const degPerPx = this.fov / Math.max(1, viewportHeightPx);
    this.vYaw = -vxPx * degPerPx;
    this.vPitch = vyPx * degPerPx;
    if (Math.hypot(this.vYaw, this.vPitch) < MIN_SPEED * 4) this.stop();
    this.onChange();
  }

  /** Multiplies the field of view (factor < 1 zooms in). */
  zoomBy(factor: number) {
    if (!this.enabled || !(factor > 0)) return;
    this.apply({ fov: this.fov * factor });
  }

  /** Turns to face a direction: animated unless reduced motion is asked for. */
  turnTo(target: { yaw: number; pitch: number; fov?: number }, animate = true) {
    if (!this.enabled) return;
    const to = { yaw: target.yaw, pitch: clamp(target.pitch, -PITCH_LIMIT, PITCH_LIMIT), fov: target.fov ?? this.fov };
    if (!animate || this.reducedMotion) return this.set(to);
    this.vYaw = 0;
    this.vPitch = 0;
    this.turn = { from: this.get(), to, t: 0 };
    this.onChange();
  }

  /** True while the view is still moving by itself (inertia or a turn). */
  get moving(): boolean {
    return this.turn !== null || this.vYaw !== 0 || this.vPitch !== 0;
  }

  /** Advances motion by dt seconds. Returns true when another frame is needed. */
  step(dt: number): boolean {
    const d = Math.min(Math.max(dt, 0), 0.1);
    if (this.turn) {
      const tr = this.turn;
      tr.t = Math.min(1, tr.t + d / TURN_SECONDS);
      const k = easeInOut(tr.t);
      this.yaw = normalizeYaw(tr.from.yaw + yawDelta(tr.from.yaw, tr.to.yaw) * k);
      this.pitch = tr.from.pitch + (tr.to.pitch - tr.from.pitch) * k;
      this.fov = tr.from.fov + (tr.to.fov - tr.from.fov) * k;
      if (tr.t >= 1) this.turn = null;
      return this.turn !== null;
    }
    if (this.vYaw !== 0 || this.vPitch !== 0) {
      this.yaw = normalizeYaw(this.yaw + this.vYaw * d);
      this.pitch = clamp(this.pitch + this.vPitch * d, -PITCH_LIMIT, PITCH_LIMIT);
      const decay = Math.pow(0.5, d / HALF_LIFE);
      this.vYaw *= decay;
      this.vPitch *= decay;
      if (Math.hypot(this.vYaw, this.vPitch) < MIN_SPEED) this.stop();
      return this.moving;
    }
    return false;
  }
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const easeInOut = (t: number) => (t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2);
