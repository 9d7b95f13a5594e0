/** The story model: pure TypeScript, no React, three.js or howler. Runs in Node. */
export * from './schema/index.ts';
export * from './problems.ts';
export { loadStory, serializeStory, parseJsonText, type LoadResult } from './io/load.ts';
export { repairStory } from './io/repair.ts';
export { normalizeYaw } from './angles.ts';
export { migrate, detectVersion } from './migrations/migrate.ts';
export { MIGRATIONS } from './migrations/registry.ts';
export { lintStory, LINT_CODES, OVERLAP_DEGREES, type LintCode } from './graph/lint.ts';
export { reachableScenes, reachableFrom, incomingLinks, linksOf } from './graph/reach.ts';
export * from './graph/ops.ts';
