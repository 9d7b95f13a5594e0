import { useEffect, useState } from 'react';
import { t } from '../i18n/index.ts';
import { localize } from '../story/text.ts';
import { ImportSaveError, readStoryFile, saveImport, type ConflictChoice, type ImportPlan } from './import-file.ts';
import { Modal, Progress } from '../ui/Modal.tsx';
import { useRepository } from '../storage/context.ts';

type Phase =
  | { name: 'reading'; done: number; total: number }
  | { name: 'failed'; messages: string[] }
  | { name: 'conflict'; plan: ImportPlan }
  | { name: 'saving'; plan: ImportPlan }
  | { name: 'done'; count: number; notes: string[]; title: string };

/** Opens a .storyscape package or backup into the library: checks it, asks about clashes, saves it. */
export function ImportDialog({ file, onClose, onImported }: { file: File; onClose(): void; onImported(ids: string[]): void }) {
  const repo = useRepository();
  const [phase, setPhase] = useState<Phase>({ name: 'reading', done: 0, total: file.size });

  const save = async (plan: ImportPlan, choice: ConflictChoice) => {
    setPhase({ name: 'saving', plan });
    try {
      const ids = await saveImport(repo, plan, choice);
      const first = plan.stories[0]!;
      // A kept copy has its own title ("… (2)"): say that one.
      const saved = await repo.getListing(ids[0]!).catch(() => null);
      const title = saved ? localize(saved.title, saved.language) : localize(first.meta.title, first.meta.defaultLanguage);
      setPhase({ name: 'done', count: ids.length, notes: plan.notes, title });
      onImported(ids);
    } catch (e) {
      setPhase({ name: 'failed', messages: e instanceof ImportSaveError ? e.messages : [String(e)] });
    }
  };

  useEffect(() => {
    let live = true;
    void readStoryFile(repo, file, (done, total) => live && setPhase((p) => (p.name === 'reading' ? { name: 'reading', done, total } : p))).then((r) => {
      if (!live) return;
      if (!r.ok) setPhase({ name: 'failed', messages: r.messages });
      else if (r.plan.conflicts.length > 0) setPhase({ name: 'conflict', plan: r.plan });
      else void save(r.plan, 'keep-both');
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- one file, read once
  }, [file]);

  if (phase.name === 'reading' || phase.name === 'saving') {
    return (
      <Modal title={t('package.opening', { name: file.name })}>
        <Progress label={phase.name === 'reading' ? t('package.checking') : t('package.saving')} done={phase.name === 'reading' ? phase.done : 1} total={phase.name === 'reading' ? phase.total : 0} />
      </Modal>
    );
  }
  if (phase.name === 'failed') {
    return (
      <Modal title={t('package.cannotOpen', { name: file.name })} role="alertdialog" onClose={onClose}>
        <ul className="ss-messages">
          {phase.messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
        <p>{t('package.libraryUnchanged')}</p>
        <div className="ss-actions">
          <button type="button" className="button primary" autoFocus onClick={onClose}>
            {t('package.ok')}
          </button>
        </div>
      </Modal>
    );
  }
  if (phase.name === 'conflict') {
    const { plan } = phase;
    const names = plan.conflicts.map((s) => `“${localize(s.meta.title, s.meta.defaultLanguage) || s.id}”`).join(', ');
    return (
      <Modal title={t('package.conflictTitle')} onClose={onClose}>
        <p>{plan.conflicts.length === 1 ? t('package.conflictOne', { names }) : t('package.conflictMany', { names, count: plan.conflicts.length })}</p>
        <p className="hint">{t('package.conflictHelp')}</p>
        <div className="ss-actions">
          <button type="button" className="button quiet" onClick={onClose}>
            {t('library.cancel')}
          </button>
          <button type="button" className="button" onClick={() => void save(plan, 'replace')}>
            {t('package.replace')}
          </button>
          <button type="button" className="button primary" autoFocus onClick={() => void save(plan, 'keep-both')}>
            {t('package.keepBoth')}
          </button>
        </div>
      </Modal>
    );
  }
  return (
    <Modal title={phase.count === 1 ? t('package.importedOne', { title: phase.title }) : t('package.importedMany', { count: phase.count })} onClose={onClose}>
      {phase.notes.length > 0 && (
        <ul className="ss-messages">
          {phase.notes.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      <div className="ss-actions">
        <button type="button" className="button primary" autoFocus onClick={onClose}>
          {t('package.ok')}
        </button>
      </div>
    </Modal>
  );
}
