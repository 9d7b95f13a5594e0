import type { LocalizedText, Scene, Story } from '../story/schema/index.ts';

/** What a screen reader hears on arrival: the place's title, then its description (or the picture's alt text). */
export function sceneAnnouncement(story: Story, scene: Scene, t: (text: LocalizedText | undefined) => string): string {
  const title = t(scene.title) || scene.id;
  const pano = scene.panorama ? story.assets.find((a) => a.id === scene.panorama) : undefined;
  const description = t(scene.description) || (pano?.kind === 'image' ? t(pano.alt) : '');
  return description ? `${title}. ${description}` : title;
}

/** Two sentences as one announcement: "Pond. You are in the pond." + "The end." (no doubled full stop). */
export function joinSentences(first: string, second: string): string {
  if (!first) return second;
  return /[.!?…。؟]$/u.test(first) ? `${first} ${second}` : `${first}. ${second}`;
}

/** A language's own name ("norsk bokmål" for "nb"), or its code when the browser does not know it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
