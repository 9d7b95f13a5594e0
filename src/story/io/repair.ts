import { FOV_MAX, FOV_MIN, PITCH_MAX, PITCH_MIN } from '../schema/common.ts';
import { pointer, type Problem } from '../problems.ts';
import { normalizeYaw } from '../angles.ts';
import type { PhraseParams } from '../phrase.ts';
import { loadWords, type LoadWord } from './load-words.ts';

/**
 * Repair-on-load: fixes, on the raw (migrated, not yet validated) document, what can be fixed
 * safely without guessing the author's intent, and logs each fix as an "info" problem.
 * It never throws and never deletes content.
 */
type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const NONE: ReadonlyMap<string, string> = new Map();
const SOUND_LISTS = ['beds', 'sources'] as const;

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export interface RepairResult {
  doc: Raw;
  fixes: Problem[];
}

export interface RepairOptions {
  /** Repair `input` itself instead of a copy (for a document the caller has just parsed and owns). */
  inPlace?: boolean;
}

export function repairStory(input: Raw, options: RepairOptions = {}): RepairResult {
  const doc: Raw = options.inPlace ? input : structuredClone(input);
  const fixes: Problem[] = [];
  const fix = (path: PropertyKey[], code: string, key: LoadWord, params: PhraseParams | undefined, sceneId?: string, hotspotId?: string) =>
    fixes.push({ severity: 'info', code, ...loadWords(key, params), path: pointer(path), sceneId, hotspotId });

  const meta = isObj(doc.meta) ? doc.meta : undefined;
  const lang =
    meta && typeof meta.defaultLanguage === 'string'
      ? meta.defaultLanguage
      : meta && Array.isArray(meta.languages) && typeof meta.languages[0] === 'string'
        ? meta.languages[0]
        : 'en';

  if (meta) {
    if (!Array.isArray(meta.languages) || meta.languages.length === 0) {
      meta.languages = [lang];
      fix(['meta', 'languages'], 'repair-languages', 'repair.languages-missing', { language: lang });
    } else if (typeof meta.defaultLanguage === 'string' && !meta.languages.includes(meta.defaultLanguage)) {
      meta.languages = [meta.defaultLanguage, ...meta.languages];
      fix(['meta', 'languages'], 'repair-languages', 'repair.main-language-added', { language: meta.defaultLanguage });
    }
    if (typeof meta.defaultLanguage !== 'string') {
      meta.defaultLanguage = lang;
      fix(['meta', 'defaultLanguage'], 'repair-default-language', 'repair.main-language-missing', { language: lang });
    }
  }

  /** Plain strings where localized text is expected become { [defaultLanguage]: text }. */
  const localize = (obj: Raw, key: string, path: PropertyKey[]) => {
    if (typeof obj[key] === 'string') {
      obj[key] = { [lang]: obj[key] };
      fix([...path, key], 'repair-text-language', 'repair.text-language', { path: pointer([...path, key]), language: lang });
    }
  };

  const angle = (obj: Raw, key: 'yaw' | 'pitch' | 'fov' | 'northOffset', path: PropertyKey[], sceneId?: string, hotspotId?: string) => {
    const v = obj[key];
    if (typeof v !== 'number') return;
    let next: number;
    if (!Number.isFinite(v)) next = key === 'fov' ? 75 : 0;
    else if (key === 'yaw' || key === 'northOffset') next = normalizeYaw(v);
    else if (key === 'pitch') next = clamp(v, PITCH_MIN, PITCH_MAX);
    else next = clamp(v, FOV_MIN, FOV_MAX);
    if (next !== v) {
      obj[key] = next;
      fix([...path, key], 'repair-angle', 'repair.angle', { field: key, from: v, to: next }, sceneId, hotspotId);
    }
  };

  /**
   * Gives every item of a list a valid, unique id (new ones start with `prefix()`). New ids avoid every valid id in the list (so a
   * later item never loses its own id to a generated one) and stay within 64 characters.
   * Returns, for ids that were invalid (not duplicates), old -> new, so references can follow.
   */
  const ensureIds = (
    list: unknown[],
    path: PropertyKey[],
    prefix: () => string,
    seen: Set<string>,
    sceneId?: string,
    reserved: () => ReadonlySet<string> = () => validIds([list]),
  ): ReadonlyMap<string, string> => {
    // Made only when an id is generated, which is rare: not for every list.
    let renamed: Map<string, string> | null = null;
    let taken: ReadonlySet<string> | null = null;
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (!isObj(item)) continue;
      const id = item.id;
      const valid = typeof id === 'string' && ID_RE.test(id);
      if (valid && !seen.has(id)) {
        seen.add(id);
        continue;
      }
      taken ??= reserved();
      renamed ??= new Map();
      const base = prefix().slice(0, 50);
      let n = i + 1;
      let candidate = `${base}-${n}`;
      while (seen.has(candidate) || taken.has(candidate)) candidate = `${base}-${++n}`;
      seen.add(candidate);
      item.id = candidate;
      if (typeof id === 'string' && !valid && !renamed.has(id)) renamed.set(id, candidate);
      fix([...path, i, 'id'], 'repair-id', valid ? 'repair.id-twice' : 'repair.id-invalid', valid ? { id, to: candidate } : { to: candidate }, sceneId);
    }
    return renamed ?? NONE;
  };

  /** The valid ids of the items of some lists (to keep generated ids away from them). */
  const validIds = (lists: unknown[][]): Set<string> => {
    const ids = new Set<string>();
    for (const list of lists) {
      for (const item of list) if (isObj(item) && typeof item.id === 'string' && ID_RE.test(item.id)) ids.add(item.id);
    }
    return ids;
  };

  /** Asset ids are lower-case hex: references written in upper case are lowered (as the assets are). */
  const ASSET_HEX = /^[0-9A-Fa-f]{64}$/;
  const lowerRef = (obj: Raw, key: string) => {
    const v = obj[key];
    if (typeof v === 'string' && ASSET_HEX.test(v)) obj[key] = v.toLowerCase();
  };

  if (Array.isArray(doc.assets)) {
    doc.assets.forEach((a, i) => {
      if (isObj(a) && typeof a.id === 'string' && /^[0-9A-F]{64}$/i.test(a.id) && a.id !== a.id.toLowerCase()) {
        a.id = a.id.toLowerCase();
        fix(['assets', i, 'id'], 'repair-asset-id', 'repair.asset-id', undefined);
      }
    });
  }

  if (Array.isArray(doc.scenes)) {
    const sceneIds = new Set<string>();
    const renamedScenes = ensureIds(doc.scenes, ['scenes'], () => 'scene', sceneIds);
    // Links and the start follow a scene whose (invalid) id was replaced.
    if (renamedScenes.size > 0) {
      if (typeof doc.startSceneId === 'string' && renamedScenes.has(doc.startSceneId)) {
        const to = renamedScenes.get(doc.startSceneId)!;
        fix(['startSceneId'], 'repair-link', 'repair.start-renamed', { from: doc.startSceneId, to });
        doc.startSceneId = to;
      }
      doc.scenes.forEach((s, si) => {
        if (!isObj(s) || !Array.isArray(s.hotspots)) return;
        s.hotspots.forEach((h, hi) => {
          if (!isObj(h) || !isObj(h.action) || typeof h.action.sceneId !== 'string') return;
          const to = renamedScenes.get(h.action.sceneId);
          if (to === undefined) return;
          fix(['scenes', si, 'hotspots', hi, 'action', 'sceneId'], 'repair-link', 'repair.link-renamed', { from: h.action.sceneId, to }, typeof s.id === 'string' ? s.id : undefined);
          h.action.sceneId = to;
        });
      });
    }
    const hotspotIds = new Set<string>();
    const soundIds = new Set<string>();
    // Hotspot and sound ids are unique story-wide: generated ones avoid those of every scene.
    // (Built only when an id has to be generated: most stories need none.)
    const sceneObjs = () => (doc.scenes as unknown[]).filter(isObj);
    let allHotspotIds: Set<string> | null = null;
    let allSoundIds: Set<string> | null = null;
    const hotspotReserved = () => (allHotspotIds ??= validIds(sceneObjs().map((s) => (Array.isArray(s.hotspots) ? s.hotspots : []))));
    const soundReserved = () =>
      (allSoundIds ??= validIds(
        sceneObjs().flatMap((s) =>
          isObj(s.soundscape)
            ? [s.soundscape.beds, s.soundscape.sources].filter((l): l is unknown[] => Array.isArray(l))
            : [],
        ),
      ));
    // One path, changed in place as the walk goes down and back up: copied only when a fix is
    // logged (a path array per scene, hotspot and sound made a 2,000-scene story allocate 15 MB).
    const at: PropertyKey[] = [];
    const to = (depth: number, ...segments: PropertyKey[]): PropertyKey[] => {
      at.length = depth;
      at.push(...segments);
      return at;
    };
    const repairHotspots = (list: unknown[], sid: string | undefined) => {
      ensureIds(list, to(2, 'hotspots'), () => `${sid ?? 'scene'}-hotspot`, hotspotIds, sid, hotspotReserved);
      for (let hi = 0; hi < list.length; hi++) {
        const h = list[hi];
        if (!isObj(h)) continue;
        const hp = to(2, 'hotspots', hi);
        const hid = typeof h.id === 'string' ? h.id : undefined;
        angle(h, 'yaw', hp, sid, hid);
        angle(h, 'pitch', hp, sid, hid);
        localize(h, 'label', hp);
        if (isObj(h.action)) {
          lowerRef(h.action, 'asset');
          lowerRef(h.action, 'image');
          const ap = to(4, 'action');
          localize(h.action, 'text', ap);
          localize(h.action, 'title', ap);
        }
      }
    };
    const repairSoundscape = (ss: Raw, sid: string | undefined) => {
      for (const key of SOUND_LISTS) {
        const list = ss[key];
        if (!Array.isArray(list)) continue;
        ensureIds(list, to(2, 'soundscape', key), () => `${sid ?? 'scene'}-${key === 'beds' ? 'bed' : 'sound'}`, soundIds, sid, soundReserved);
        for (let k = 0; k < list.length; k++) {
          const src = list[k];
          if (!isObj(src)) continue;
          lowerRef(src, 'asset');
          const kp = to(4, k);
          if (key === 'sources') {
            angle(src, 'yaw', kp, sid);
            angle(src, 'pitch', kp, sid);
          }
          if (typeof src.volume === 'number' && (src.volume < 0 || src.volume > 1)) {
            const v = clamp(src.volume, 0, 1);
            fix([...kp, 'volume'], 'repair-volume', 'repair.volume', { from: src.volume, to: v }, sid);
            src.volume = v;
          }
        }
      }
      if (isObj(ss.narration) && isObj(ss.narration.recordings)) {
        const recordings = ss.narration.recordings;
        for (const l of Object.keys(recordings)) lowerRef(recordings, l);
      }
      if (isObj(ss.narration) && isObj(ss.narration.captions)) {
        for (const [lang, track] of Object.entries(ss.narration.captions)) {
          if (!Array.isArray(track)) continue;
          track.forEach((c, ci) => {
            if (!isObj(c)) return;
            if (typeof c.start === 'number' && typeof c.end === 'number' && c.end <= c.start && c.start >= 0) {
              fix(['scenes', at[1]!, 'soundscape', 'narration', 'captions', lang, ci, 'end'], 'repair-caption-time', 'repair.caption-time', undefined, sid);
              c.end = c.start + 2;
            }
          });
        }
      }
    };
    doc.scenes.forEach((s, si) => {
      if (!isObj(s)) return;
      const sid = typeof s.id === 'string' ? s.id : undefined;
      const sp = to(0, 'scenes', si);
      localize(s, 'title', sp);
      localize(s, 'description', sp);
      lowerRef(s, 'panorama');
      if (isObj(s.view)) {
        const vp = to(2, 'view');
        angle(s.view, 'yaw', vp, sid);
        angle(s.view, 'pitch', vp, sid);
        angle(s.view, 'fov', vp, sid);
      }
      angle(s, 'northOffset', to(2), sid);
      if (isObj(s.ending)) localize(s.ending, 'text', to(2, 'ending'));
      if (Array.isArray(s.hotspots)) repairHotspots(s.hotspots, sid);
      if (isObj(s.soundscape)) repairSoundscape(s.soundscape, sid);
    });

    if ((doc.startSceneId === undefined || doc.startSceneId === null) && doc.scenes.length > 0) {
      const first = doc.scenes[0];
      if (isObj(first) && typeof first.id === 'string') {
        doc.startSceneId = first.id;
        fix(['startSceneId'], 'repair-start', 'repair.start', { id: first.id });
      }
    }
  }
  if (meta) {
    localize(meta, 'title', ['meta']);
    localize(meta, 'description', ['meta']);
    localize(meta, 'credits', ['meta']);
  }
  return { doc, fixes };
}
