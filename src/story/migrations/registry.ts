import type { Migration } from './types.ts';
import { v0ToV1 } from './v0-to-v1.ts';
import { v1ToV2 } from './v1-to-v2.ts';
import { v2ToV3 } from './v2-to-v3.ts';

/** Every step, in order. Each must have a test in tests/unit/migrations/ (a suite checks this). */
export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2, v2ToV3];
