/**
 * Storage failures as a small set of kinds. The UI turns a kind into words (i18n keys
 * `storage.error.<kind>`); the message here is English, for logs and tests.
 */
export type StorageErrorKind =
  /** The browser refused to store more: the disk or the site's quota is full. */
  | 'quota'
  /** IndexedDB cannot be used at all (private window, disabled, blocked). */
  | 'unavailable'
  /** The story or asset is not there. */
  | 'not-found'
  /** A stored document could not be read as a story. */
  | 'broken'
  /** Anything else: a transaction failed or was aborted. */
  | 'failed';

const MESSAGES: Record<StorageErrorKind, string> = {
  quota: 'There is no more room to save on this computer.',
  unavailable: 'This browser does not let Storyscape save stories here.',
  'not-found': 'That story or file is not saved on this computer.',
  broken: 'A saved story could not be read.',
  failed: 'Saving did not work.',
};

export class StorageError extends Error {
  override name = 'StorageError';
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, options: { cause?: unknown; detail?: string } = {}) {
    super(options.detail ? `${MESSAGES[kind]} (${options.detail})` : MESSAGES[kind], { cause: options.cause });
    this.kind = kind;
  }
}

/** True for the browser's "storage is full" errors, whatever shape they come in. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const name = (e as { name?: unknown }).name;
  const code = (e as { code?: unknown }).code;
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // Legacy DOMException code 22; Safari reports a full disk as an UnknownError with this text.
  if (code === 22) return true;
  const message = String((e as { message?: unknown }).message ?? '');
  return /quota|disk is full|not enough (disk )?space/i.test(message);
}

/** Wraps any failure from IndexedDB as a StorageError (kept as is when it already is one). */
export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  if (isQuotaError(e)) return new StorageError('quota', { cause: e });
  const name = e && typeof e === 'object' ? String((e as { name?: unknown }).name ?? '') : '';
  if (name === 'InvalidStateError' || name === 'SecurityError') return new StorageError('unavailable', { cause: e });
  const detail = e instanceof Error ? e.message : e === null || e === undefined ? 'the transaction was aborted' : String(e);
  return new StorageError('failed', { cause: e, detail });
}
