import type { ImageAsset } from '../../schema/asset.ts';
import { lintStory } from '../../graph/lint.ts';
import { probeImage } from '../package/image-size.ts';
import { assetIdOf } from '../../hash.ts';
import { noteText } from './notes.ts';
import type { ImportResult } from './types.ts';

/** Draws the placeholder picture for one passage title (a JPEG), or null when it cannot. */
export type DrawTitled = (title: string) => Promise<Uint8Array | null> | Uint8Array | null;

/** Who made the placeholder pictures and that they are free to use: the same for every one. */
export const PLACEHOLDER_CREDIT = { author: 'Storyscape contributors', licence: 'CC0-1.0', source: 'Storyscape placeholder picture' } as const;

/**
 * Gives each Twine passage its own "your 360° photo goes here" picture showing the passage's title
 * (stored once per distinct title, by sha-256), instead of the one shared picture the importer put in.
 * The pictures stay `placeholder: true`, so the checks keep listing them as photos to replace.
 * Titles that cannot be drawn keep the shared picture, and the report says so.
 */
export async function titlePlaceholders(result: ImportResult, draw: DrawTitled): Promise<ImportResult> {
  if (result.report.format !== 'twine-html' && result.report.format !== 'twee') return result;
  const story = structuredClone(result.story);
  const media = new Map(result.media);
  const isPlaceholder = (id: string | null) => story.assets.some((a) => a.id === id && a.kind === 'image' && a.placeholder);
  const byTitle = new Map<string, string | null>();
  let notDrawn = 0;
  for (const scene of story.scenes) {
    if (!isPlaceholder(scene.panorama)) continue;
    const title = scene.title[story.meta.defaultLanguage] ?? scene.id;
    if (!byTitle.has(title)) byTitle.set(title, addPicture(story.assets, media, title, await draw(title)));
    const id = byTitle.get(title);
    if (id) scene.panorama = id;
    else notDrawn++;
  }
  const used = new Set(story.scenes.map((s) => s.panorama));
  story.assets = story.assets.filter((a) => a.kind !== 'image' || !a.placeholder || used.has(a.id));
  for (const id of [...media.keys()]) if (!story.assets.some((a) => a.id === id)) media.delete(id);
  const notes = [...result.report.notes];
  if (notDrawn > 0) notes.push({ kind: 'info', code: 'twine.titles-not-drawn', params: { count: notDrawn }, message: noteText('twine.titles-not-drawn', { count: notDrawn }) });
  return { ...result, story, media, problems: lintStory(story), report: { ...result.report, notes } };
}

function addPicture(assets: ImportResult['story']['assets'], media: ImportResult['media'], title: string, bytes: Uint8Array | null): string | null {
  if (!bytes) return null;
  const probe = probeImage(bytes);
  if (probe.status !== 'ok') return null;
  const id = assetIdOf(bytes);
  if (!assets.some((a) => a.id === id)) {
    const asset: ImageAsset = {
      id,
      kind: 'image',
      mime: 'image/jpeg',
      bytes: bytes.length,
      name: `${title.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'passage'}-placeholder.jpg`,
      width: probe.width,
      height: probe.height,
      credit: { ...PLACEHOLDER_CREDIT },
      consent: { peopleRecognisable: 'unknown', consentRecorded: false },
      alt: { en: `Placeholder picture, to be replaced: “${title.slice(0, 500)}” and “Your 360° photo goes here”.` },
      placeholder: true,
    };
    assets.push(asset);
    media.set(id, { bytes, mime: 'image/jpeg' });
  }
  return id;
}
