import type { ComponentType } from 'react';
import type { Story } from '../story/schema/story.ts';
import type { AssetSource } from '../storage/asset-source.ts';

/** The document in memory (saved or not) with its media: what the editor's file actions work on. */
export interface CurrentStory {
  story: Story;
  assets?: AssetSource;
}

export interface FileActionsProps {
  storyId: string;
  title: string;
  current(): CurrentStory;
}

/**
 * What the app lets the editor do with files: export a .storyscape package, publish a website.
 * The app passes them in (src/app/EditRoute.tsx), so the editor knows nothing of how.
 */
export interface EditorFiles {
  /** The toolbar's file buttons (Export, Publish) with their dialogs. */
  Actions: ComponentType<FileActionsProps>;
  /** Exports the document in memory: offered when saving fails (e.g. the disk is full). */
  exportStory(storyId: string, current: CurrentStory): Promise<unknown>;
}
