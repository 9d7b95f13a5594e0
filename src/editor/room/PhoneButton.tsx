import { useState } from 'react';
import { t } from '../../i18n/index.ts';
import { useRoomLink } from '../../storage/room-link.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { QrCode } from '../../ui/QrCode.tsx';
import { useDoc } from '../context.ts';
import { Icon } from '../icons.tsx';
import { useSyncStatus } from './useSyncStatus.ts';

/**
 * "Add photos from a phone" (room stories only): the QR code of the phone page for this story.
 * The phone joins the room on the way; what it sends arrives in the story's inbox, which the
 * editor takes in (useRoomInbox).
 */
export function PhoneButton() {
  const link = useRoomLink();
  const storyId = useDoc((s) => s.story.id);
  const readOnly = useDoc((s) => s.readOnly);
  const status = useSyncStatus(storyId);
  const [open, setOpen] = useState(false);
  const address = link && status ? link.phoneAddress(storyId) : null;
  if (!address) return null;
  return (
    <>
      <button type="button" className="button quiet" disabled={readOnly} onClick={() => setOpen(true)}>
        <Icon name="plus" /> {t('room.phone.button')}
      </button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} title={t('room.phone.title')} closeLabel={t('room.close')}>
          <div className="room-qr-dialog">
            <QrCode text={address} size={280} label={t('room.phone.qrLabel')} />
            <p>{t('room.phone.help')}</p>
            <p className="join-url">{address}</p>
          </div>
        </Dialog>
      )}
    </>
  );
}
