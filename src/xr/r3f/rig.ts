import { Quaternion, Vector3, type Object3D } from 'three';
import { DEG, yawPitchOf } from '../../story/angles.ts';
import { recentreTurn, stepTurn, worldYawOf } from '../core/seated.ts';

const UP = new Vector3(0, 1, 0);

/**
 * Seated viewing: where the head is and how the story world is turned around it.
 *
 * Every XR frame, `update` reads the viewer pose and moves the XR origin (the tracking space, with
 * the camera and the controllers in it) by minus the head position, turned by `turn`: the head is
 * then always at the world origin, the centre of the panorama sphere and of the hotspot markers,
 * so a 360° photo never parallaxes, whatever the reader's height or where they lean.
 * The "user space" group (menu, panels, captions) gets the same turn but no offset, so it stays
 * put relative to the reader when the world is turned.
 */
export class Rig {
  /** Degrees: worldYaw = localYaw - turn (see core/seated.ts). */
  turn = 0;
  /** A world yaw to show straight ahead at the next pose (recentre), or null. */
  private pending: number | null = null;
  /** The head, from the last pose: yaw in tracking space and world, pitch, all degrees. */
  readonly head = { known: false, localYaw: 0, worldYaw: 0, pitch: 0 };
  /** Unit vector of the gaze in world space. */
  readonly gaze = new Vector3(0, 0, -1);
  readonly headPosition = new Vector3();
  readonly headQuaternion = new Quaternion();
  /** The head's orientation in the (turned) story world. */
  readonly worldQuaternion = new Quaternion();
  private readonly turnQ = new Quaternion();
  /** Set from prefers-reduced-motion: things that follow the reader jump instead of gliding. */
  reducedMotion = false;
  /** Poses read so far in this session. */
  frames = 0;

  /** The tag of the last recentre applied (the arrival it was for): tests wait for it. */
  recentred = 0;
  private pendingTag = 0;

  /** Shows `worldYaw` straight ahead from the next frame on (seated recentre). */
  recentre(worldYaw: number, tag = this.recentred) {
    this.pending = worldYaw;
    this.pendingTag = tag;
  }

  /** Turns the view by a step (positive: to the right), e.g. a snap turn. */
  step(deg: number) {
    this.turn = stepTurn(this.turn, deg);
  }

  reset() {
    this.turn = 0;
    this.pending = null;
    this.head.known = false;
    this.frames = 0;
  }

  /** Reads the viewer pose; returns false when the headset has no pose (tracking lost). */
  update(frame: XRFrame, space: XRReferenceSpace | null, origin: Object3D | null, user: Object3D | null): boolean {
    const pose = space ? frame.getViewerPose(space) : undefined;
    if (!pose) return false;
    const p = pose.transform.position;
    const o = pose.transform.orientation;
    this.headPosition.set(p.x, p.y, p.z);
    this.headQuaternion.set(o.x, o.y, o.z, o.w);
    const fwd = this.gaze.set(0, 0, -1).applyQuaternion(this.headQuaternion);
    const local = yawPitchOf(fwd.x, fwd.y, fwd.z);
    if (this.pending !== null) {
      this.turn = recentreTurn(local.yaw, this.pending);
      this.pending = null;
      this.recentred = this.pendingTag;
    }
    this.turnQ.setFromAxisAngle(UP, this.turn * DEG);
    this.gaze.applyQuaternion(this.turnQ);
    this.worldQuaternion.copy(this.turnQ).multiply(this.headQuaternion);
    this.head.known = true;
    this.head.localYaw = local.yaw;
    this.head.pitch = local.pitch;
    this.head.worldYaw = worldYawOf(local.yaw, this.turn);
    if (origin) {
      origin.quaternion.copy(this.turnQ);
      origin.position.copy(this.headPosition).applyQuaternion(this.turnQ).negate();
      origin.updateMatrixWorld(true);
    }
    if (user) {
      user.quaternion.copy(this.turnQ);
      user.position.set(0, 0, 0);
      user.updateMatrixWorld(true);
    }
    this.frames++;
    return true;
  }
}
