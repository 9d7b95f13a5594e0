import { storyRepository } from './repository.ts';

/**
 * The editor and library ask for an export (a story package to keep on a USB stick or send by
 * e-mail) through this hook; the package engineer registers the real exporter. A successful
 * export is recorded (lastExportedAt), which quiets the "export your work" reminders.
 */
export type StoryExporter = (storyId: string) => Promise<'exported' | 'cancelled'>;

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
export async function exportStory(storyId: string): Promise<'exported' | 'cancelled' | 'unavailable'> {
  if (!exporter) return 'unavailable';
  const result = await exporter(storyId);
  if (result === 'exported') await storyRepository().markExported(storyId);
  return result;
}
