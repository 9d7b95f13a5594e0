import { t } from '../../i18n/index.ts';
import type { SyncStatus } from '../../storage/room-link.ts';
import { Icon } from '../icons.tsx';

/** The room's words for a room story once this laptop has saved it ("Saved to the room"…). */
export function roomSaveText(status: SyncStatus): string {
  switch (status.state) {
    case 'sent':
      return t('room.save.sent');
    case 'sending':
      return status.media && status.media.total > 0 ? t('room.save.sendingMedia', { done: status.media.done, total: status.media.total }) : t('room.save.sending');
    case 'waiting':
      return status.reason === 'hub-full' ? t('room.save.hubFull') : t('room.save.waiting');
    case 'not-joined':
      return t('room.save.notJoined');
    case 'refused':
      return t('room.save.refused', { reason: status.message });
  }
}

export function RoomSaveState({ status }: { status: SyncStatus }) {
  const away = status.state !== 'sent' && status.state !== 'sending';
  return (
    <p className={`save-state room-${status.state}${away ? ' room-away' : ''}`} role="status" data-room-state={status.state}>
      {status.state === 'sent' && <Icon name="check" />} {away && <Icon name="warning" />} {roomSaveText(status)}
    </p>
  );
}
