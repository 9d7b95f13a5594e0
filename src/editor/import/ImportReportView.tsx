import { t, type MessageKey } from '../../i18n/index.ts';
import { problemText } from '../../i18n/problems.ts';
import { FORMAT_NAMES, type ImportNote, type ImportResult } from '../../story/io/importers/index.ts';

export const sceneCount = (n: number): string => (n === 1 ? t('library.oneScene') : t('library.scenes', { count: n }));

const GROUPS: [ImportNote['kind'], MessageKey][] = [
  ['dropped', 'import.dropped'],
  ['approximated', 'import.approximated'],
  ['info', 'import.info'],
];

/** The import report: what came across, what was approximated, what was left out and why, and what the checks found. */
export function ImportReportView({ result }: { result: ImportResult }) {
  const r = result.report;
  const title = result.story.meta.title.en ?? result.story.id;
  const checks = result.problems.filter((p) => p.severity !== 'info' && p.code !== 'panorama-placeholder');
  return (
    <section className="import-report" aria-label={t('import.reportLabel', { title })}>
      <h3>{title}</h3>
      <p className="meta">{t('import.from', { source: r.source, format: FORMAT_NAMES[r.format] })}</p>
      <p className="import-summary">{t('import.summary', { scenes: sceneCount(r.scenes), links: r.links === 1 ? t('import.oneLink') : t('import.links', { count: r.links }), infos: r.infos === 1 ? t('import.oneInfo') : t('import.infos', { count: r.infos }) })}</p>
      {r.placeholders > 0 && <p>{r.placeholders === 1 ? t('import.onePlaceholder') : t('import.placeholders', { count: r.placeholders })}</p>}
      {GROUPS.map(([kind, heading]) => {
        const notes = sameMessageTogether(r.notes.filter((n) => n.kind === kind));
        if (notes.length === 0) return null;
        return (
          <div key={kind} className={`import-notes ${kind}`}>
            <h4>
              {t(heading)} ({notes.reduce((sum, n) => sum + Math.max(1, n.scenes.length), 0)})
            </h4>
            <ul>
              {notes.map((n, i) => (
                <li key={i}>
                  {n.scenes.length > 0 && <strong>{n.scenes.join(', ')}: </strong>}
                  {n.message}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {checks.length > 0 && (
        <details className="import-checks">
          <summary>{t('import.checks', { count: checks.length })}</summary>
          <ul>
            {checks.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A note in the reader's language: `import.note.<code>` with the note's parameters (tests/unit/importers/notes.test.ts keeps every code there). */
export const noteWords = (n: ImportNote): string => t(`import.note.${n.code}`, n.params);

/** The same note for several scenes is shown once, with the scenes' names. */
function sameMessageTogether(notes: ImportNote[]): { message: string; scenes: string[] }[] {
  const out = new Map<string, string[]>();
  for (const n of notes) {
    const message = noteWords(n);
    out.set(message, [...(out.get(message) ?? []), ...(n.scene ? [n.scene] : [])]);
  }
  return [...out].map(([message, scenes]) => ({ message, scenes }));
}
