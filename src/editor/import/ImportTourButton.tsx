import { useState } from 'react';
import { t } from '../../i18n/index.ts';
import { ImportTourDialog } from './ImportTourDialog.tsx';

/** The library's "Import a tour or Twine story…" button and its dialog; `onOpen` opens the story it adds. */
export function ImportTourButton({ busy, onOpen }: { busy: boolean; onOpen(storyId: string): void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button big" disabled={busy} title={t('import.openHelp')} onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && <ImportTourDialog onClose={() => setOpen(false)} onOpen={onOpen} />}
    </>
  );
}
