import { noteText } from './notes.ts';
import type { ImportNote, ImportResult } from './types.ts';

/** The title a note gives a scene, by the scene's id. */
export function sceneTitle(result: ImportResult, sceneId: string): string {
  const scene = result.story.scenes.find((s) => s.id === sceneId);
  return scene?.title[result.story.meta.defaultLanguage] ?? scene?.title.en ?? sceneId;
}

/** A note about how a queued cube picture came out: joined (the app did it), failed, or not joined (no canvas here). */
export function cubeNote(result: ImportResult, sceneId: string, outcome: 'joined' | 'failed' | 'not-joined'): ImportNote {
  const code = outcome === 'joined' ? 'cube.joined' : outcome === 'failed' ? 'cube.failed' : 'cube.not-joined';
  return { kind: outcome === 'joined' ? 'info' : 'approximated', code, params: {}, message: noteText(code), scene: sceneTitle(result, sceneId) };
}

/**
 * Where no canvas can join cube pictures (the command line), the queued cubes keep their placeholder
 * and the report says so, once per scene: never "joined" for a picture that was not.
 */
export function cubesNotJoined(result: ImportResult): ImportResult {
  if (result.cubeJobs.length === 0) return result;
  const notes = [...result.report.notes, ...result.cubeJobs.map((job) => cubeNote(result, job.sceneId, 'not-joined'))];
  return { ...result, cubeJobs: [], report: { ...result.report, notes } };
}
