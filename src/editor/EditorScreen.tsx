import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import './editor.css';
import { t } from '../i18n/index.ts';
import type { Story } from '../story/schema/story.ts';
import type { Scene } from '../story/schema/scene.ts';
import { openEditorSession, type OpenResult } from './state/open.ts';
import { handleEditorKey } from './state/keys.ts';
import { addSceneCommand } from './commands/index.ts';
import { EditorContext, useDoc, useEditor, useSession } from './context.ts';
import { Toolbar } from './Toolbar.tsx';
import { StoryNotOpened, StoryOpening } from '../ui/StoryNotOpened.tsx';
import { Icon } from './icons.tsx';
import { StoryMap } from './map/StoryMap.tsx';
import { useProblems } from './useProblems.ts';
import { Inspector } from './panels/Inspector.tsx';
import { ProblemsPanel } from './panels/ProblemsPanel.tsx';
import { AssetLibrary } from './panels/AssetLibrary.tsx';
import { MediaImportProvider } from './media/ImportProvider.tsx';
import { useMediaUi } from './media/ui-store.ts';
import type { EditorFiles } from './files.ts';
import { useRepository } from '../storage/context.ts';
import type { StoryRepository } from '../storage/repository.ts';
import { RoomEditorLink } from './room/RoomEditorLink.tsx';
import { SceneViewSlot } from './scene/SceneViewSlot.tsx';
import { focusLater } from '../ui/focusLater.ts';

const PlayerScreen = lazy(() => import('../player/PlayerScreen.tsx').then((m) => ({ default: m.PlayerScreen })));

/**
 * Open editor sessions by story id, shared by the components that use them and closed a moment
 * after the last one lets go (so a remount, e.g. React's development double effects, does not
 * close the story and open it again as if from a second tab).
 */
const sessions = new Map<string, { promise: Promise<OpenResult>; users: number; closing?: ReturnType<typeof setTimeout> }>();

function acquireSession(repo: StoryRepository, storyId: string): Promise<OpenResult> {
  let entry = sessions.get(storyId);
  if (!entry) {
    entry = { promise: openEditorSession(repo, storyId), users: 0 };
    sessions.set(storyId, entry);
  }
  clearTimeout(entry.closing);
  entry.users++;
  return entry.promise;
}

function releaseSession(storyId: string): void {
  const entry = sessions.get(storyId);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0) return;
  entry.closing = setTimeout(() => {
    void entry.promise.then(async (r: OpenResult) => {
      if (r.ok && !r.session.editor.doc.getState().readOnly) {
        try {
          await r.session.editor.flush();
        } catch {
          // Not saved (e.g. the disk is full) and the editor was left (browser Back): keep the
          // session and its document in memory, still retrying; coming back finds it as it was.
          return;
        }
      }
      if (entry.users > 0 || sessions.get(storyId) !== entry) return;
      sessions.delete(storyId);
      if (r.ok) await r.session.close().catch(() => undefined);
    });
  }, 0);
}

export interface EditorScreenProps {
  storyId: string;
  /** Leaves the editor (after saving): the app shows the library. */
  onExit(): void;
  files: EditorFiles;
  /** Edits another story instead (the room kept this laptop's version as a copy): the app opens it. */
  onSwitchStory?(storyId: string): void;
}

/** The editor at /edit/<storyId>: opens the story (or says why it cannot), then the editor layout. */
export function EditorScreen({ storyId, onExit, files, onSwitchStory }: EditorScreenProps) {
  const repo = useRepository();
  const [result, setResult] = useState<OpenResult | null>(null);
  useEffect(() => {
    let live = true;
    void acquireSession(repo, storyId).then((r) => live && setResult(r));
    return () => {
      live = false;
      releaseSession(storyId);
    };
  }, [repo, storyId]);

  if (!result) return <StoryOpening text={t('editor.loading')} />;
  if (!result.ok) {
    const failure = result.reason === 'storage' ? { reason: 'storage' as const, message: t(`storage.error.${result.error.kind}`) } : result;
    return <StoryNotOpened storyId={storyId} failure={failure} onBack={onExit} />;
  }
  return (
    <EditorContext.Provider value={{ editor: result.session.editor, assets: result.session.assets }}>
      <ReactFlowProvider>
        <EditorLayout onExit={onExit} files={files} onSwitchStory={onSwitchStory} />
      </ReactFlowProvider>
    </EditorContext.Provider>
  );
}

function EditorLayout({ onExit, files, onSwitchStory }: Pick<EditorScreenProps, 'onExit' | 'files' | 'onSwitchStory'>) {
  const { editor, assets } = useEditor();
  const readOnly = useDoc((s) => s.readOnly);
  const story = useDoc((s) => s.story);
  const preview = useSession((s) => s.preview);
  const libraryOpen = useMediaUi((s) => s.libraryOpen);
  const sceneId = useSession((s) => s.selection.sceneId);
  const openScene = sceneId ? story.scenes.find((s) => s.id === sceneId) : undefined;
  const { problems, byScene, pending } = useProblems();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (editor.session.getState().preview) return;
      handleEditorKey(editor, e, [addSceneCommand as never]);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);

  const back = async () => {
    try {
      await editor.flush();
    } catch {
      // The save failed (e.g. the disk is full): stay, the message says what to do.
      return;
    }
    onExit();
  };

  const previewStory = useMemo(
    () => (preview ? { ...story, startSceneId: preview.sceneId ?? story.startSceneId } : null),
    [preview, story],
  );
  const closePreview = () => {
    editor.session.setState({ preview: null });
    focusLater(() => document.getElementById('preview-button'));
  };

  return (
    <MediaImportProvider>
      <div className="editor" ref={rootRef} hidden={!!preview} inert={!!preview}>
        <Toolbar onBack={() => void back()} files={files} />
        <RoomEditorLink onSwitch={onSwitchStory} />
        {readOnly && (
          <p className="banner read-only" role="status">
            <Icon name="lock" /> {t('editor.readOnly')}
          </p>
        )}
        <main className={`editor-main${openScene ? ' has-scene' : ''}`} id="content">
          <section className="map-column" aria-labelledby="map-heading">
            <h2 id="map-heading" className="visually-hidden">
              {t('editor.map')}
            </h2>
            <p className="map-help" id="map-help">
              {story.scenes.length === 0 ? t('editor.mapEmpty') : t('editor.mapHelp')}
            </p>
            <StoryMap problems={byScene} />
            <ProblemsPanel problems={problems} pending={pending} />
          </section>
          {/* The open scene's 360° view is the main area, between the map and the inspector. */}
          {openScene && (
            <div className="scene-stage">
              <SceneStage story={story} scene={openScene} />
            </div>
          )}
          {libraryOpen ? <AssetLibrary /> : <Inspector />}
        </main>
        <Notice />
      </div>
      {previewStory && (
        <div className="editor-preview">
          <p className="editor-preview-bar">
            <span>{t('editor.previewing')}</span>
            <button type="button" className="button small primary" onClick={closePreview}>
              {t('editor.previewBack')}
            </button>
          </p>
          <div className="editor-preview-player">
            <Suspense fallback={<p role="status">{t('player.loading')}</p>}>
              <PlayerScreen story={previewStory} assets={assets} language={story.meta.defaultLanguage} onExit={closePreview} />
            </Suspense>
          </div>
        </div>
      )}
    </MediaImportProvider>
  );
}

/**
 * The open scene's 360° view, drawn one frame after the scene is chosen: starting WebGL (or
 * changing the picture) takes a moment, and the card's selection and the inspector should show at once. Not while files are
 * being added: uploading each new 4096 px photo to the GPU in turn would freeze the page.
 */
function SceneStage({ story, scene }: { story: Story; scene: Scene }) {
  // While photos are being added (each new one is chosen in turn), a new view waits for the last.
  const importing = useMediaUi((s) => s.importing);
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    if (importing) return; // a view already open stays (e.g. a sound added from it)
    const frame = requestAnimationFrame(() => setShown(scene.id));
    return () => cancelAnimationFrame(frame);
  }, [scene.id, importing]);
  // Until then an open view goes on showing the scene it showed: its canvas stays, and it changes
  // scene (picture and hotspots) in the next frame, after the inspector has shown the new one.
  const showing = shown === scene.id ? scene : shown ? story.scenes.find((s) => s.id === shown) : undefined;
  if (!showing) {
    return (
      <section className="scene-view" data-slot="scene-view" aria-busy="true">
        <div className="scene-viewport-frame" aria-hidden="true" />
      </section>
    );
  }
  return <SceneViewSlot story={story} scene={showing} />;
}

/** Short messages ("Undone: rename scene") for everyone: shown for a few seconds and read out. */
function Notice() {
  const notice = useSession((s) => s.notice);
  const [hiddenAt, setHiddenAt] = useState<number | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setHiddenAt(notice.at), 5000);
    return () => clearTimeout(timer);
  }, [notice]);
  const visible = notice && hiddenAt !== notice.at ? notice.text : null;
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {visible && <p className="notice">{visible}</p>}
    </div>
  );
}
