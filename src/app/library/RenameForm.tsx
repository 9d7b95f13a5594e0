import { useEffect, useId, useRef, useState } from 'react';
import { t } from '../../i18n/index.ts';

/** A story card's rename field: Enter saves, Esc cancels. */
export function RenameForm({ title, onSave, onCancel }: { title: string; onSave(title: string): void; onCancel(): void }) {
  const [value, setValue] = useState(title);
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <form
      className="rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSave(value.trim());
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <label htmlFor={id}>{t('library.renameLabel')}</label>
      <input id={id} ref={ref} type="text" value={value} maxLength={200} onChange={(e) => setValue(e.target.value)} />
      <div className="card-actions">
        <button type="submit" className="button small primary">
          {t('library.renameSave')}
        </button>
        <button type="button" className="button small quiet" onClick={onCancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}
