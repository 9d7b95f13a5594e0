import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Story } from '../../story/schema/story.ts';
import type { Asset } from '../../story/schema/asset.ts';
import { t } from '../../i18n/index.ts';
import { createHistory, type History } from '../history/history.ts';
import { NOTHING_SELECTED, outcome, type Command, type Selection } from '../commands/types.ts';
import { addAssetCommand } from '../commands/add-asset.ts';
import { createAutosave, type Autosave, type AutosaveStatus, type Timers } from '../../storage/autosave.ts';

/**
 * The editor's state, made outside React (zustand vanilla stores), so commands, shortcuts, tests
 * and the bench drive it the same way:
 *
 *   user action -> run(command, args) -> document store -> history (patches) + autosave -> views
 *
 * `doc` holds what is saved (the story). `session` holds what is never saved: selection, the map's
 * camera, open panels, the preview. History steps carry selection only as a convenience for undo.
 */
export interface DocState {
  story: Story;
  /** Another tab edits this story: every command is refused. */
  readOnly: boolean;
}

export interface MapCamera {
  x: number;
  y: number;
  zoom: number;
}

export interface SessionState {
  selection: Selection;
  /** The story map's viewport, kept while previewing so coming back finds it where it was. */
  camera: MapCamera | null;
  panels: { problems: boolean };
  /** Previewing in the player, from this scene. */
  preview: { sceneId: string | null } | null;
  /** A short message for a live region ("Undone: rename scene"). */
  notice: { text: string; at: number } | null;
}

export interface EditorOptions {
  story: Story;
  readOnly?: boolean;
  /** Writes the document and any new asset blobs in one transaction. */
  save(story: Story, assets: Array<[string, Blob]>): Promise<void>;
  timers?: Timers;
  /** Autosave timing (ms): quiet time and longest wait. */
  autosaveDelay?: number;
  autosaveMaxWait?: number;
}

export interface Editor {
  doc: StoreApi<DocState>;
  session: StoreApi<SessionState>;
  history: History<Story, Selection>;
  saveStatus: StoreApi<AutosaveStatus>;
  autosave: Autosave<Story>;
  /** Blobs of new media not saved yet, by hash. */
  pendingAssets: ReadonlyMap<string, Blob>;
  /** Runs a command. Returns false when it changed nothing (or the story is read-only). */
  run<A>(command: Command<A>, args: A): boolean;
  undo(): boolean;
  redo(): boolean;
  select(selection: Partial<Selection>): void;
  notify(text: string): void;
  /** The hook for media import: adds an asset to the story; its bytes are saved with the next save. */
  addAsset(asset: Asset, blob: Blob): boolean;
  /** Replaces the document from outside (e.g. a newer save read when this tab becomes the editor). */
  replace(story: Story, readOnly: boolean): void;
  /** Saves everything now (resolves when stored; rejects with a StorageError when it cannot). */
  flush(): Promise<void>;
  dispose(): void;
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

/** "Undo rename scene" for a command label. */
export const undoLabel = (label: string) => t('history.undo', { action: lowerFirst(label) });
export const redoLabel = (label: string) => t('history.redo', { action: lowerFirst(label) });

export function createEditor(options: EditorOptions): Editor {
  const doc = createStore<DocState>(() => ({ story: options.story, readOnly: options.readOnly ?? false }));
  const session = createStore<SessionState>(() => ({
    selection: NOTHING_SELECTED,
    camera: null,
    panels: { problems: true },
    preview: null,
    notice: null,
  }));
  const history = createHistory<Story, Selection>();
  const pending = new Map<string, Blob>();
  const saveStatus = createStore<AutosaveStatus>(() => ({ state: 'saved', savedAt: null, error: null, saves: 0 }));

  const autosave = createAutosave<Story>({
    async save(story) {
      const assets = [...pending.entries()];
      await options.save(story, assets);
      for (const [hash, blob] of assets) if (pending.get(hash) === blob) pending.delete(hash);
    },
    ...(options.timers ? { timers: options.timers } : {}),
    ...(options.autosaveDelay !== undefined ? { delay: options.autosaveDelay } : {}),
    ...(options.autosaveMaxWait !== undefined ? { maxWait: options.autosaveMaxWait } : {}),
    onStatus: (s) => saveStatus.setState(s, true),
  });

  const clock = () => options.timers?.now() ?? Date.now();

  /** Keeps the selection pointing at things that exist. */
  const validSelection = (story: Story, sel: Selection | undefined): Selection => {
    if (!sel) return NOTHING_SELECTED;
    const scene = sel.sceneId ? story.scenes.find((s) => s.id === sel.sceneId) : undefined;
    if (!scene) return NOTHING_SELECTED;
    const hotspot = sel.hotspotId ? scene.hotspots.some((h) => h.id === sel.hotspotId) : false;
    return { sceneId: scene.id, hotspotId: hotspot ? sel.hotspotId : null };
  };

  const commit = (story: Story) => {
    doc.setState({ story });
    autosave.change(story);
  };

  const editor: Editor = {
    doc,
    session,
    history,
    saveStatus,
    autosave,
    pendingAssets: pending,
    run(command, args) {
      const { story: before, readOnly } = doc.getState();
      if (readOnly) {
        editor.notify(t('editor.readOnly'));
        return false;
      }
      const result = outcome(command.run(before, args));
      if (result.story === before) return false;
      const selectionBefore = session.getState().selection;
      const selectionAfter = validSelection(result.story, result.select ?? selectionBefore);
      const coalesce = command.coalesce?.(args);
      history.record(before, result.story, t(command.label), {
        ...(coalesce !== undefined ? { coalesce } : {}),
        selectionBefore,
        selectionAfter,
        now: clock(),
      });
      commit(result.story);
      if (selectionAfter !== selectionBefore) session.setState({ selection: selectionAfter });
      return true;
    },
    undo() {
      const { story, readOnly } = doc.getState();
      if (readOnly) return false;
      const r = history.undo(story);
      if (!r) return false;
      commit(r.doc);
      session.setState({
        selection: validSelection(r.doc, r.step.selectionBefore),
        notice: { text: t('history.undone', { action: lowerFirst(r.step.label) }), at: clock() },
      });
      return true;
    },
    redo() {
      const { story, readOnly } = doc.getState();
      if (readOnly) return false;
      const r = history.redo(story);
      if (!r) return false;
      commit(r.doc);
      session.setState({
        selection: validSelection(r.doc, r.step.selectionAfter),
        notice: { text: t('history.redone', { action: lowerFirst(r.step.label) }), at: clock() },
      });
      return true;
    },
    select(partial) {
      const cur = session.getState().selection;
      const next = validSelection(doc.getState().story, { ...cur, ...partial });
      if (next.sceneId !== cur.sceneId || next.hotspotId !== cur.hotspotId) {
        history.seal();
        session.setState({ selection: next });
      }
    },
    notify(text) {
      session.setState({ notice: { text, at: clock() } });
    },
    addAsset(asset, blob) {
      if (doc.getState().readOnly) return false;
      pending.set(asset.id, blob);
      const changed = editor.run(addAssetCommand, { asset });
      if (!changed) autosave.change(doc.getState().story); // already listed: still save the bytes
      return true;
    },
    replace(story, readOnly) {
      history.clear();
      doc.setState({ story, readOnly });
      session.setState({ selection: validSelection(story, session.getState().selection) });
    },
    flush: () => autosave.flush(),
    dispose() {
      autosave.dispose();
    },
  };
  return editor;
}
