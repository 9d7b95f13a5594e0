import { yawDelta } from '../story/angles.ts';

/**
 * Angles -> Web Audio positions (pure, no allocation in the per-frame functions).
 *
 * Document conventions (src/story/schema/common.ts): degrees, yaw 0 = panorama centre, positive to
 * the RIGHT; pitch positive UP. Web Audio / three.js frame: right-handed, +Y up, the listener at the
 * origin looks toward -Z at yaw 0, so yaw +90 is +X (the listener's right).
 *
 *   direction(yaw, pitch) = (sin(yaw)·cos(pitch), sin(pitch), -cos(yaw)·cos(pitch))
 *   up(yaw, pitch)        = direction(yaw, pitch + 90)
 *                         = (-sin(yaw)·sin(pitch), cos(pitch), cos(yaw)·sin(pitch))
 */

const DEG = Math.PI / 180;

/** A writable list of numbers (plain array or typed array) that the *Into functions fill in place. */
export interface NumberSink {
  [index: number]: number;
  readonly length: number;
}

/** Writes the unit vector for (yaw, pitch) into out[offset], out[offset+1], out[offset+2]. */
export function directionInto(yawDeg: number, pitchDeg: number, out: NumberSink, offset = 0): NumberSink {
  const y = yawDeg * DEG;
  const p = pitchDeg * DEG;
  const cp = Math.cos(p);
  out[offset] = Math.sin(y) * cp;
  out[offset + 1] = Math.sin(p);
  out[offset + 2] = -Math.cos(y) * cp;
  return out;
}

/**
 * Writes the listener's forward vector (out[0..2]) and up vector (out[3..5]) for a view direction:
 * the order AudioListener.setOrientation and Howler.orientation take. No allocation: called every frame.
 */
export function listenerVectorsInto(yawDeg: number, pitchDeg: number, out: NumberSink): NumberSink {
  const y = yawDeg * DEG;
  const p = pitchDeg * DEG;
  const sy = Math.sin(y);
  const cy = Math.cos(y);
  const sp = Math.sin(p);
  const cp = Math.cos(p);
  out[0] = sy * cp;
  out[1] = sp;
  out[2] = -cy * cp;
  out[3] = -sy * sp;
  out[4] = cp;
  out[5] = cy * sp;
  return out;
}

/** Position in metres of a source at (yaw, pitch, distance) around a listener at the origin. */
export function sourcePosition(yawDeg: number, pitchDeg: number, distance: number): [number, number, number] {
  const out: [number, number, number] = [0, 0, 0];
  directionInto(yawDeg, pitchDeg, out);
  out[0] *= distance;
  out[1] *= distance;
  out[2] *= distance;
  return out;
}

/**
 * How positional sources fall off with distance. Web Audio's "inverse" model:
 * gain = ref / (ref + rolloff·(max(d, ref) − ref)). With ref 2 m and rolloff 1 a source at 2 m plays
 * at its own volume, 4 m at 1/2, 10 m at 1/5, 100 m at 1/50 (-6 dB per doubling, as in air), so the
 * schema's default distance of 5 m is clearly audible without being the loudest thing in the room.
 */
export const PANNER = {
  panningModel: 'HRTF',
  distanceModel: 'inverse',
  refDistance: 2,
  rolloffFactor: 1,
  maxDistance: 100,
  coneInnerAngle: 360,
  coneOuterAngle: 360,
  coneOuterGain: 0,
} as const;

/** The gain PANNER's distance model applies at `distance` metres (for documentation and tests). */
export function distanceGain(distance: number): number {
  const d = Math.min(Math.max(distance, PANNER.refDistance), PANNER.maxDistance);
  return PANNER.refDistance / (PANNER.refDistance + PANNER.rolloffFactor * (d - PANNER.refDistance));
}

/**
 * Horizontal angle of a source relative to where the listener faces, in degrees (-180, 180]:
 * positive = to the listener's right. Used by tests and by anything that wants to say
 * "the sound is behind you" in words.
 */
export function relativeYaw(sourceYawDeg: number, listenerYawDeg: number): number {
  return yawDelta(listenerYawDeg, sourceYawDeg);
}
