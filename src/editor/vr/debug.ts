import { useEffect, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { yawPitchOf } from '../../story/angles.ts';
import type { Rig } from '../../xr/r3f/rig.ts';
import type { Targets } from '../../xr/r3f/context.ts';
import { watchFrameStats } from '../../xr/r3f/frameStats.ts';
import type { Tool } from './tools.ts';
import type { PanelState } from './EditPanels.tsx';

/** What the VR editor is doing (mirrored every render for the debug handle). */
export interface EditLive {
  presenting: boolean;
  tool: Tool;
  selected: { kind: 'hotspot' | 'sound'; id: string } | null;
  menuOpen: boolean;
  panel: NonNullable<PanelState>['kind'] | null;
  inputs: { controllers: number; hands: number; other: number };
  sceneId: string;
  dragging: boolean;
}

/** `window.__storyXREdit`: a handle for browser tests and the bench (installed with `debug`). */
export interface StoryXREditHandle {
  state(): EditLive & {
    /** Degrees: worldYaw = localYaw - turn. */
    turn: number;
    head: { known: boolean; localYaw: number; worldYaw: number; pitch: number };
    poses: number;
    recentred: number;
  };
  /** Frame-to-frame intervals and the work per frame (ms) in the session, since the last reset (bench). */
  frameStats(): { intervals: number[]; work: number[] };
  resetFrameStats(): void;
  /** Selects a world-space button by key (`vr-undo`, `vr-tool-sound`, …), as the gaze would. */
  press(key: string): boolean;
  /** World yaw/pitch (degrees) and distance of a named object (e.g. `xr-button:vr-undo`), or null. */
  locate(name: string): { yaw: number; pitch: number; distance: number } | null;
}

declare global {
  interface Window {
    __storyXREdit?: StoryXREditHandle;
  }
}

export function useEditDebug(debug: boolean, rig: Rig, targets: Targets, live: RefObject<EditLive>) {
  const world = useThree((s) => s.scene);
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    if (!debug) return;
    const frames = watchFrameStats(gl);
    const handle: StoryXREditHandle = {
      state: () => ({ ...live.current, turn: rig.turn, head: { ...rig.head }, poses: rig.frames, recentred: rig.recentred }),
      frameStats: frames.frameStats,
      resetFrameStats: frames.resetFrameStats,
      press: (key) => targets.run(key),
      locate: (name) => {
        const o = world.getObjectByName(name);
        if (!o) return null;
        const v = o.getWorldPosition(new Vector3());
        return { ...yawPitchOf(v.x, v.y, v.z), distance: v.length() };
      },
    };
    window.__storyXREdit = handle;
    return () => {
      frames.stop();
      if (window.__storyXREdit === handle) delete window.__storyXREdit;
    };
  }, [debug, gl, rig, targets, world, live]);
}
