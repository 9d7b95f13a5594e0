import { t } from '../i18n/index.ts';
import { HubRequestError, HubUnreachable } from '../storage/hub/client.ts';

/**
 * Words for what the hub said, in the reader's language. The hub answers with stable codes and
 * English words (src/hub/errors.ts); known codes are said here, others in the hub's own words.
 */
export function roomErrorText(e: unknown, name?: string): string {
  if (e instanceof HubUnreachable) return t('room.error.unreachable');
  if (!(e instanceof HubRequestError)) return t('room.error.unexpected');
  const file = name ?? '';
  switch (e.code) {
    case 'wrong-code':
      return t('room.join.wrongCode');
    case 'wrong-passphrase':
      return t('room.login.wrong');
    case 'too-many-tries':
      return t('room.error.tooManyTries', { seconds: e.retryAfterSeconds ?? 60 });
    case 'no-room':
      return t('room.error.noSession');
    case 'not-joined':
      return t('room.error.notJoined');
    case 'not-facilitator':
      return t('room.error.notFacilitator');
    case 'story-not-found':
      return t('room.error.storyGone');
    case 'disk-full':
      return t('room.error.hubFull');
    case 'not-media':
      return name ? t('room.upload.notMedia', { name: file }) : e.message;
    case 'heic':
      return t('room.upload.heic', { name: file });
    case 'hevc':
      return t('room.upload.hevc', { name: file });
    case 'video-format':
      return t('room.upload.videoFormat', { name: file });
    case 'image-format':
      return t('room.upload.imageFormat', { name: file });
    case 'damaged':
      return t('room.upload.damaged', { name: file });
    case 'too-many-pixels':
      return t('room.upload.tooManyPixels', { name: file });
    case 'empty':
      return t('room.upload.empty', { name: file });
    default:
      return e.message;
  }
}
