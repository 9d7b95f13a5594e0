/**
 * The problems an engine has met (missing files, undecodable sounds, no Web Audio...): each one
 * kept and told once, and replayed to a listener that subscribes late (a problems panel that opens
 * after the story started still sees them all).
 */
import { callSafely, Emitter } from './emitter.ts';
import type { AudioProblem } from './problems.ts';

export class ProblemLog {
  private readonly list: AudioProblem[] = [];
  private readonly seen = new Set<string>();
  private readonly events = new Emitter<AudioProblem>();

  /** Keeps and tells a problem, unless the same one (code and file) was reported before. */
  report(problem: AudioProblem): void {
    const key = `${problem.code}:${problem.assetId ?? ''}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(problem);
    console.warn(`[storyscape audio] ${problem.message}`);
    this.events.emit(problem);
  }

  all(): readonly AudioProblem[] {
    return this.list.slice();
  }

  /** Replays the problems so far to `fn`, then tells it each new one. Returns unsubscribe. */
  subscribe(fn: (problem: AudioProblem) => void): () => void {
    for (const p of this.list) callSafely(fn, p);
    return this.events.on(fn);
  }

  /** Drops the listeners (dispose); the list stays readable. */
  close(): void {
    this.events.clear();
  }
}
