import type { Story } from '../story/schema/story.ts';
import { loadStory } from '../story/io/load.ts';
import { urlMapSource, type AssetSource } from '../storage/asset-source.ts';
import storyJson from '../../assets/sample/story.json';
import assetFiles from '../../assets/sample/asset-files.json';

/** The built-in sample story: its document and its media, bundled with the app. */
export const SAMPLE_STORY_ID = 'sample';

const bundled = import.meta.glob('../../assets/sample/**/*.{jpg,png,webp,mp3,ogg,wav,webm}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function sampleUrls(): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const [id, file] of Object.entries(assetFiles as Record<string, string>)) {
    const url = bundled[`../../assets/sample/${file}`];
    if (url) urls[id] = url;
  }
  return urls;
}

export function loadSampleStory(): { story: Story; assets: AssetSource } {
  const result = loadStory(storyJson);
  if (!result.ok) {
    // The sample is checked by unit tests; reaching this is a build error, not a user's problem.
    throw new Error(`The built-in sample story is broken: ${result.problems.map((p) => p.message).join(' ')}`);
  }
  return { story: result.story, assets: urlMapSource(sampleUrls()) };
}

/** Thumbnail URL of the sample's start scene, for the library card. */
export function sampleThumbnail(): string | undefined {
  const start = (storyJson as { startSceneId?: string; scenes?: Array<{ id: string; panorama: string | null }> }).scenes?.find(
    (s) => s.id === (storyJson as { startSceneId?: string }).startSceneId,
  );
  const file = start?.panorama ? (assetFiles as Record<string, string>)[start.panorama] : undefined;
  return file ? bundled[`../../assets/sample/${file.replace(/\.jpg$/, '.thumb.jpg')}`] : undefined;
}
