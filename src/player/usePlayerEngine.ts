import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Story } from '../story/schema/index.ts';
import { createPlayerEngine, type PlayerEngine, type PlayerSnapshot } from './engine/index.ts';

/** One engine per mounted story; the snapshot re-renders React on every change. */
export function usePlayerEngine(story: Story, language: string | undefined): { engine: PlayerEngine; snapshot: PlayerSnapshot } {
  const [engine] = useState(() => createPlayerEngine(story, { language }));
  const snapshot = useSyncExternalStore(engine.subscribe, engine.getState, engine.getState);
  useEffect(() => {
    if (engine.getState().arrival === 0) engine.start();
  }, [engine]);
  useEffect(() => engine.setLanguage(language), [engine, language]);
  return { engine, snapshot };
}
