import { useEffect, useRef, useState } from 'react';
import { t } from '../i18n/index.ts';
import { useRepository } from '../storage/context.ts';
import { backupLibrary } from './exporter.ts';
import { ImportDialog } from './ImportDialog.tsx';
import { TaskDialog } from './TaskDialog.tsx';
import './packages.css';

const ACCEPT = '.storyscape,.storyscape-backup,.zip,application/zip,application/vnd.storyscape+zip';

const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');

/**
 * The library's file buttons: "Open a story file…" (or drop one anywhere on the page) and "Back up
 * everything", with their dialogs.
 */
export function LibraryFileActions({ busy, onImported }: { busy: boolean; onImported(): void }) {
  const repo = useRepository();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const f = e.dataTransfer?.files[0];
      if (f) setFile(f);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('dragleave', leave);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('dragleave', leave);
      document.removeEventListener('drop', drop);
    };
  }, []);
  useEffect(() => {
    document.body.classList.toggle('ss-drop-hint', dragging);
  }, [dragging]);
  return (
    <>
      <button type="button" className="button big" disabled={busy} title={t('library.openFileHelp')} onClick={() => input.current?.click()}>
        {t('library.openFile')}
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        hidden
        aria-label={t('library.openFile')}
        data-testid="story-file-input"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) setFile(f);
        }}
      />
      <button type="button" className="button big" disabled={busy} onClick={() => void backupLibrary(repo)}>
        {t('library.backupAll')}
      </button>
      {dragging && (
        <p className="visually-hidden" role="status">
          {t('library.dropHint')}
        </p>
      )}
      {file && (
        <ImportDialog
          key={`${file.name}:${file.size}:${file.lastModified}`}
          file={file}
          onClose={() => setFile(null)}
          onImported={onImported}
        />
      )}
      <TaskDialog />
    </>
  );
}
