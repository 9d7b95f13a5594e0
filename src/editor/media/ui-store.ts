import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** Editor-only view state for media (never saved): is the media library showing instead of the inspector? */
export const mediaUi = createStore<{ libraryOpen: boolean }>(() => ({ libraryOpen: false }));
export const useMediaUi = <T,>(selector: (s: { libraryOpen: boolean }) => T): T => useStore(mediaUi, selector);
export const setLibraryOpen = (libraryOpen: boolean) => mediaUi.setState({ libraryOpen });
