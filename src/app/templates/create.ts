import type { Story } from '../../story/schema/story.ts';
import { newId } from '../../story/graph/ops.ts';
import type { StoryListing, StoryRepository } from '../../storage/repository.ts';
import { hashBlob } from '../../story/hash.ts';
import { t } from '../../i18n/index.ts';
import { loadTemplateStory, templateMediaUrl, type TemplateEntry } from './catalogue.ts';
import { missingAssets, storyFromTemplate } from './copy.ts';

/** Why a template could not be used, in words for the person using it. */
export class TemplateError extends Error {}

export interface TemplateProgress {
  done: number;
  total: number;
}

/**
 * "Use this template": a new story in the library with the template's scenes and text, its media
 * copied into the content-addressed blob store (only the files not stored yet; each one checked
 * against its sha-256), all saved in one transaction. Reports progress in bytes.
 */
export async function createFromTemplate(repo: StoryRepository, entry: TemplateEntry, onProgress?: (p: TemplateProgress) => void): Promise<StoryListing> {
  const template: Story = await loadTemplateStory(entry);
  const have = await repo.hasAssets(template.assets.map((a) => a.id));
  const missing = missingAssets(template, have);
  const total = missing.reduce((sum, a) => sum + a.bytes, 0);
  let done = 0;
  onProgress?.({ done, total });
  const blobs: Array<[string, Blob]> = [];
  for (const asset of missing) {
    blobs.push([asset.id, await fetchChecked(entry, asset.id)]);
    done += asset.bytes;
    onProgress?.({ done, total });
  }
  const story = storyFromTemplate(template, { id: newId('story'), now: new Date() });
  return repo.save(story, { assets: blobs });
}

async function fetchChecked(entry: TemplateEntry, id: string): Promise<Blob> {
  const url = templateMediaUrl(entry, id);
  if (!url) throw new TemplateError(t('templates.error.missing'));
  let blob: Blob;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(String(res.status));
    blob = await res.blob();
  } catch {
    throw new TemplateError(t('templates.error.fetch'));
  }
  if ((await hashBlob(blob)) !== id) throw new TemplateError(t('templates.error.damaged'));
  return blob;
}
