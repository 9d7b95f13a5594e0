import type { z } from 'zod';
import { HubError } from './errors.ts';

/** A request body checked against its schema in src/live/api.ts; 400 with words when it is wrong. */
export function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const r = schema.safeParse(body);
  if (!r.success) {
    const first = r.error.issues[0];
    const where = first?.path.length ? ` (${first.path.join('.')})` : '';
    throw new HubError(400, 'bad-request', `The hub could not understand this request${where}: ${first?.message ?? 'it is not what was expected'}.`);
  }
  return r.data;
}

const STORY_ID = /^[A-Za-z0-9_-]{1,64}$/;
const HASH = /^[0-9a-f]{64}$/;

export function storyIdParam(value: unknown): string {
  if (typeof value !== 'string' || !STORY_ID.test(value)) throw new HubError(400, 'bad-request', 'That is not a story id.');
  return value;
}

export function hashParam(value: unknown): string {
  if (typeof value !== 'string' || !HASH.test(value)) throw new HubError(400, 'bad-request', 'That is not a media name (a sha-256 in lower-case hex).');
  return value;
}

export function versionParam(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 1) throw new HubError(400, 'bad-request', 'That is not a version number.');
  return n;
}
