import type { Ending, Hotspot, LocalizedText, QuestionAction, Scene, Story } from '../../story/schema/index.ts';
import type { Variables } from './variables.ts';
import type { Answered, QuestionRecord, ScoreView } from './questions.ts';
import type { AssetId, HotspotId, SceneId } from '../../story/schema/common.ts';

/** An info hotspot's content, opened as a panel (dialog) by the view. */
export interface InfoPanel {
  readonly kind: 'info';
  readonly hotspotId: HotspotId;
  readonly action: Extract<Hotspot['action'], { type: 'info' }>;
}

/** A question hotspot, opened as a dialog (or a headset panel) with its answers. */
export interface QuestionPanel {
  readonly kind: 'question';
  readonly hotspotId: HotspotId;
  readonly action: QuestionAction;
  /** What the reader answered so far (undefined before the first answer). */
  readonly record: QuestionRecord | undefined;
}

/** A checkpoint the reader tried while it is closed: the author's message. */
export interface ClosedPanel {
  readonly kind: 'closed';
  readonly hotspotId: HotspotId;
  readonly message: LocalizedText;
}

export type Panel = InfoPanel | QuestionPanel | ClosedPanel;

/** One step back in the reader's path: the state just before a scene change. */
export interface HistoryEntry {
  readonly sceneId: SceneId;
  readonly variables: Variables;
  readonly answered: Answered;
}

/** Everything the view needs to draw the story at one moment. Never mutated: each change is a new object. */
export interface PlayerSnapshot {
  readonly story: Story;
  /** null when the story cannot start (no start scene, or it is missing): see `problem`. */
  readonly scene: Scene | null;
  readonly sceneId: SceneId | null;
  /** Counts scene arrivals (also re-entering the same scene), so views can tell a new arrival. */
  readonly arrival: number;
  readonly history: readonly HistoryEntry[];
  readonly variables: Variables;
  readonly language: string;
  /**
   * The hotspots the reader can use now. In a video scene that "shows the choices" at its end, none
   * until the video has ended (or cannot play).
   */
  readonly visibleHotspots: readonly Hotspot[];
  /** The current scene's video has ended (or cannot play) since the reader arrived. */
  readonly videoDone: boolean;
  /** Seconds into the scene's video when its hotspots' time windows last changed (null: the video cannot play, so all show). */
  readonly videoTime: number | null;
  /** Visible go-to hotspots whose checkpoint is closed (they show a closed message instead of leading on). */
  readonly closedHotspots: ReadonlySet<HotspotId>;
  /** The questions answered so far, by hotspot id. */
  readonly answered: Answered;
  readonly panel: Panel | null;
  /** The ending of the current scene, when it ends the story. */
  readonly ending: Ending | null;
  /** The score this ending shows, when its author asked for one. */
  readonly score: ScoreView | null;
  readonly canGoBack: boolean;
  /** A reader-facing explanation when the story cannot be played as written (plain text). */
  readonly problem: string | null;
}

export type PlayerEvent =
  | { type: 'scene'; sceneId: SceneId; from: SceneId | null; via: 'start' | 'choice' | 'back' | 'restart' | 'jump' }
  | { type: 'info'; hotspotId: HotspotId }
  | { type: 'question'; hotspotId: HotspotId }
  | { type: 'answer'; hotspotId: HotspotId; answerId: string; right: boolean; done: boolean }
  | { type: 'closed'; hotspotId: HotspotId }
  | { type: 'sound'; hotspotId: HotspotId; asset: AssetId; volume: number }
  | { type: 'ending'; sceneId: SceneId }
  | { type: 'video-ended'; sceneId: SceneId }
  | { type: 'problem'; message: string };

export interface PlayerEngine {
  getState(): PlayerSnapshot;
  /** Called after every change with the new and previous snapshot. Returns an unsubscribe function. */
  subscribe(listener: (state: PlayerSnapshot, prev: PlayerSnapshot) => void): () => void;
  /** One-off happenings (a sound to play, an info panel opened, an ending reached). */
  onEvent(listener: (event: PlayerEvent) => void): () => void;
  /** Enters the start scene with fresh variables and empty history. */
  start(): void;
  /**
   * Chooses a visible hotspot of the current scene: applies its effects, then its action. A closed
   * checkpoint opens its message instead (no effects); a question opens its answers.
   */
  choose(hotspotId: HotspotId): boolean;
  /** Answers the open question (or one of this scene's questions): false when it takes no more answers. */
  answer(hotspotId: HotspotId, answerId: string): boolean;
  /** After an answer that leads somewhere: goes there (the reader pressed Continue). */
  proceed(): boolean;
  /** Returns to the previous scene, restoring the variables as they were when it was left. */
  back(): boolean;
  restart(): void;
  /** Moves to any scene directly (debugging, benchmarks, editor preview). Keeps variables; adds history. */
  jumpTo(sceneId: SceneId): boolean;
  /**
   * Moves to a scene with someone else's variables (a guided showcase: the facilitator's). Values the
   * story does not declare, or of another type, are ignored. Adds history.
   */
  follow(sceneId: string, variables: Readonly<Record<string, unknown>>): boolean;
  /**
   * Closes the open panel. Given a hotspot, closes the panel only while it is that hotspot's: a view's
   * late "closed" report for a panel the reader has already left must not shut the one opened since.
   */
  closePanel(hotspotId?: HotspotId): void;
  /**
   * The view's word that the current scene's video reached its end (or cannot be played): follows
   * the scene's end rule. "goto" goes to its scene (one step of history, like a choice); "choices"
   * shows the scene's hotspots; "loop" changes nothing. False when nothing happened.
   */
  videoEnded(): boolean;
  /**
   * The view's word of where the scene's video is (seconds; null when it cannot play): hotspots with
   * a time window show only inside it (with null, all do). Changes the snapshot only when one opens or closes.
   */
  videoTime(seconds: number | null): void;
  setLanguage(language: string | undefined): void;
}
