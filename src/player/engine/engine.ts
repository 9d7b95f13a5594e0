import { createStore } from 'zustand/vanilla';
import type { Scene, Story } from '../../story/schema/index.ts';
import { localize, resolveLanguage } from './text.ts';
import type { HistoryEntry, PlayerEngine, PlayerEvent, PlayerSnapshot } from './types.ts';
import { allHold, applyEffects, initialVariables, type Variables } from './variables.ts';
import type { SceneId } from '../../story/schema/common.ts';

/** The longest back-history kept; older steps are forgotten so a long session stays small. */
export const MAX_HISTORY = 500;

export interface EngineOptions {
  language?: string;
}

/**
 * The story's state machine: pure TypeScript, the same in every mode (desktop, phone, headset).
 * Snapshots are frozen; every change makes a new one.
 */
export function createPlayerEngine(story: Story, options: EngineOptions = {}): PlayerEngine {
  const scenes = new Map<SceneId, Scene>(story.scenes.map((s) => [s.id, s]));
  const eventListeners = new Set<(e: PlayerEvent) => void>();
  const emit = (e: PlayerEvent) => eventListeners.forEach((l) => l(e));

  function snapshot(
    sceneId: SceneId | null,
    variables: Variables,
    history: readonly HistoryEntry[],
    language: string,
    arrival: number,
    panel: PlayerSnapshot['panel'] = null,
  ): PlayerSnapshot {
    const scene = sceneId ? (scenes.get(sceneId) ?? null) : null;
    let problem: string | null = null;
    if (!scene) {
      const title = localize(story.meta.title, language, story.meta.defaultLanguage) || 'This story';
      problem = story.startSceneId
        ? `“${title}” cannot start: its first scene is missing.`
        : `“${title}” has no first scene yet, so there is nothing to play.`;
    }
    const visibleHotspots = Object.freeze(scene ? scene.hotspots.filter((h) => allHold(h.conditions, variables)) : []);
    return Object.freeze({
      story,
      scene,
      sceneId: scene ? sceneId : null,
      arrival,
      history: Object.freeze(history.slice(-MAX_HISTORY)),
      variables,
      language,
      visibleHotspots,
      panel,
      ending: scene?.ending ?? null,
      canGoBack: history.length > 0,
      problem,
    });
  }

  const language0 = resolveLanguage(story, options.language);
  const store = createStore<PlayerSnapshot>(() =>
    snapshot(story.startSceneId, initialVariables(story), [], language0, 0),
  );
  const get = store.getState;
  const set = (s: PlayerSnapshot) => store.setState(s, true);

  function enter(sceneId: SceneId, variables: Variables, history: readonly HistoryEntry[], via: 'start' | 'choice' | 'back' | 'restart' | 'jump') {
    const prev = get();
    const next = snapshot(sceneId, variables, history, prev.language, prev.arrival + 1);
    set(next);
    if (next.scene) {
      emit({ type: 'scene', sceneId, from: prev.sceneId, via });
      if (next.ending) emit({ type: 'ending', sceneId });
    }
  }

  const leave = (s: PlayerSnapshot): HistoryEntry[] =>
    s.sceneId ? [...s.history, { sceneId: s.sceneId, variables: s.variables }] : [...s.history];

  return {
    getState: get,
    subscribe: (listener) => store.subscribe(listener),
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    start() {
      enter(story.startSceneId ?? '', initialVariables(story), [], 'start');
    },
    restart() {
      enter(story.startSceneId ?? '', initialVariables(story), [], 'restart');
    },
    choose(hotspotId) {
      const s = get();
      const hotspot = s.visibleHotspots.find((h) => h.id === hotspotId);
      if (!hotspot) return false;
      const action = hotspot.action;
      if (action.type === 'goto' && !scenes.has(action.sceneId)) {
        emit({ type: 'problem', message: `This choice leads nowhere yet (the scene “${action.sceneId}” is missing).` });
        return false;
      }
      const variables = applyEffects(hotspot.effects, s.variables);
      if (action.type === 'goto') {
        enter(action.sceneId, variables, leave(s), 'choice');
      } else if (action.type === 'info') {
        set(snapshot(s.sceneId, variables, s.history, s.language, s.arrival, Object.freeze({ kind: 'info', hotspotId, action })));
        emit({ type: 'info', hotspotId });
      } else {
        if (variables !== s.variables) set(snapshot(s.sceneId, variables, s.history, s.language, s.arrival, s.panel));
        emit({ type: 'sound', hotspotId, asset: action.asset, volume: action.volume });
      }
      return true;
    },
    back() {
      const s = get();
      const last = s.history[s.history.length - 1];
      if (!last) return false;
      enter(last.sceneId, last.variables, s.history.slice(0, -1), 'back');
      return true;
    },
    jumpTo(sceneId) {
      const s = get();
      if (!scenes.has(sceneId)) return false;
      enter(sceneId, s.variables, leave(s), 'jump');
      return true;
    },
    follow(sceneId, given) {
      const s = get();
      if (!scenes.has(sceneId)) return false;
      const variables = Object.freeze(
        Object.fromEntries(
          story.variables.map((v) => {
            const value = given[v.id];
            return [v.id, typeof value === typeof v.initial ? (value as typeof v.initial) : s.variables[v.id]!];
          }),
        ),
      );
      enter(sceneId, variables, leave(s), 'jump');
      return true;
    },
    closePanel() {
      const s = get();
      if (s.panel) set(snapshot(s.sceneId, s.variables, s.history, s.language, s.arrival, null));
    },
    setLanguage(language) {
      const s = get();
      const lang = resolveLanguage(story, language);
      if (lang !== s.language) set(snapshot(s.sceneId, s.variables, s.history, lang, s.arrival, s.panel));
    },
  };
}
