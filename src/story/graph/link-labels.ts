import type { HotspotId, LocalizedText, SceneId } from '../schema/common.ts';
import type { Hotspot, HotspotAction } from '../schema/hotspot.ts';
import type { Story } from '../schema/story.ts';
import { setText } from './text.ts';
import { updateHotspot } from './ops.ts';
import { keepTallies } from './tallies.ts';

/**
 * A go-to hotspot's label follows its target scene's title (rename the scene and the way there is
 * renamed too) until the author writes a label of their own: then `ownLabel` is stored on the
 * hotspot and the label is left alone. Stories saved before `ownLabel` existed have no mark: there a
 * label that is empty or equal to the target's title follows it, and any other label is the author's.
 */

const titleOf = (story: Story, sceneId: SceneId): LocalizedText | undefined => story.scenes.find((s) => s.id === sceneId)?.title;

/** Whether the label in `language` is still the target's title (or empty), i.e. not the author's own. */
function followsIn(h: Hotspot, title: LocalizedText | undefined, language: string): boolean {
  if (h.ownLabel) return false;
  const label = h.label[language];
  return label === undefined || label === '' || label === title?.[language];
}

/** Whether every language of the hotspot's label follows its target's title. */
export function labelFollowsTarget(story: Story, h: Hotspot): boolean {
  if (h.action.type !== 'goto' || h.ownLabel) return false;
  const title = titleOf(story, h.action.sceneId);
  return Object.keys(h.label).every((lang) => followsIn(h, title, lang));
}

/**
 * After a scene's title changed in `language` (from `oldTitle`): the go-to hotspots leading there
 * whose label followed the old title take the new one. Everything else is shared as it was.
 */
export function relabelLinksTo(story: Story, sceneId: SceneId, language: string, oldTitle: LocalizedText | undefined): Story {
  const newTitle = titleOf(story, sceneId)?.[language] ?? '';
  let changed = false;
  const scenes = story.scenes.map((s) => {
    let mine = false;
    const hotspots = s.hotspots.map((h) => {
      if (h.action.type !== 'goto' || h.action.sceneId !== sceneId || !followsIn(h, oldTitle, language)) return h;
      if ((h.label[language] ?? '') === newTitle) return h;
      mine = true;
      return { ...h, label: setText(h.label, language, newTitle) };
    });
    if (!mine) return s;
    changed = true;
    return { ...s, hotspots };
  });
  return changed ? { ...story, scenes } : story;
}

/**
 * The author types a label in one language. A label that differs from the target's title becomes the
 * author's own (it stops following); clearing it, or typing exactly the title, lets it follow again.
 */
export function setHotspotLabel(story: Story, hotspotId: HotspotId, language: string, text: string): Story {
  return updateHotspot(story, hotspotId, (h): Hotspot => {
    const label = setText(h.label, language, text);
    const { ownLabel: _was, ...rest } = h;
    if (h.action.type !== 'goto') return { ...rest, label };
    const title = titleOf(story, h.action.sceneId);
    const own = Object.entries(label).some(([lang, value]) => value !== '' && value !== title?.[lang]);
    return own ? { ...rest, label, ownLabel: true } : { ...rest, label };
  });
}

/**
 * Changes what a hotspot does. A label that followed the old target's title (or was empty) now shows
 * the new target's title; a label the author wrote stays.
 */
export function setHotspotAction(story: Story, hotspotId: HotspotId, action: HotspotAction): Story {
  const next = updateHotspot(story, hotspotId, (h): Hotspot => {
    const wasGoto = h.action.type === 'goto' ? h.action.sceneId : null;
    const nextGoto = action.type === 'goto' ? action.sceneId : null;
    if (wasGoto === nextGoto) return { ...h, action };
    const follows = !h.ownLabel && (Object.keys(h.label).length === 0 || (wasGoto !== null && labelFollowsTarget(story, h)));
    if (!follows) return { ...h, action };
    const { ownLabel: _was, ...rest } = h;
    return { ...rest, action, label: nextGoto !== null ? { ...(titleOf(story, nextGoto) ?? {}) } : {} };
  });
  // The tallies closed links wait for ("answered right") follow a question's right answers.
  return action.type === 'question' ? keepTallies(next) : next;
}
