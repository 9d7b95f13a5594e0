import { useState } from 'react';
import { t } from '../../i18n/index.ts';
import { ImportTourDialog } from './ImportTourDialog.tsx';

/** The library's "Import a tour or Twine story…" button and its dialog. */
export function ImportTourButton({ busy }: { busy: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button big" disabled={busy} title={t('import.openHelp')} onClick={() => setOpen(true)}>
        {t('import.open')}
      </button>
      {open && <ImportTourDialog onClose={() => setOpen(false)} />}
    </>
  );
}
