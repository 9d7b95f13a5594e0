import { useState } from 'react';
import { t } from '../i18n/index.ts';
import { joinLink } from '../storage/hub/addresses.ts';
import { Dialog } from '../ui/Dialog.tsx';
import { QrCode } from '../ui/QrCode.tsx';
import { useRoom } from './context.ts';

/** "Headset QR": a code a Quest scans to play this story from the hub, in VR (joining on the way). */
export function HeadsetQr({ storyId, title }: { storyId: string; title: string }) {
  const room = useRoom();
  const [open, setOpen] = useState(false);
  if (!room) return null;
  const link = joinLink(room.state.snapshot().info, room.base, `play/${encodeURIComponent(storyId)}`);
  if (!link) return null;
  return (
    <>
      <button type="button" className="button small quiet" onClick={() => setOpen(true)} aria-label={t('room.headset.buttonFor', { title })}>
        {t('room.headset.button')}
      </button>
      {open && (
        <Dialog open onClose={() => setOpen(false)} title={t('room.headset.title', { title })} closeLabel={t('room.close')}>
          <div className="room-qr-dialog">
            <QrCode text={link} size={280} label={t('room.headset.qrLabel', { title })} />
            <p>{t('room.headset.help')}</p>
            <p className="join-url" dir="ltr">
              {link}
            </p>
          </div>
        </Dialog>
      )}
    </>
  );
}
