import type { Story } from '../story/schema/story.ts';
import type { AssetSource } from './asset-source.ts';
import { storyRepository } from './idb-repository.ts';

/**
 * The editor and library ask for an export (a story package to keep on a USB stick or send by
 * e-mail) through this hook; the package engineer registers the real exporter. A successful
 * export is recorded (lastExportedAt), which quiets the "export your work" reminders.
 */
export interface ExportRequest {
  storyId: string;
  /**
   * The document to export when it is newer than the saved one (the editor passes what is in
   * memory, e.g. when saving failed because the disk is full), with a source for its media.
   * Without it, export what is saved.
   */
  story?: Story;
  assets?: AssetSource;
}

export type StoryExporter = (request: ExportRequest) => Promise<'exported' | 'cancelled'>;

let exporter: StoryExporter | null = null;
const listeners = new Set<() => void>();

export function setStoryExporter(fn: StoryExporter | null): void {
  exporter = fn;
  listeners.forEach((l) => l());
}

export function hasStoryExporter(): boolean {
  return exporter !== null;
}

export function onExporterChange(cb: () => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** Exports a saved story and records it. Throws what the exporter throws. */
export async function exportStory(request: ExportRequest): Promise<'exported' | 'cancelled' | 'unavailable'> {
  if (!exporter) return 'unavailable';
  const result = await exporter(request);
  // Recording it may fail when the disk is full: the export itself still happened.
  if (result === 'exported') await storyRepository().markExported(request.storyId).catch(() => undefined);
  return result;
}
