import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { importFiles, type ImportFile, type ImportResult } from '../../../src/story/io/importers/index.ts';
import { loadStory } from '../../../src/story/io/load.ts';

export const root = resolve(import.meta.dirname, '../../..');
export const placeholder = new Uint8Array(readFileSync(resolve(root, 'workshops/templates/my-place/media/your-360-photo-here.jpg')));
export const real = (path: string, as = path.split('/').pop()!): ImportFile => ({ path: as, bytes: new Uint8Array(readFileSync(resolve(root, 'tests/fixtures/real', path))) });
export const textFile = (path: string, text: string): ImportFile => ({ path, bytes: new TextEncoder().encode(text) });

/** Imports and insists it worked and the result is a valid story. */
export function importOk(files: ImportFile[], options: { language?: string } = {}): ImportResult[] {
  const outcome = importFiles(files, { placeholder, storyId: 'imported', now: () => new Date('2026-01-01T00:00:00Z'), ...options });
  if (!outcome.ok) throw new Error(outcome.message);
  for (const r of outcome.results) {
    const loaded = loadStory(JSON.parse(JSON.stringify(r.story)));
    expect(loaded.ok, JSON.stringify(loaded.ok ? '' : loaded.problems)).toBe(true);
  }
  return outcome.results;
}

export function importError(files: ImportFile[]): string {
  const outcome = importFiles(files, { placeholder });
  if (outcome.ok) throw new Error('expected the import to be refused');
  return outcome.message;
}

export const scene = (r: ImportResult, id: string) => {
  const s = r.story.scenes.find((x) => x.id === id);
  if (!s) throw new Error(`no scene ${id}`);
  return s;
};
export const gotos = (r: ImportResult, id: string) =>
  scene(r, id).hotspots.flatMap((h) => (h.action.type === 'goto' ? [{ target: h.action.sceneId, yaw: h.yaw, pitch: h.pitch, label: h.label.en }] : []));
export const infos = (r: ImportResult, id: string) => scene(r, id).hotspots.filter((h) => h.action.type === 'info');
