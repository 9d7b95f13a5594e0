import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { t } from '../../i18n/index.ts';
import { useRepository } from '../../storage/context.ts';
import { useEditor } from '../context.ts';
import { addPhotoSceneCommand, addVideoSceneCommand } from '../commands/index.ts';
import { titleFromFileName } from '../../story/graph/scene-media.ts';
import { Icon } from '../icons.tsx';
import { importFile, type ImportedAudio, type ImportedImage, type ImportedVideo } from './import.ts';
import { AssetInfoForm } from './AssetInfoForm.tsx';
import { setImporting } from './ui-store.ts';
import './media.css';

export type ImportedMedia = ImportedImage | ImportedAudio | ImportedVideo;

/**
 * What to do with each file once it is in the story: 'scenes' makes a scene from each photo (what
 * people expect from "Add photos"); 'library' only adds it to the media list; a function decides.
 */
export type ImportTarget = 'scenes' | 'library' | ((media: ImportedMedia) => void);

interface Item {
  key: number;
  name: string;
  state: 'added' | 'known' | 'error' | 'ask';
  message?: string;
  media?: ImportedMedia;
  target?: ImportTarget;
}

interface ImportApi {
  importFiles(files: readonly File[], target: ImportTarget): Promise<void>;
}

const ImportContext = createContext<ImportApi | null>(null);

export function useMediaImport(): ImportApi {
  const v = useContext(ImportContext);
  if (!v) throw new Error('useMediaImport() outside <MediaImportProvider>');
  return v;
}

let keys = 0;

/** Adds photos and sounds (picker or drop anywhere on the editor), with progress and a result list. */
export function MediaImportProvider({ children }: { children: ReactNode }) {
  const { editor } = useEditor();
  const repo = useRepository();
  /** `part`: how far the current file is (0..1): a big photo takes seconds to decode. */
  const [progress, setProgress] = useState<{ done: number; total: number; name: string; part: number } | null>(null);
  const [items, setItems] = useState<Item[]>([]);
  const [dragging, setDragging] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const place = useCallback(
    (media: ImportedMedia, target: ImportTarget) => {
      const before = editor.doc.getState().story;
      const known = before.assets.some((a) => a.id === media.asset.id);
      if (media.kind === 'video' && !editor.addAsset(media.poster.asset, media.poster.blob)) return false;
      if (!editor.addAsset(media.asset, media.blob)) return false;
      if (typeof target === 'function') target(media);
      else if (target === 'scenes' && media.kind === 'video') {
        const used = before.scenes.some((s) => s.video?.asset === media.asset.id);
        if (!(known && used)) {
          const near = editor.session.getState().selection.sceneId;
          editor.run(addVideoSceneCommand, { assetId: media.poster.asset.id, videoId: media.asset.id, title: titleFromFileName(media.asset.name), northOffset: 0, near });
        }
      }
      else if (target === 'scenes' && media.kind === 'image') {
        const used = before.scenes.some((s) => s.panorama === media.asset.id);
        if (!(known && used)) {
          const near = editor.session.getState().selection.sceneId;
          editor.run(addPhotoSceneCommand, { assetId: media.asset.id, title: titleFromFileName(media.asset.name), northOffset: media.northOffset, near });
        }
      }
      return !known;
    },
    [editor],
  );

  const importFiles = useCallback(
    (files: readonly File[], target: ImportTarget) => {
      const run = async () => {
        const list = [...files];
        setImporting(true);
        try {
          for (let i = 0; i < list.length; i++) {
            const file = list[i]!;
            setProgress({ done: i, total: list.length, name: file.name, part: 0 });
            const key = ++keys;
            let item: Item;
            try {
              const r = await importFile(file, file.name, (part) => setProgress({ done: i, total: list.length, name: file.name, part }));
              // The small copy made with the import is stored before its card asks for it.
              const picture = r.ok ? (r.media.kind === 'video' ? r.media.poster : r.media.kind === 'image' ? r.media : null) : null;
              if (picture?.thumbnail) await repo.putThumbnail(picture.asset.id, picture.thumbnail).catch(() => undefined);
              if (!r.ok) item = { key, name: file.name, state: 'error', message: r.message };
              else if (r.media.kind === 'image' && r.media.notTwoToOne !== null) item = { key, name: file.name, state: 'ask', media: r.media, target };
              else item = { key, name: file.name, state: place(r.media, target) ? 'added' : 'known', media: r.media };
            } catch {
              item = { key, name: file.name, state: 'error', message: t('media.error.unexpected', { name: file.name }) };
            }
            setItems((xs) => [...xs, item]);
          }
        } finally {
          setProgress(null);
          setImporting(false);
        }
      };
      queue.current = queue.current.then(run, run);
      return queue.current;
    },
    [place, repo],
  );

  useEffect(() => {
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const over = (e: DragEvent) => {
      if (!hasFiles(e) || editor.doc.getState().readOnly) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length && !editor.doc.getState().readOnly) void importFiles(files, 'scenes');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [editor, importFiles]);

  const api = useMemo(() => ({ importFiles }), [importFiles]);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  /** The answer to "use this picture anyway?" (side effects outside the state updater). */
  const resolve = (key: number, use: boolean) => {
    const x = itemsRef.current.find((y) => y.key === key);
    if (!x || x.state !== 'ask') return;
    const next: Item =
      !use || !x.media
        ? { ...x, state: 'error', message: t('media.leftOut', { name: x.name }) }
        : { ...x, state: place(x.media, x.target ?? 'library') ? 'added' : 'known' };
    setItems((xs) => xs.map((y) => (y.key === key ? next : y)));
  };

  return (
    <ImportContext.Provider value={api}>
      {children}
      {dragging && (
        <div className="media-drop-overlay" aria-hidden="true">
          <p>{t('media.dropHere')}</p>
        </div>
      )}
      {(progress || items.length > 0) && (
        <section className="media-import" aria-labelledby="media-import-heading">
          <div className="row">
            <h2 id="media-import-heading">{t('media.importTitle')}</h2>
            {!progress && (
              <button type="button" className="button small quiet" onClick={() => setItems([])}>
                {t('media.importDone')}
              </button>
            )}
          </div>
          {progress && (
            <div className="field">
              {/* Read out as it changes ("Adding 2 of 3: …"), and the bar's name. */}
              <p id="media-import-progress-text" role="status">
                {t('media.progress', { n: progress.done + 1, total: progress.total, name: progress.name })}
              </p>
              <progress id="media-import-progress" aria-labelledby="media-import-progress-text" max={progress.total} value={progress.done + progress.part} />
            </div>
          )}
          <ul className="media-import-list">
            {items.map((x) => (
              <ImportRow key={x.key} item={x} onAnswer={(use) => resolve(x.key, use)} />
            ))}
          </ul>
        </section>
      )}
    </ImportContext.Provider>
  );
}

function ImportRow({ item, onAnswer }: { item: Item; onAnswer(use: boolean): void }) {
  const [open, setOpen] = useState(false);
  if (item.state === 'error') {
    return (
      <li className="media-import-item is-error" role="alert">
        <Icon name="warning" /> {item.message}
      </li>
    );
  }
  if (item.state === 'ask' && item.media?.kind === 'image') {
    return (
      <li className="media-import-item is-ask">
        <p>
          <Icon name="warning" /> {t('media.notTwoToOne', { name: item.name, ratio: String(item.media.notTwoToOne) })}
        </p>
        <div className="row">
          <button type="button" className="button small" onClick={() => onAnswer(true)}>
            {t('media.useAnyway')}
          </button>
          <button type="button" className="button small quiet" onClick={() => onAnswer(false)}>
            {t('media.leaveOut')}
          </button>
        </div>
      </li>
    );
  }
  const media = item.media!;
  return (
    <li className="media-import-item">
      <p>
        <Icon name="check" />{' '}
        {item.state === 'known' ? t('media.alreadyThere', { name: item.name }) : t('media.added', { name: item.name })}
        {media.kind === 'image' && media.padded ? ` ${t('media.padded')}` : ''}
      </p>
      <button type="button" className="button small quiet" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('media.describe', { name: item.name })}
      </button>
      {open && <AssetInfoForm assetId={media.asset.id} />}
    </li>
  );
}
