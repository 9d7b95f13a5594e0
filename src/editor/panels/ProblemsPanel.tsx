import type { Problem } from '../../story/problems.ts';
import { t } from '../../i18n/index.ts';
import { problemText } from '../../i18n/problems.ts';
import { useEditor, useSession } from '../context.ts';
import { Icon } from '../icons.tsx';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/**
 * The story's problems from the lint: must fix, should fix, tips. Choosing one selects its scene
 * (and hotspot) and puts the keyboard focus on the field to change.
 */
export function ProblemsPanel({ problems }: { problems: readonly Problem[] }) {
  const { editor } = useEditor();
  const open = useSession((s) => s.panels.problems);
  const sorted = [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const show = (p: Problem) => {
    editor.select({ sceneId: p.sceneId ?? null, hotspotId: p.hotspotId ?? null });
    requestAnimationFrame(() => {
      const target = p.hotspotId
        ? document.getElementById(`hotspot-label-${p.hotspotId}`)
        : p.sceneId
          ? document.getElementById('scene-title-input')
          : null;
      target?.focus();
    });
  };
  const important = problems.filter((p) => p.severity !== 'info').length;
  return (
    <section className={`problems${open ? ' is-open' : ''}`} aria-labelledby="problems-heading">
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
              {sorted.map((p, i) => (
                <li key={`${p.code}-${p.path}-${i}`} className={`problem ${p.severity}`}>
                  <span className={`chip chip-${p.severity}`}>{t(`problems.severity.${p.severity}`)}</span>
                  <span className="problem-text" id={`problem-${i}`}>
                    {problemText(p)}
                  </span>
                  {p.sceneId && (
                    <button type="button" className="button small" aria-describedby={`problem-${i}`} onClick={() => show(p)}>
                      {t('problems.show')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
