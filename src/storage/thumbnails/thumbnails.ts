import type { StoryRepository } from '../repository.ts';
import { THUMB_WIDTH, makeThumbnail } from './make.ts';
import { workerClient } from './worker-client.ts';

const inWorker = workerClient<{ blob: Blob; width: number }, { thumbnail: Blob }>(
  () => new Worker(new URL('./thumbnail.worker.ts', import.meta.url), { type: 'module' }),
  async ({ blob, width }) => ({ thumbnail: await makeThumbnail(blob, width) }),
);

/** A small copy of a picture, made in a worker (a 4096 px panorama decodes without freezing the page). */
export async function thumbnailOffThread(blob: Blob, width = THUMB_WIDTH): Promise<Blob> {
  return (await inWorker({ blob, width })).thumbnail;
}

/**
 * The small copy of a picture, by its content hash: from the thumbnail cache (IndexedDB, beside
 * the stories, never in a saved story), else made once from `original()` off the page's thread
 * and kept. Null when there is no picture; the picture itself where no small copy can be made.
 */
export async function cachedThumbnail(
  repo: Pick<StoryRepository, 'getThumbnail' | 'putThumbnail'>,
  hash: string,
  original: () => Promise<Blob | null>,
): Promise<Blob | null> {
  const cached = await repo.getThumbnail(hash).catch(() => null);
  if (cached) return cached;
  const blob = await original();
  if (!blob || (blob.type && !blob.type.startsWith('image/'))) return null;
  const small = await thumbnailOffThread(blob).catch(() => null);
  if (small) await repo.putThumbnail(hash, small).catch(() => undefined);
  return small ?? blob;
}
