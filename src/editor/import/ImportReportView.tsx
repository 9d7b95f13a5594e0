import { t, type MessageKey } from '../../i18n/index.ts';
import { problemText } from '../../i18n/problems.ts';
import { FORMAT_NAMES, SCENE_NAMES_SHOWN, groupChecks, groupNotes, type ImportNote, type ImportResult, type NoteLine } from '../../story/io/importers/index.ts';

export const sceneCount = (n: number): string => (n === 1 ? t('library.oneScene') : t('library.scenes', { count: n }));

const GROUPS: [ImportNote['kind'], MessageKey][] = [
  ['dropped', 'import.dropped'],
  ['approximated', 'import.approximated'],
  ['info', 'import.info'],
];

/** The import report: what came across, what was approximated, what was left out and why, and what the checks found. */
export function ImportReportView({ result }: { result: ImportResult }) {
  const r = result.report;
  const title = result.story.meta.title[result.story.meta.defaultLanguage] ?? result.story.id;
  // The dialog asks the language when the file did not say it, so the note saying so is left out here.
  const lines = groupNotes(r.notes.filter((n) => n.code !== 'language.assumed'));
  const checks = groupChecks(result.problems);
  return (
    <section className="import-report" aria-label={t('import.reportLabel', { title })}>
      <h3>{title}</h3>
      <p className="meta">{t('import.from', { source: r.source, format: FORMAT_NAMES[r.format] })}</p>
      <p className="import-summary">{t('import.summary', { scenes: sceneCount(r.scenes), links: r.links === 1 ? t('import.oneLink') : t('import.links', { count: r.links }), infos: r.infos === 1 ? t('import.oneInfo') : t('import.infos', { count: r.infos }) })}</p>
      {r.placeholders > 0 && <p>{r.placeholders === 1 ? t('import.onePlaceholder') : t('import.placeholders', { count: r.placeholders })}</p>}
      {GROUPS.map(([kind, heading]) => {
        const notes = lines.filter((n) => n.kind === kind);
        if (notes.length === 0) return null;
        return (
          <div key={kind} className={`import-notes ${kind}`}>
            <h4>
              {t(heading)} ({notes.reduce((sum, n) => sum + n.count, 0)})
            </h4>
            <ul>
              {notes.map((n, i) => (
                <li key={i}>{lineWords(n)}</li>
              ))}
            </ul>
          </div>
        );
      })}
      {checks.length > 0 && (
        <details className="import-checks">
          <summary>{t('import.checks', { count: checks.reduce((sum, c) => sum + c.count, 0) })}</summary>
          <ul>
            {checks.map((c, i) => (
              <li key={i}>{c.count > 1 ? t('import.moreLikeIt', { message: problemText(c.message), count: c.count - 1 }) : problemText(c.message)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** A note in the reader's language: `import.note.<code>` with the note's parameters (tests/unit/importers/notes.test.ts keeps every code there). */
export const noteWords = (n: Pick<ImportNote, 'code' | 'params'>): string => t(`import.note.${n.code}`, n.params);

/** "Hall, Kitchen and 12 more scenes" in the reader's language. */
function scenesWords(scenes: readonly string[]): string {
  if (scenes.length <= SCENE_NAMES_SHOWN) return scenes.join(', ');
  return t('import.moreScenes', { names: scenes.slice(0, SCENE_NAMES_SHOWN).join(', '), count: scenes.length - SCENE_NAMES_SHOWN });
}

/** One line of the report: "Hall: …" for one kind of note, "63 links … (in Hall, Kitchen …)" for a count (as lineText in report.ts). */
export function lineWords(n: NoteLine): string {
  const words = noteWords(n);
  if (n.scenes.length === 0) return words;
  return n.count > 1 && n.code.endsWith('.many') ? t('import.inScenes', { words, scenes: scenesWords(n.scenes) }) : t('import.sceneSays', { scene: scenesWords(n.scenes), words });
}
