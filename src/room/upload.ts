import { Upload, type DetailedError } from 'tus-js-client';
import { getUiLanguage, t } from '../i18n/index.ts';
import { ErrorReply, UploadDoneReply, type InboxEntry } from '../live/api.ts';
import { MAX_MEDIA_BYTES } from '../live/limits.ts';
import { formatSize } from '../story/phrase.ts';
import { sniffMedia } from '../story/io/package/sniff.ts';
import { HubRequestError } from '../storage/hub/client.ts';
import { roomErrorText } from './errors.ts';

/**
 * One phone upload: checked here first (what the hub would refuse is said at once, in the reader's
 * language), then sent with tus (resumable): a dropped Wi-Fi or a hub restarting mid-way makes it
 * wait and go on from where it was, never start again. A reload of the page and picking the same
 * file again also goes on (tus remembers the upload in this browser).
 */
export type UploadState =
  | { state: 'checking' }
  | { state: 'sending'; sent: number; total: number }
  /** The hub did not answer: tried again by itself. */
  | { state: 'waiting'; sent: number; total: number }
  | { state: 'done'; entry: InboxEntry | null }
  | { state: 'failed'; message: string; canRetry: boolean };

const OK_IMAGES = new Set(['image/jpeg', 'image/png', 'image/webp']);
/** Up to about four minutes of waiting for the hub, then a "Try again" button. */
const RETRY_DELAYS = [0, 1000, 2000, 3000, 5000, 5000, 10_000, 10_000, 15_000, 15_000, 20_000, 30_000, 30_000, 30_000, 30_000];
/** Each part the hub acknowledges is safe on its disk: a drop loses at most one part. */
const CHUNK_BYTES = 2 * 1024 * 1024;

/** What the hub would refuse, said before sending a byte; null when the file looks fine. */
export async function precheck(file: File): Promise<string | null> {
  if (file.size === 0) return t('room.upload.empty', { name: file.name });
  if (file.size > MAX_MEDIA_BYTES) return t('room.upload.tooBig', { name: file.name, size: formatSize(file.size, getUiLanguage()), limit: formatSize(MAX_MEDIA_BYTES, getUiLanguage()) });
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const sniffed = sniffMedia(head);
  if (!sniffed) return t('room.upload.notMedia', { name: file.name });
  if (sniffed.mime === 'image/heic') return t('room.upload.heic', { name: file.name });
  if (sniffed.kind === 'image' && !OK_IMAGES.has(sniffed.mime)) return t('room.upload.imageFormat', { name: file.name });
  return null;
}

/** The hub's refusal in words (from the tus reply's JSON body). */
function failure(err: Error | DetailedError, name: string): { message: string; canRetry: boolean } {
  const res = (err as DetailedError).originalResponse;
  if (!res) return { message: t('room.upload.lostHub'), canRetry: true };
  let body: unknown = null;
  try {
    body = JSON.parse(res.getBody());
  } catch {
    // not JSON
  }
  const parsed = ErrorReply.safeParse(body);
  const status = res.getStatus();
  const e = new HubRequestError(status, parsed.success ? parsed.data : null, t('room.upload.refused', { name }));
  return { message: roomErrorText(e, name), canRetry: status >= 500 || status === 429 || status === 0 };
}

export interface UploadHandle {
  /** Goes on from where it stopped (after "Try again"). */
  retry(): void;
  abort(): void;
}

export function sendFile(file: File, options: { endpoint: string; storyId: string; onState(s: UploadState): void }): UploadHandle {
  let upload: Upload | null = null;
  let stopped = false;
  const { onState } = options;

  const begin = async () => {
    onState({ state: 'checking' });
    const refused = await precheck(file);
    if (refused) return onState({ state: 'failed', message: refused, canRetry: false });
    let sent = 0;
    upload = new Upload(file, {
      endpoint: options.endpoint,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      metadata: { storyId: options.storyId, filename: file.name, filetype: file.type },
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onShouldRetry(err) {
        const status = err.originalResponse?.getStatus() ?? 0;
        const again = status === 0 || status >= 500 || status === 423 || status === 429 || status === 409;
        if (again && !stopped) onState({ state: 'waiting', sent, total: file.size });
        return again;
      },
      onProgress(bytes, total) {
        sent = bytes;
        onState({ state: 'sending', sent: bytes, total });
      },
      onSuccess({ lastResponse }) {
        let entry: InboxEntry | null = null;
        try {
          const parsed = UploadDoneReply.safeParse(JSON.parse(lastResponse.getBody()));
          if (parsed.success) entry = parsed.data.entry;
        } catch {
          // Finished after a hub restart (the hub completed it by itself): no entry in this answer.
        }
        onState({ state: 'done', entry });
      },
      onError(err) {
        if (!stopped) onState({ state: 'failed', ...failure(err, file.name) });
      },
    });
    const previous = await upload.findPreviousUploads().catch(() => []);
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    if (!stopped) upload.start();
  };

  void begin();
  return {
    retry() {
      if (upload) upload.start();
      else void begin();
    },
    abort() {
      stopped = true;
      void upload?.abort();
    },
  };
}
