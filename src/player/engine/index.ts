/** The player's state machine: pure TypeScript (no React, no three.js), runs in Node tests. */
export { createPlayerEngine, MAX_HISTORY, type EngineOptions } from './engine.ts';
export type { PlayerEngine, PlayerEvent, PlayerSnapshot, InfoPanel, QuestionPanel, ClosedPanel, Panel, HistoryEntry } from './types.ts';
export { fillScore, isClosed, lastAnswer, scoreTotal, type Answered, type QuestionRecord, type ScoreView } from './questions.ts';
export { localize, pickStoryLanguage, resolveLanguage } from './text.ts';
export { allHold, applyEffects, conditionHolds, initialVariables, type Variables } from './variables.ts';
