import { useId, useState, type FormEvent } from 'react';
import { t } from '../i18n/index.ts';
import { formatBytes } from '../story/phrase.ts';
import type { RetentionRunInfo } from '../live/service-api.ts';
import { moment } from './admin-words.ts';
import type { SectionProps } from './types.ts';

const runLine = (r: RetentionRunInfo) =>
  t('admin.retention.runLine', {
    when: moment(r.startedAt),
    by: r.trigger === 'admin' ? t('admin.retention.byAdmin') : t('admin.retention.byTimer'),
    rooms: r.rooms,
    stories: r.stories,
    media: r.media,
    size: formatBytes(r.bytes),
  });

/** Retention: the period (0 = off) in plain words, how many sessions wait, "clean up now", and the log of what it did. */
export function AdminRetention({ admin, data, attempt, reload }: SectionProps) {
  const id = useId();
  const [days, setDays] = useState(String(data.retentionDays));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const due = data.rooms.filter((r) => r.purgeAfter).length;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const n = Number(days.trim());
    if (!/^\d+$/.test(days.trim()) || n > 3650) return setMessage({ ok: false, text: t('admin.retention.badDays') });
    setBusy(true);
    const r = await attempt(() => admin.setRetention(n));
    setBusy(false);
    setMessage(r.ok ? { ok: true, text: t('admin.retention.saved') } : { ok: false, text: r.error });
    reload();
  };
  const runNow = async () => {
    setBusy(true);
    const r = await attempt(() => admin.runRetention());
    setBusy(false);
    setMessage(r.ok ? { ok: true, text: runLine(r.value) } : { ok: false, text: r.error });
    reload();
  };

  return (
    <section id="admin-retention" aria-labelledby="admin-retention-title" className="admin-section">
      <h2 id="admin-retention-title">{t('admin.retention.title')}</h2>
      <p>{t('admin.retention.intro')}</p>
      <p className="admin-retention-now">
        <strong>{data.retentionDays > 0 ? t('admin.retention.now', { days: data.retentionDays }) : t('admin.retention.off')}</strong>
      </p>
      {data.retentionDays > 0 && due > 0 && <p>{t('admin.retention.due', { count: due })}</p>}
      <form className="room-form admin-inline-form" onSubmit={(e) => void save(e)} noValidate>
        <label htmlFor={`${id}-days`}>{t('admin.retention.days')}</label>
        <div className="card-actions">
          <input id={`${id}-days`} inputMode="numeric" className="admin-days" value={days} onChange={(e) => setDays(e.target.value)} />
          <button type="submit" className="button" disabled={busy}>
            {t('admin.retention.save')}
          </button>
          <button type="button" className="button" disabled={busy || data.retentionDays === 0} onClick={() => void runNow()}>
            {t('admin.retention.run')}
          </button>
        </div>
      </form>
      {message && (
        <p className={message.ok ? 'room-ok' : 'room-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <h3>{t('admin.retention.log')}</h3>
      {data.runs.length === 0 ? (
        <p className="room-empty">{t('admin.retention.noRuns')}</p>
      ) : (
        <ul className="admin-runs">
          {data.runs.map((r) => (
            <li key={r.id}>
              {runLine(r)}
              {r.details.length > 0 && (
                <ul>
                  {r.details.map((d, i) => (
                    <li key={i} className={r.error === d ? 'room-error' : undefined}>
                      {d}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
