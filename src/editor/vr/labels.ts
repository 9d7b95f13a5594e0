import type { Story } from '../../story/schema/story.ts';
import type { Hotspot } from '../../story/schema/hotspot.ts';
import { localize } from '../../story/text.ts';
import { t } from '../../i18n/index.ts';
import { languageLabel } from '../panels/fields.tsx';

/** A typing panel's title, naming the language written when the story has several. */
export const writingTitle = (story: Story, lang: string, title: string) => (story.meta.languages.length > 1 ? `${title} (${languageLabel(lang)})` : title);

/** A scene's title for people (never empty). */
export function sceneTitle(story: Story, sceneId: string): string {
  const scene = story.scenes.find((s) => s.id === sceneId);
  return (scene && localize(scene.title, story.meta.defaultLanguage)) || t('editor.scene.untitled');
}

/** A hotspot's label as the desktop view shows it: its own, or the title of the scene it leads to. */
export function hotspotLabel(story: Story, h: Hotspot, lang = story.meta.defaultLanguage): string {
  const own = localize(h.label, lang);
  if (own) return own;
  return h.action.type === 'goto' ? sceneTitle(story, h.action.sceneId) : '';
}

/** What a hotspot does, in words ("Goes to The hall"). */
export function describeAction(story: Story, h: Hotspot): string {
  const a = h.action;
  if (a.type === 'goto') return t('vrEdit.goesTo', { title: sceneTitle(story, a.sceneId) });
  if (a.type === 'info') return t('vrEdit.showsInfo');
  if (a.type === 'question') return t('vrEdit.asksQuestion');
  const asset = story.assets.find((x) => x.id === a.asset);
  return t('vrEdit.playsSound', { name: asset?.name || t('sceneView.sound') });
}
