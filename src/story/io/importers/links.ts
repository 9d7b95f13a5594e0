import { isOpenableLink } from '../../graph/lint/links.ts';
import type { Scene } from '../../schema/scene.ts';
import type { NoteCode, NoteParams } from './notes.ts';
import type { ImportNote } from './types.ts';

/** What finishLinks needs of the StoryBuilder (the builder calls it, so it cannot import the builder). */
interface LinkHost {
  readonly scenes: Scene[];
  readonly language: string;
  text(s: string): Record<string, string>;
  note(kind: ImportNote['kind'], code: NoteCode, params?: NoteParams, scene?: string): void;
}

/** A tour's web link as the player will open it, or null when it never would (javascript:, relative, broken). */
export const safeUrl = (url: string): string | null => (isOpenableLink(url) ? url.trim() : null);

/**
 * Go-to labels once every scene is in: a link with no words takes its target scene's title (and keeps
 * following it when the scene is renamed); words of the tour's own that differ from the title are
 * marked as the author's (`ownLabel`), so renaming the scene leaves them alone.
 */
export function finishLinks(b: LinkHost): void {
  const titles = new Map(b.scenes.map((s) => [s.id, s.title[b.language] ?? '']));
  for (const scene of b.scenes) {
    for (const h of scene.hotspots) {
      if (h.action.type !== 'goto') continue;
      const title = titles.get(h.action.sceneId) ?? '';
      const label = h.label[b.language] ?? '';
      if (label === '') {
        h.label = title ? b.text(title) : {};
        b.note('info', 'link.label-from-title', {}, scene.title[b.language]);
      } else if (label !== title) h.ownLabel = true;
    }
  }
}
