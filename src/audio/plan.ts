/**
 * What a scene needs loaded, and which loaded sounds to keep (pure).
 *
 * Every Howl the engine makes has a key. Keys are per ROLE because a Howl's playback mode and routing
 * differ by role (beds and one-shots share decoded buffers anyway: howler caches them by URL):
 *   bed:<asset>                 looping Web Audio buffer, shared by every scene that uses the same
 *                               ambience (so it keeps playing across a scene change instead of restarting)
 *   src:<scene>/<source>:<asset>[:once]  Web Audio buffer with its own HRTF panner position (looping
 *                               or not is fixed when howler starts a buffer, so it is part of the key)
 *   narr:<asset>                 streamed HTML5 audio (long files), current scene only
 *   shot:<asset>                 one-shot Web Audio buffer for "play sound" hotspots
 */
import type { Scene } from '../story/index.ts';
import { pickRecording } from './captions.ts';

export type SoundRole = 'bed' | 'source' | 'narration' | 'shot';

export interface SoundNeed {
  key: string;
  role: SoundRole;
  assetId: string;
  sceneId: string;
  /** Bed id, source id, hotspot id, or the recording's language for narration. */
  itemId: string;
  /** Beds always loop; sources as authored; narration and one-shots never. */
  loop: boolean;
}

export const bedKey = (assetId: string) => `bed:${assetId}`;
export const sourceKey = (sceneId: string, sourceId: string, assetId: string, loop = true) =>
  `src:${sceneId}/${sourceId}:${assetId}${loop ? '' : ':once'}`;
export const narrationKey = (assetId: string) => `narr:${assetId}`;
export const shotKey = (assetId: string) => `shot:${assetId}`;

/** Scene fields the audio engine reads (a full Scene fits). */
export type AudioScene = Pick<Scene, 'id' | 'soundscape'> & { hotspots?: Scene['hotspots'] };

/**
 * The Howls a scene needs. Narration only for the scene being entered (`withNarration`): it streams,
 * so there is nothing worth preloading for a neighbour.
 */
export function sceneNeeds(
  scene: AudioScene,
  language: string,
  fallbackLanguage: string | null | undefined,
  withNarration: boolean,
): SoundNeed[] {
  const needs: SoundNeed[] = [];
  const sc = scene.soundscape;
  for (const bed of sc?.beds ?? []) {
    needs.push({ key: bedKey(bed.asset), role: 'bed', assetId: bed.asset, sceneId: scene.id, itemId: bed.id, loop: true });
  }
  for (const src of sc?.sources ?? []) {
    const loop = src.loop !== false;
    needs.push({ key: sourceKey(scene.id, src.id, src.asset, loop), role: 'source', assetId: src.asset, sceneId: scene.id, itemId: src.id, loop });
  }
  if (withNarration && sc?.narration) {
    const rec = pickRecording(sc.narration.recordings, language, fallbackLanguage);
    if (rec) {
      needs.push({ key: narrationKey(rec.assetId), role: 'narration', assetId: rec.assetId, sceneId: scene.id, itemId: rec.language, loop: false });
    }
  }
  for (const h of scene.hotspots ?? []) {
    if (h.action.type === 'sound') {
      needs.push({ key: shotKey(h.action.asset), role: 'shot', assetId: h.action.asset, sceneId: scene.id, itemId: h.id, loop: false });
    }
  }
  return needs;
}

/** Everything to have loaded while `current` plays: its needs, then its neighbours' (first wins per key). */
export function wantedNeeds(
  current: AudioScene | null,
  neighbours: readonly AudioScene[],
  language: string,
  fallbackLanguage?: string | null,
): Map<string, SoundNeed> {
  const wanted = new Map<string, SoundNeed>();
  const add = (list: SoundNeed[]) => {
    for (const n of list) if (!wanted.has(n.key)) wanted.set(n.key, n);
  };
  if (current) add(sceneNeeds(current, language, fallbackLanguage, true));
  for (const s of neighbours) if (s.id !== current?.id) add(sceneNeeds(s, language, fallbackLanguage, false));
  return wanted;
}

/**
 * Which loaded keys to unload and which wanted keys to load. A loaded key stays while it is wanted
 * or busy (still sounding, e.g. an outgoing bed in its fade-out or a one-shot that has not finished).
 */
export function planRetention(
  loaded: Iterable<string>,
  wanted: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  busy: ReadonlySet<string>,
): { unload: string[]; load: string[] } {
  const have = new Set(loaded);
  const unload: string[] = [];
  for (const k of have) if (!wanted.has(k) && !busy.has(k)) unload.push(k);
  const load: string[] = [];
  for (const k of wanted.keys()) if (!have.has(k)) load.push(k);
  return { unload, load };
}
