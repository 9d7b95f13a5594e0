import type { AssetSource } from '../storage/asset-source.ts';
import type { EarlyDecodes } from './view/textures/earlyDecodes.ts';
import type { GuideLink } from './guided/link.ts';
import type { EarlyChoice } from './standalone/boot.ts';
import type { Story } from '../story/schema/index.ts';

/** What the story player (PlayerScreen.tsx) is given. */
export interface PlayerScreenProps {
  story: Story;
  assets: AssetSource;
  /** The reader's language (BCP 47); falls back to the story's default language. */
  language?: string;
  /** Shows an "Exit" item in the menu that calls this (e.g. back to the library). */
  onExit?: () => void;
  /** Installs `window.__story` for tests and benchmarks. */
  debug?: boolean;
  /** Bytes of panorama textures kept on the GPU (current scene + likeliest neighbours). */
  textureBudgetBytes?: number;
  /** Largest panorama side in pixels (capped by the GPU's limit anyway). */
  maxTextureSize?: number;
  /** "none" cuts between scenes even without prefers-reduced-motion (benchmarks). */
  transition?: 'fade' | 'none';
  /** false hides the on-screen controls and dialogs (benchmarks only: they are how people play). */
  chrome?: boolean;
  /** Decodes started before the player mounted (the standalone page starts the first picture before React loads). */
  early?: EarlyDecodes;
  /** On a room hub: this player is a guided headset, or the facilitator's leading player (#16). */
  guide?: GuideLink;
  /**
   * Choices made before the player was up (the published page's first script, boot.ts): those made
   * already as it starts, then any made on the early list while it starts. Returns the way to stop.
   */
  earlyChoices?: (take: (choice: EarlyChoice) => void) => () => void;
}
