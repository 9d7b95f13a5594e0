import templateIndex from '../../../workshops/templates/index.json';
import type { Story } from '../../story/schema/story.ts';
import { loadStory } from '../../story/io/load.ts';

/**
 * The workshop templates (workshops/templates/), bundled with the app: index.json for the cards,
 * each story.json and GUIDE.md as its own lazy chunk, and the media as URLs of files Vite copies
 * next to the app (fetched only when a template is used). This module is itself loaded lazily.
 */
export type TemplateEntry = (typeof templateIndex.templates)[number];

export const TEMPLATES: readonly TemplateEntry[] = templateIndex.templates;

const ROOT = '../../../workshops/templates/';

const stories = import.meta.glob('../../../workshops/templates/*/story.json', { import: 'default' }) as Record<string, () => Promise<unknown>>;
const guides = import.meta.glob('../../../workshops/templates/*/GUIDE.md', { query: '?raw', import: 'default' }) as Record<string, () => Promise<string>>;
const assetFiles = import.meta.glob('../../../workshops/templates/*/asset-files.json', { import: 'default', eager: true }) as Record<string, Record<string, string>>;
const media = import.meta.glob('../../../workshops/templates/*/media/*.{jpg,jpeg,png,webp,mp3,ogg,wav,webm,vtt}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** A template's story document, checked like any loaded file. Throws when it is broken (a build error). */
export async function loadTemplateStory(entry: TemplateEntry): Promise<Story> {
  const load = stories[`${ROOT}${entry.folder}/${entry.story}`];
  if (!load) throw new Error(`The template “${entry.id}” is missing from this build.`);
  const result = loadStory(await load());
  if (!result.ok) throw new Error(`The template “${entry.id}” is broken: ${result.problems.map((p) => p.message).join(' ')}`);
  return result.story;
}

/** The URL of one of a template's media files, by asset id (its sha-256), or undefined. */
export function templateMediaUrl(entry: TemplateEntry, assetId: string): string | undefined {
  const file = assetFiles[`${ROOT}${entry.folder}/${entry.assetFiles}`]?.[assetId];
  return file ? media[`${ROOT}${entry.folder}/${file}`] : undefined;
}

/** The template's guide for facilitators and participants (Markdown). */
export function loadTemplateGuide(entry: TemplateEntry): Promise<string> {
  const load = guides[`${ROOT}${entry.folder}/${entry.guide}`];
  return load ? load() : Promise.reject(new Error(`missing guide for ${entry.id}`));
}

/** The start scene's picture (its asset id and the URL of the full file), for the template's card. */
export function templatePicture(entry: TemplateEntry, story: Story): { id: string; url: string } | undefined {
  const start = story.scenes.find((s) => s.id === story.startSceneId);
  const url = start?.panorama ? templateMediaUrl(entry, start.panorama) : undefined;
  return start?.panorama && url ? { id: start.panorama, url } : undefined;
}
