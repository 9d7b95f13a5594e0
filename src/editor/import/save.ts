import placeholderUrl from '../../../workshops/templates/my-place/media/your-360-photo-here.jpg?url';
import type { ImportResult } from '../../story/io/importers/index.ts';
import type { StoryListing, StoryRepository } from '../../storage/repository.ts';

/** The "your 360° photo goes here" picture, bundled with the app (works offline). */
export async function placeholderBytes(): Promise<Uint8Array> {
  const response = await fetch(placeholderUrl);
  if (!response.ok) throw new Error(`placeholder ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Saves the imported story and its pictures into the library, in one transaction. */
export function saveImported(repo: StoryRepository, result: ImportResult): Promise<StoryListing> {
  const assets = [...result.media].map(([id, m]) => [id, new Blob([m.bytes as Uint8Array<ArrayBuffer>], { type: m.mime })] as const);
  return repo.save(result.story, { assets });
}
