import { createStore } from 'zustand/vanilla';
import type { Scene, Story } from '../../story/schema/index.ts';
import { localize, resolveLanguage } from './text.ts';
import type { HistoryEntry, Panel, PlayerEngine, PlayerEvent, PlayerSnapshot } from './types.ts';
import { allHold, applyEffects, initialVariables, type Variables } from './variables.ts';
import { NO_ANSWERS, isClosed, lastAnswer, pickAnswer, scoreView, type Answered } from './questions.ts';
import type { HotspotId, SceneId } from '../../story/schema/common.ts';
import { inTimeWindow } from '../../story/video-time.ts';

/** The longest back-history kept; older steps are forgotten so a long session stays small. */
export const MAX_HISTORY = 500;

export interface EngineOptions {
  language?: string;
}

/** What a snapshot is made from; everything else in it is derived. */
interface Core {
  sceneId: SceneId | null;
  variables: Variables;
  answered: Answered;
  history: readonly HistoryEntry[];
  language: string;
  arrival: number;
  panel: Panel | null;
  videoDone: boolean;
  /** Seconds into the scene's video, as far as its hotspots' time windows are concerned (null: no video time, every window holds). */
  videoTime: number | null;
}

/**
 * The story's state machine: pure TypeScript, the same in every mode (desktop, phone, headset).
 * Snapshots are frozen; every change makes a new one.
 */
export function createPlayerEngine(story: Story, options: EngineOptions = {}): PlayerEngine {
  const scenes = new Map<SceneId, Scene>(story.scenes.map((s) => [s.id, s]));
  const eventListeners = new Set<(e: PlayerEvent) => void>();
  const emit = (e: PlayerEvent) => eventListeners.forEach((l) => l(e));

  function snapshot(c: Core): PlayerSnapshot {
    const scene = c.sceneId ? (scenes.get(c.sceneId) ?? null) : null;
    let problem: string | null = null;
    if (!scene) {
      const title = localize(story.meta.title, c.language, story.meta.defaultLanguage) || 'This story';
      problem = story.startSceneId
        ? `“${title}” cannot start: its first scene is missing.`
        : `“${title}” has no first scene yet, so there is nothing to play.`;
    }
    const waiting = scene?.video?.end.type === 'choices' && !c.videoDone;
    const t = scene?.video ? c.videoTime : null;
    const visibleHotspots = Object.freeze(scene && !waiting ? scene.hotspots.filter((h) => allHold(h.conditions, c.variables) && (t === null || inTimeWindow(h.time, t))) : []);
    const closedHotspots: ReadonlySet<HotspotId> = new Set(visibleHotspots.filter((h) => isClosed(h, c.variables)).map((h) => h.id));
    const ending = scene?.ending ?? null;
    return Object.freeze({
      story,
      scene,
      sceneId: scene ? c.sceneId : null,
      arrival: c.arrival,
      history: Object.freeze(c.history.slice(-MAX_HISTORY)),
      variables: c.variables,
      answered: c.answered,
      language: c.language,
      visibleHotspots,
      videoDone: c.videoDone,
      videoTime: c.videoTime,
      closedHotspots,
      panel: c.panel,
      ending,
      score: scoreView(story, ending, c.variables, c.language),
      canGoBack: c.history.length > 0,
      problem,
    });
  }

  const core = (s: PlayerSnapshot): Core => ({
    sceneId: s.sceneId,
    variables: s.variables,
    answered: s.answered,
    history: s.history,
    language: s.language,
    arrival: s.arrival,
    panel: s.panel,
    videoDone: s.videoDone,
    videoTime: s.videoTime,
  });
  const fresh = (sceneId: SceneId | null, arrival: number, language: string): Core => ({
    sceneId,
    variables: initialVariables(story),
    answered: NO_ANSWERS,
    history: [],
    language,
    arrival,
    panel: null,
    videoDone: false,
    videoTime: 0,
  });

  const store = createStore<PlayerSnapshot>(() => snapshot(fresh(story.startSceneId, 0, resolveLanguage(story, options.language))));
  const get = store.getState;
  const set = (c: Core) => store.setState(snapshot(c), true);
  const update = (patch: Partial<Core>) => set({ ...core(get()), ...patch });

  function enter(sceneId: SceneId, next: Pick<Core, 'variables' | 'answered' | 'history'>, via: 'start' | 'choice' | 'back' | 'restart' | 'jump') {
    const prev = get();
    set({ ...next, sceneId, language: prev.language, arrival: prev.arrival + 1, panel: null, videoDone: false, videoTime: 0 });
    if (get().scene) {
      emit({ type: 'scene', sceneId, from: prev.sceneId, via });
      if (get().ending) emit({ type: 'ending', sceneId });
    }
  }

  const leave = (s: PlayerSnapshot): HistoryEntry[] =>
    s.sceneId ? [...s.history, { sceneId: s.sceneId, variables: s.variables, answered: s.answered }] : [...s.history];

  function goTo(sceneId: SceneId, variables: Variables, answered: Answered): boolean {
    if (!scenes.has(sceneId)) {
      emit({ type: 'problem', message: `This choice leads nowhere yet (the scene “${sceneId}” is missing).` });
      return false;
    }
    enter(sceneId, { variables, answered, history: leave(get()) }, 'choice');
    return true;
  }

  return {
    getState: get,
    subscribe: (listener) => store.subscribe(listener),
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    start() {
      enter(story.startSceneId ?? '', fresh(null, 0, ''), 'start');
    },
    restart() {
      enter(story.startSceneId ?? '', fresh(null, 0, ''), 'restart');
    },
    choose(hotspotId) {
      const s = get();
      const hotspot = s.visibleHotspots.find((h) => h.id === hotspotId);
      if (!hotspot) return false;
      const action = hotspot.action;
      if (action.type === 'goto' && action.closed && s.closedHotspots.has(hotspotId)) {
        update({ panel: Object.freeze({ kind: 'closed', hotspotId, message: action.closed.message }) });
        emit({ type: 'closed', hotspotId });
        return true;
      }
      if (action.type === 'goto' && !scenes.has(action.sceneId)) {
        emit({ type: 'problem', message: `This choice leads nowhere yet (the scene “${action.sceneId}” is missing).` });
        return false;
      }
      const variables = applyEffects(hotspot.effects, s.variables);
      if (action.type === 'goto') {
        return goTo(action.sceneId, variables, s.answered);
      } else if (action.type === 'info') {
        update({ variables, panel: Object.freeze({ kind: 'info', hotspotId, action }) });
        emit({ type: 'info', hotspotId });
      } else if (action.type === 'question') {
        update({ variables, panel: Object.freeze({ kind: 'question', hotspotId, action, record: s.answered[hotspotId] }) });
        emit({ type: 'question', hotspotId });
        if (action.sound) emit({ type: 'sound', hotspotId, asset: action.sound, volume: 1 });
      } else {
        if (variables !== s.variables) update({ variables });
        emit({ type: 'sound', hotspotId, asset: action.asset, volume: action.volume });
      }
      return true;
    },
    answer(hotspotId, answerId) {
      const s = get();
      const hotspot = s.visibleHotspots.find((h) => h.id === hotspotId);
      if (!hotspot || hotspot.action.type !== 'question') return false;
      const out = pickAnswer(hotspot, answerId, s.answered, s.variables);
      if (!out) return false;
      const answered = Object.freeze({ ...s.answered, [hotspotId]: out.record });
      update({ variables: out.variables, answered, panel: Object.freeze({ kind: 'question', hotspotId, action: hotspot.action, record: out.record }) });
      emit({ type: 'answer', hotspotId, answerId, right: out.record.right, done: out.record.done });
      if (out.answer.sound) emit({ type: 'sound', hotspotId, asset: out.answer.sound, volume: 1 });
      return true;
    },
    proceed() {
      const s = get();
      if (s.panel?.kind !== 'question') return false;
      const target = lastAnswer(s.panel.action, s.panel.record)?.goto;
      return target ? goTo(target, s.variables, s.answered) : false;
    },
    back() {
      const s = get();
      const last = s.history[s.history.length - 1];
      if (!last) return false;
      enter(last.sceneId, { variables: last.variables, answered: last.answered, history: s.history.slice(0, -1) }, 'back');
      return true;
    },
    jumpTo(sceneId) {
      const s = get();
      if (!scenes.has(sceneId)) return false;
      enter(sceneId, { variables: s.variables, answered: s.answered, history: leave(s) }, 'jump');
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
      enter(sceneId, { variables, answered: s.answered, history: leave(s) }, 'jump');
      return true;
    },
    closePanel(hotspotId) {
      const panel = get().panel;
      if (panel && (hotspotId === undefined || panel.hotspotId === hotspotId)) update({ panel: null });
    },
    videoEnded() {
      const s = get();
      const end = s.scene?.video?.end;
      if (!end || !s.sceneId || s.videoDone || end.type === 'loop') return false;
      update({ videoDone: true });
      emit({ type: 'video-ended', sceneId: s.sceneId });
      return end.type === 'goto' ? goTo(end.sceneId, s.variables, s.answered) : true;
    },
    videoTime(t) {
      const s = get();
      const hotspots = s.scene?.video ? s.scene.hotspots : null;
      if (!hotspots?.some((h) => h.time)) return;
      // A new snapshot only when a window opens or closes (the video reports its time often).
      const shown = (at: number | null) => hotspots.map((h) => (at === null || inTimeWindow(h.time, at) ? 1 : 0)).join('');
      if (shown(t) !== shown(s.videoTime)) update({ videoTime: t });
    },
    setLanguage(language) {
      const s = get();
      const lang = resolveLanguage(story, language);
      if (lang !== s.language) update({ language: lang });
    },
  };
}
