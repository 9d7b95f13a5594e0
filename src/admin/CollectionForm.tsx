import { useId, useState, type FormEvent } from 'react';
import { t, type MessageKey } from '../i18n/index.ts';
import { CONSENT_USES, type CollectBody, type ConsentUse } from '../live/service-api.ts';
import { Dialog } from '../ui/Dialog.tsx';
import type { Editing } from './types.ts';
import { collectionProblem } from './admin-words.ts';

export const consentUseLabel = (u: ConsentUse) => t(`admin.form.use.${u}` as MessageKey);

/**
 * Keeping a story in the collection, or changing its entry: title, place, language and the consent
 * recorded with it (who, when, for which uses, a note). `onSave` returns the hub's "no" in words.
 */
export function CollectionForm({ editing, onClose, onSave }: { editing: Editing; onClose(): void; onSave(body: CollectBody): Promise<string | null> }) {
  const id = useId();
  const [body, setBody] = useState<CollectBody>(editing.initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const consent = body.consent;
  const set = (patch: Partial<CollectBody>) => setBody({ ...body, ...patch });
  const setConsent = (patch: Partial<CollectBody['consent']>) => setBody({ ...body, consent: { ...consent, ...patch } });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = collectionProblem(body);
    if (problem) return setError(problem);
    setBusy(true);
    setError(await onSave({ ...body, title: body.title.trim(), place: body.place.trim(), language: body.language.trim() }));
    setBusy(false);
  };
  const field = (key: string) => `${id}-${key}`;
  const title = editing.isNew ? t('admin.form.addTitle', { title: editing.initial.title }) : t('admin.form.editTitle', { title: editing.initial.title });
  return (
    <Dialog open onClose={onClose} title={title} closeLabel={t('admin.form.cancel')} className="admin-form-dialog">
      <form className="room-form admin-form" onSubmit={(e) => void submit(e)} noValidate>
        <label htmlFor={field('title')}>{t('admin.form.title')}</label>
        <input id={field('title')} value={body.title} maxLength={200} onChange={(e) => set({ title: e.target.value })} />
        <label htmlFor={field('place')}>{t('admin.form.place')}</label>
        <p className="hint" id={field('place-hint')}>
          {t('admin.form.placeHint')}
        </p>
        <input id={field('place')} value={body.place} maxLength={200} aria-describedby={field('place-hint')} onChange={(e) => set({ place: e.target.value })} />
        <label htmlFor={field('language')}>{t('admin.form.language')}</label>
        <p className="hint" id={field('language-hint')}>
          {t('admin.form.languageHint')}
        </p>
        <input id={field('language')} value={body.language} maxLength={35} aria-describedby={field('language-hint')} onChange={(e) => set({ language: e.target.value })} />
        <label htmlFor={field('by')}>{t('admin.form.consentBy')}</label>
        <p className="hint" id={field('by-hint')}>
          {t('admin.form.consentByHint')}
        </p>
        <input id={field('by')} value={consent.by} maxLength={200} aria-describedby={field('by-hint')} onChange={(e) => setConsent({ by: e.target.value })} />
        <label htmlFor={field('at')}>{t('admin.form.consentAt')}</label>
        <input id={field('at')} type="date" value={consent.at} onChange={(e) => setConsent({ at: e.target.value })} />
        <fieldset className="room-choice">
          <legend>{t('admin.form.uses')}</legend>
          {CONSENT_USES.map((u) => (
            <label key={u}>
              <input
                type="checkbox"
                checked={consent.uses.includes(u)}
                onChange={(e) => setConsent({ uses: e.target.checked ? [...consent.uses, u] : consent.uses.filter((x) => x !== u) })}
              />{' '}
              {consentUseLabel(u)}
            </label>
          ))}
        </fieldset>
        <label htmlFor={field('note')}>{t('admin.form.note')}</label>
        <textarea id={field('note')} value={consent.note ?? ''} maxLength={2000} rows={3} onChange={(e) => setConsent({ note: e.target.value })} />
        {error && (
          <p className="room-error" role="alert">
            {error}
          </p>
        )}
        <div className="card-actions">
          <button type="submit" className="button primary" disabled={busy}>
            {t('admin.form.save')}
          </button>
          <button type="button" className="button quiet" onClick={onClose}>
            {t('admin.form.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
