import type { Ref } from 'react';
import { uiDirection } from '../../i18n/player.ts';

interface Props {
  storyTitle: string;
  sceneTitle: string;
  headingRef: Ref<HTMLHeadingElement>;
  lang: string;
}

/** The story and place names, top left. The scene title takes focus after a move (tabIndex -1). */
export function SceneHeader({ storyTitle, sceneTitle, headingRef, lang }: Props) {
  return (
    <header className="ssp-header ssp-panel" lang={lang} dir={uiDirection(lang)}>
      <h1 className="ssp-story-title">{storyTitle}</h1>
      <h2 className="ssp-scene-title" ref={headingRef} tabIndex={-1}>
        {sceneTitle}
      </h2>
    </header>
  );
}
