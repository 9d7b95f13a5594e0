import type { Problem } from '../../story/problems.ts';
import { parsePointer } from '../../story/problems.ts';
import type { Story } from '../../story/schema/story.ts';
import type { Editor } from '../state/editor.ts';
import { addSceneCommand } from '../commands/index.ts';
import { setLibraryOpen } from '../media/ui-store.ts';

/** What "fix it" does for one problem: its button's words and what pressing it does. */
export interface ProblemFix {
  label: 'problems.show' | 'problems.addScene' | 'problems.openMedia' | 'problems.storyTitle';
  run(): void;
}

/** Puts the keyboard on an element once React has drawn it (after a selection or a panel change). */
function focusSoon(find: () => HTMLElement | null | undefined): void {
  let tries = 0;
  const step = () => {
    const el = find();
    if (el) {
      el.scrollIntoView({ block: 'nearest' });
      el.focus();
    } else if (++tries < 10) requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
}

/**
 * The way to fix each problem: its scene or hotspot (the field to change gets the keyboard), a
 * picture or sound in the media list, the story's title, or a new scene. Every problem has one.
 */
export function problemFix(editor: Editor, story: Story, p: Problem): ProblemFix {
  if (p.hotspotId || p.sceneId) {
    return {
      label: 'problems.show',
      run() {
        setLibraryOpen(false);
        editor.select({ sceneId: p.sceneId ?? null, hotspotId: p.hotspotId ?? null });
        focusSoon(() => document.getElementById(p.hotspotId ? `hotspot-label-${p.hotspotId}` : 'scene-title-input'));
      },
    };
  }
  const [head, index] = parsePointer(p.path);
  if (head === 'assets') {
    const asset = story.assets[Number(index)];
    return {
      label: 'problems.openMedia',
      run() {
        setLibraryOpen(true);
        focusSoon(() => document.getElementById(`asset-${asset?.id}`)?.closest('li')?.querySelector<HTMLElement>('input, textarea, select, button'));
      },
    };
  }
  if (p.code === 'story-empty') return { label: 'problems.addScene', run: () => void editor.run(addSceneCommand, undefined) };
  if (head === 'meta') {
    return { label: 'problems.storyTitle', run: () => focusSoon(() => document.getElementById('story-title-input')) };
  }
  // The start or the ending: chosen on a scene (its panel has "Start here" and "This is an ending").
  const scene = story.scenes.find((s) => s.id === story.startSceneId) ?? story.scenes[0];
  return {
    label: 'problems.show',
    run() {
      setLibraryOpen(false);
      editor.select({ sceneId: scene?.id ?? null, hotspotId: null });
      focusSoon(() => document.querySelector<HTMLElement>('.scene-panel .row button, .scene-panel .check input'));
    },
  };
}
