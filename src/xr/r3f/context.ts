import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';
import type { Rig } from './rig.ts';

export const RigContext = createContext<Rig | null>(null);

/** The seated rig of the XR layer (null outside it). */
export function useRig(): Rig | null {
  return useContext(RigContext);
}

/**
 * What can be chosen by looking at it: world-space buttons register an action under a key (the
 * key is also in their object's `userData.xrKey`), and the gaze publishes what it rests on.
 */
export class Targets {
  private actions = new Map<string, () => void>();
  private current: string | null = null;
  private listeners = new Set<() => void>();

  register(key: string, action: () => void): () => void {
    this.actions.set(key, action);
    return () => {
      if (this.actions.get(key) === action) this.actions.delete(key);
    };
  }

  run(key: string): boolean {
    const action = this.actions.get(key);
    action?.();
    return !!action;
  }

  get gazed(): string | null {
    return this.current;
  }

  setGazed(key: string | null) {
    if (key === this.current) return;
    this.current = key;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const TargetsContext = createContext<Targets | null>(null);

function useTargets(): Targets {
  const t = useContext(TargetsContext);
  if (!t) throw new Error('XR UI used outside the XR layer');
  return t;
}

/** Registers a gaze-selectable action; returns true while the gaze rests on it. */
export function useGazeTarget(key: string, action: () => void): boolean {
  const targets = useTargets();
  useEffect(() => targets.register(key, action), [targets, key, action]);
  return useSyncExternalStore(targets.subscribe, () => targets.gazed === key);
}

/** The key the gaze rests on (a button key or `hotspot:<id>`), or null. */
export function useGazed(): string | null {
  const targets = useTargets();
  return useSyncExternalStore(targets.subscribe, () => targets.gazed);
}
