import { useState } from 'react';
import type { Problem, Severity } from '../../story/problems.ts';
import { t } from '../../i18n/index.ts';
import { problemText } from '../../i18n/problems.ts';
import { en, type MessageKey } from '../../i18n/en.ts';
import { useDoc, useEditor, useSession } from '../context.ts';
import { Icon } from '../icons.tsx';
import { problemFix } from './problem-fix.ts';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The problems of one kind (one lint code), most severe kinds first, in the order the lint found them. */
interface Kind {
  code: string;
  severity: Severity;
  items: Problem[];
}

function byKind(problems: readonly Problem[]): Kind[] {
  const kinds = new Map<string, Kind>();
  for (const p of problems) {
    const k = kinds.get(p.code);
    if (k) k.items.push(p);
    else kinds.set(p.code, { code: p.code, severity: p.severity, items: [p] });
  }
  return [...kinds.values()].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** The short name of a kind of problem ("Scenes without a 360° photo"), or the first problem's own words. */
function kindName(k: Kind): string {
  const key = `problems.kind.${k.code}`;
  return key in en ? t(key as MessageKey) : problemText(k.items[0]!);
}

/** One problem, in words, with the button that takes the author to where it is fixed. */
function ProblemItem({ p, id, chip = false }: { p: Problem; id: string; chip?: boolean }) {
  const { editor } = useEditor();
  const story = useDoc((s) => s.story);
  const fix = problemFix(editor, story, p);
  return (
    <div className={`problem ${p.severity}`}>
      {chip && <span className={`chip chip-${p.severity}`}>{t(`problems.severity.${p.severity}`)}</span>}
      <span className="problem-text" id={id} dir="auto">
        {problemText(p)}
      </span>
      <button type="button" className="button small" aria-describedby={id} onClick={fix.run}>
        {t(fix.label)}
      </button>
    </div>
  );
}

/** One line per kind: a single problem as it is; several as their kind and how many, opened to list them. */
function KindRow({ kind, index }: { kind: Kind; index: number }) {
  const [open, setOpen] = useState(false);
  const listId = `problem-kind-${index}`;
  if (kind.items.length === 1) {
    return (
      <li className={`problem-kind ${kind.severity}`}>
        <ProblemItem p={kind.items[0]!} id={`${listId}-0`} chip />
      </li>
    );
  }
  return (
    <li className={`problem-kind ${kind.severity}${open ? ' is-open' : ''}`}>
      <button type="button" className="problem-kind-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        <span className={`chip chip-${kind.severity}`}>{t(`problems.severity.${kind.severity}`)}</span>
        <span className="problem-kind-name">{kindName(kind)}</span>
        <span className="count">{kind.items.length}</span>
      </button>
      {open && (
        <ul id={listId}>
          {kind.items.map((p, i) => (
            <li key={`${p.path}-${i}`}>
              <ProblemItem p={p} id={`${listId}-${i}`} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * "Things to check": the story's problems from the lint, one line per kind (must fix, should fix,
 * tips) with a count; opened, each problem has a button that takes the author to where it is fixed.
 */
export function ProblemsPanel({ problems, pending }: { problems: readonly Problem[]; pending: boolean }) {
  const { editor } = useEditor();
  const open = useSession((s) => s.panels.problems);
  const kinds = byKind(problems);
  const important = problems.filter((p) => p.severity !== 'info').length;
  return (
    <section className={`problems${open ? ' is-open' : ''}`} aria-labelledby="problems-heading" aria-busy={pending} data-pending={pending}>
      <h2 id="problems-heading">
        <button
          type="button"
          className="problems-toggle"
          aria-expanded={open}
          aria-controls="problems-list"
          onClick={() => editor.session.setState((s) => ({ panels: { ...s.panels, problems: !s.panels.problems } }))}
        >
          <span aria-hidden="true">{open ? '▾' : '▸'}</span> {t('problems.title')}{' '}
          <span className={`count${important ? ' has-some' : ''}`}>{problems.length}</span>
        </button>
      </h2>
      {open && (
        <div id="problems-list" className="problems-body">
          {problems.length === 0 ? (
            <p className="hint"><Icon name="check" /> {t('problems.none')}</p>
          ) : (
            <ul>
              {kinds.map((k, i) => (
                <KindRow key={k.code} kind={k} index={i} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
