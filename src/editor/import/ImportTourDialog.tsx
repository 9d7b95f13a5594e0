import { useId, useRef, useState } from 'react';
import { getUiLanguage, t } from '../../i18n/index.ts';
import { problemText } from '../../i18n/problems.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { importFiles, setImportLanguage, type ImportFile, type ImportResult } from '../../story/io/importers/index.ts';
import { useRepository } from '../../storage/context.ts';
import { filesFromDrop, filesFromList } from './read-input.ts';
import { joinCubes } from './cube.ts';
import { placeholderBytes, saveImported } from './save.ts';
import { ImportReportView, sceneCount } from './ImportReportView.tsx';
import { ImportLanguage } from './ImportLanguage.tsx';
import '../../ui/ui.css';
import './import.css';

type Step =
  | { name: 'pick'; error?: string }
  | { name: 'working'; text: string }
  | { name: 'report'; results: ImportResult[]; chosen: number; language: string; saveError?: string }
  | { name: 'saving'; results: ImportResult[]; chosen: number; language: string };

/** The story as it is added: in the language the person chose when the file did not say. */
const withLanguage = (r: ImportResult, language: string): ImportResult => (r.report.language.from === 'assumed' ? setImportLanguage(r, language) : r);

/**
 * "Import a tour or Twine story…": pick files or a folder (or drop them), read the import report,
 * choose a story when an archive holds several, then "Add to my stories" saves it and `onOpen`s it
 * (the app opens the editor).
 */
export function ImportTourDialog({ onClose, onOpen }: { onClose(): void; onOpen(storyId: string): void }) {
  const repo = useRepository();
  const [step, setStep] = useState<Step>({ name: 'pick' });
  const [over, setOver] = useState(false);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const pickName = useId();

  const run = async (read: () => Promise<ImportFile[]>) => {
    setStep({ name: 'working', text: t('import.reading') });
    try {
      const [files, placeholder] = await Promise.all([read(), placeholderBytes()]);
      const outcome = importFiles(files, { placeholder });
      if (!outcome.ok) {
        setStep({ name: 'pick', error: problemText(outcome) });
        return;
      }
      let results = outcome.results;
      if (results.some((r) => r.cubeJobs.length > 0)) {
        setStep({ name: 'working', text: t('import.joining') });
        results = await Promise.all(results.map((r) => joinCubes(r)));
      }
      setStep({ name: 'report', results, chosen: 0, language: getUiLanguage() });
    } catch (e) {
      setStep({ name: 'pick', error: t('import.readFailed', { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const add = async (results: ImportResult[], chosen: number, language: string) => {
    setStep({ name: 'saving', results, chosen, language });
    try {
      const listing = await saveImported(repo, withLanguage(results[chosen]!, language));
      onClose();
      onOpen(listing.id);
    } catch (e) {
      setStep({ name: 'report', results, chosen, language, saveError: t('import.saveFailed', { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };

  const actions =
    step.name === 'report' || step.name === 'saving' ? (
      <>
        <button type="button" className="button" onClick={() => setStep({ name: 'pick' })} disabled={step.name === 'saving'}>
          {t('import.tryAgain')}
        </button>
        <button type="button" className="button primary" data-autofocus disabled={step.name === 'saving'} onClick={() => void add(step.results, step.chosen, step.language)}>
          {step.name === 'saving' ? t('import.saving') : t('import.add')}
        </button>
      </>
    ) : undefined;

  return (
    <Dialog open onClose={onClose} title={t('import.title')} closeLabel={t('import.close')} className="import-tour-dialog" actions={actions}>
      {step.name === 'pick' && (
        <div
          className={`import-drop${over ? ' over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setOver(false);
            const data = e.dataTransfer;
            void run(() => filesFromDrop(data));
          }}
        >
          <p>{t('import.intro')}</p>
          {step.error && (
            <p className="import-error" role="alert">
              {step.error}
            </p>
          )}
          <div className="import-buttons">
            <button type="button" className="button primary" data-autofocus onClick={() => filesInput.current?.click()}>
              {t('import.chooseFiles')}
            </button>
            <button type="button" className="button" onClick={() => folderInput.current?.click()}>
              {t('import.chooseFolder')}
            </button>
          </div>
          <p className="import-drop-hint">{t('import.drop')}</p>
          <input
            ref={filesInput}
            type="file"
            multiple
            hidden
            data-testid="import-tour-files"
            accept=".json,.js,.html,.htm,.twee,.tw,.zip,.jpg,.jpeg,.png,.webp"
            onChange={(e) => {
              const list = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (list.length) void run(() => filesFromList(list));
            }}
          />
          <input
            ref={folderInput}
            type="file"
            hidden
            data-testid="import-tour-folder"
            {...{ webkitdirectory: '' }}
            onChange={(e) => {
              const list = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (list.length) void run(() => filesFromList(list));
            }}
          />
        </div>
      )}
      {step.name === 'working' && (
        <p role="status" className="import-working">
          {step.text}
        </p>
      )}
      {(step.name === 'report' || step.name === 'saving') && (
        <>
          {step.results.length > 1 && (
            <fieldset className="import-pick">
              <legend>{t('import.pickStory', { count: step.results.length })}</legend>
              {step.results.map((r, i) => (
                <label key={i}>
                  <input type="radio" name={pickName} checked={step.chosen === i} onChange={() => setStep({ ...step, chosen: i })} />{' '}
                  {t('import.storyOption', { title: r.story.meta.title[r.story.meta.defaultLanguage] ?? r.story.id, scenes: sceneCount(r.report.scenes) })}
                </label>
              ))}
            </fieldset>
          )}
          {step.results[step.chosen]!.report.language.from === 'assumed' && (
            <ImportLanguage value={step.language} onChange={(language) => step.name === 'report' && setStep({ ...step, language })} />
          )}
          <ImportReportView result={step.results[step.chosen]!} />
          {step.name === 'report' && step.saveError && (
            <p className="import-error" role="alert">
              {step.saveError}
            </p>
          )}
        </>
      )}
    </Dialog>
  );
}
