import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AssetSource } from '../storage/asset-source.ts';
import type { Editor, DocState, SessionState } from './state/editor.ts';
import type { AutosaveStatus } from '../storage/autosave.ts';
import type { HistoryState } from './history/history.ts';
import type { Selection } from './commands/types.ts';

export interface EditorContextValue {
  editor: Editor;
  assets: AssetSource;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const v = useContext(EditorContext);
  if (!v) throw new Error('useEditor() outside <EditorContext>');
  return v;
}

export const useDoc = <T,>(selector: (s: DocState) => T): T => useStore(useEditor().editor.doc, selector);
export const useSession = <T,>(selector: (s: SessionState) => T): T => useStore(useEditor().editor.session, selector);
export const useSaveStatus = <T,>(selector: (s: AutosaveStatus) => T): T => useStore(useEditor().editor.saveStatus, selector);
export const useHistory = <T,>(selector: (s: HistoryState<Selection>) => T): T => useStore(useEditor().editor.history.store, selector);
