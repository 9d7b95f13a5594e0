import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * Editor-only view state for media (never saved): is the media library showing instead of the
 * inspector? Are files being added (the scene's 3D view waits, so the page stays responsive)?
 */
interface MediaUi {
  libraryOpen: boolean;
  importing: boolean;
}
export const mediaUi = createStore<MediaUi>(() => ({ libraryOpen: false, importing: false }));
export const useMediaUi = <T,>(selector: (s: MediaUi) => T): T => useStore(mediaUi, selector);
export const setLibraryOpen = (libraryOpen: boolean) => mediaUi.setState({ libraryOpen });
export const setImporting = (importing: boolean) => mediaUi.setState({ importing });
