import { HubStoreError } from './store/types.ts';

/**
 * An error the hub answers with: an HTTP status, a stable code and words for people. Every error
 * reply has the shape `{ error: { code, message } }` (src/live/api.ts ErrorReply), plus extra
 * fields for some (problems, missingMedia).
 */
export class HubError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HubError';
  }
}

/** What people read for each failure the hub can meet (one place, so the words stay consistent). */
export const words = {
  diskFull: () =>
    new HubError(507, 'disk-full', "The hub laptop's disk is full, so this was not saved. Nothing was lost: your work is still on your device. Ask the facilitator to free some space on the hub laptop, then try again."),
  notJoined: () => new HubError(401, 'not-joined', 'This device has not joined the room yet. Enter the code from the big screen to join.'),
  noRoom: () => new HubError(409, 'no-room', 'No session is running on this hub. The facilitator starts one on the hub laptop.'),
  joinFirst: () => new HubError(409, 'join-first', "Join the room with its code first (from the room's join page), then log in as its facilitator."),
  notFacilitator: () => new HubError(403, 'not-facilitator', 'Only the facilitator can do this. Log in with the facilitator passphrase first.'),
  wrongCode: () => new HubError(403, 'wrong-code', "That code isn't right. Check the code on the big screen and try again."),
  wrongPassphrase: () => new HubError(403, 'wrong-passphrase', "That passphrase isn't right. Check it and try again."),
  tooManyTries: (seconds: number) =>
    new HubError(429, 'too-many-tries', `Too many tries. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`, {}, { 'retry-after': String(seconds) }),
  storyNotFound: () => new HubError(404, 'story-not-found', 'This story is not on the hub (it may have been deleted at the end of a session).'),
  versionNotFound: () => new HubError(404, 'version-not-found', 'The hub no longer keeps that version of the story.'),
  mediaNotFound: () => new HubError(404, 'media-not-found', 'That photo or sound is not on the hub.'),
  otherRoom: () => new HubError(403, 'other-room', 'This story belongs to another session that is still running, so it cannot be changed from this room.'),
  badRequest: (what: string) => new HubError(400, 'bad-request', what),
  bodyTooBig: (limit: string) => new HubError(413, 'too-big', `That is too much to send at once (the hub takes at most ${limit}).`),
  notSameOrigin: () => new HubError(403, 'cross-site', 'This request came from another website, so the hub refused it.'),
  wrongHost: () => new HubError(421, 'wrong-host', 'This address is not how the hub is reached. Use the address the hub printed.'),
  internal: () => new HubError(500, 'hub-error', 'Something went wrong on the hub. Nothing was changed. Try again; if it keeps happening, restart the hub.'),
};

/** Any error as a HubError (store errors get their words; unknown ones become a 500). */
export function toHubError(e: unknown): HubError {
  if (e instanceof HubError) return e;
  if (e instanceof HubStoreError) {
    if (e.kind === 'full') return words.diskFull();
    if (e.kind === 'not-found') return words.mediaNotFound();
  }
  const code = (e as { code?: string }).code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') return words.diskFull();
  return words.internal();
}

export const errorBody = (e: HubError) => ({ error: { code: e.code, message: e.message, ...(e.headers['retry-after'] ? { retryAfterSeconds: Number(e.headers['retry-after']) } : {}) }, ...e.extra });
