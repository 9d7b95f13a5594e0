/** The player's state machine: pure TypeScript (no React, no three.js), runs in Node tests. */
export { createPlayerEngine, MAX_HISTORY, type EngineOptions } from './engine.ts';
export type { PlayerEngine, PlayerEvent, PlayerSnapshot, InfoPanel, HistoryEntry } from './types.ts';
export { localize, pickStoryLanguage, resolveLanguage } from './text.ts';
export { allHold, applyEffects, conditionHolds, initialVariables, type Variables } from './variables.ts';
