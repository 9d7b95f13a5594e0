import type { Ref } from 'react';
import { uiDirection } from '../../i18n/player.ts';

interface Props {
  storyTitle: string;
  sceneTitle: string;
  headingRef: Ref<HTMLHeadingElement>;
  lang: string;
}

/**
 * The story and place names, top left (top right in a right-to-left UI). The box is placed by the
 * UI's direction (the toolbar mirrors with it); the names inside keep the story language's own
 * direction, so an English story in the Arabic UI keeps its punctuation and never sits under the
 * buttons. The scene title takes focus after a move (tabIndex -1).
 */
export function SceneHeader({ storyTitle, sceneTitle, headingRef, lang }: Props) {
  const dir = uiDirection(lang);
  return (
    <header className="ssp-header ssp-panel">
      <h1 className="ssp-story-title" lang={lang} dir={dir}>
        {storyTitle}
      </h1>
      <h2 className="ssp-scene-title" ref={headingRef} tabIndex={-1} lang={lang} dir={dir}>
        {sceneTitle}
      </h2>
    </header>
  );
}
