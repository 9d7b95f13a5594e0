import { StoryBuilder, idMaker } from './builder.ts';
import { hfovToVfov } from '../../angles.ts';
import { FileSet, isObject, num, plainText, str } from './files.ts';
import { pannellumInfo, type FindFile } from './pannellum-info.ts';
import { pageInfo } from './page.ts';
import { ImportError, MAX_SCENES, type ImportFile, type ImportOptions, type ImportResult } from './types.ts';

/** Pannellum keys that apply to every scene unless the scene sets them itself. */
const INHERITED = ['hfov', 'yaw', 'pitch', 'northOffset', 'basePath', 'type'] as const;

/**
 * A Pannellum tour config (`{ default, scenes }`) or a single-panorama config. Pannellum uses degrees,
 * yaw positive to the right and pitch positive up like us; only its field of view is horizontal.
 */
export function importPannellum(config: Record<string, unknown>, file: ImportFile, files: FileSet, options: ImportOptions): ImportResult {
  const b = new StoryBuilder('pannellum', file.path, options);
  const defaults = isObject(config.default) ? config.default : {};
  const scenes: Record<string, unknown> = isObject(config.scenes) ? config.scenes : { scene: config };
  const entries = Object.entries(scenes).filter(([, s]) => isObject(s)) as [string, Record<string, unknown>][];
  if (entries.length > MAX_SCENES) throw new ImportError('import.tour-too-big', { count: entries.length, max: MAX_SCENES });
  const page = pageInfo(files, file.path);
  b.sourceLanguage(str(defaults.language) || str(config.language) || page.language);
  b.author = plainText(str(defaults.author) || str(config.author)) || null;
  const makeId = idMaker();
  const ids = new Map(entries.map(([key]) => [key, makeId(key)]));
  let fovNoted = false;

  for (const [key, raw] of entries) {
    const s: Record<string, unknown> = { ...Object.fromEntries(INHERITED.filter((k) => k in defaults).map((k) => [k, defaults[k]])), ...raw };
    const title = plainText(str(s.title)) || key;
    const type = str(s.type) || 'equirectangular';
    const base = str(s.basePath);
    const find = finder(b, files, file.path, base, title);
    let panorama: string | null = null;
    if (type === 'equirectangular') {
      const ref = str(s.panorama);
      const found = ref ? find(ref) : null;
      panorama = found ? b.image(found.bytes, found.path) : null;
      if (!panorama) {
        b.note('approximated', found ? 'pannellum.picture-unreadable' : ref ? 'pannellum.picture-missing' : 'pannellum.picture-none', { picture: ref }, title);
      }
    } else if (type === 'cubemap') {
      const faces = Array.isArray(s.cubeMap) ? s.cubeMap.map((f) => str(f)) : [];
      const found = faces.map((f) => find(f));
      if (faces.length === 6 && found.every((f) => f !== null)) {
        b.cubeJobs.push({ sceneId: ids.get(key)!, faceSize: 0, faces: found.map((f) => [[f.bytes]]) });
      } else {
        const missing = faces.filter((_, i) => !found[i]).length || 6;
        b.note('approximated', 'pannellum.cube-missing', { count: missing }, title);
      }
    } else if (type === 'multires') {
      b.note('dropped', 'pannellum.multires', {}, title);
    } else {
      b.note('dropped', 'pannellum.unknown-type', { type }, title);
    }
    if ((num(s.haov) ?? 360) < 360 || (num(s.vaov) ?? 180) < 180 || (num(s.vOffset) ?? 0) !== 0) {
      b.note('approximated', 'pannellum.partial', {}, title);
    }
    if ((num(s.horizonPitch) ?? 0) !== 0 || (num(s.horizonRoll) ?? 0) !== 0) {
      b.note('dropped', 'pannellum.horizon', {}, title);
    }
    const hfov = num(s.hfov) ?? 100;
    if (num(s.hfov) !== null && !fovNoted) {
      fovNoted = true;
      b.note('approximated', 'pannellum.fov');
    }
    const scene = b.addScene({
      id: ids.get(key)!,
      title,
      panorama: panorama ?? b.placeholder(),
      view: { yaw: num(s.yaw) ?? 0, pitch: num(s.pitch) ?? 0, fov: hfovToVfov(hfov) },
      northOffset: num(s.northOffset) ?? 0,
    });
    for (const h of Array.isArray(s.hotSpots) ? s.hotSpots : []) {
      if (!isObject(h)) continue;
      const yaw = num(h.yaw) ?? 0;
      const pitch = num(h.pitch) ?? 0;
      const label = plainText(str(h.text) || (typeof h.createTooltipArgs === 'string' ? h.createTooltipArgs : ''));
      if (h.type === 'scene') {
        const target = ids.get(str(h.sceneId));
        if (!target) {
          b.note('dropped', 'pannellum.link-missing', { target: str(h.sceneId) }, title);
          continue;
        }
        b.link(scene, yaw, pitch, label, target);
        if (h.targetYaw !== undefined || h.targetPitch !== undefined || h.targetHfov !== undefined) {
          b.note('approximated', 'pannellum.link-target-view', { link: label || str(h.sceneId) }, title);
        }
      } else if (h.type === 'info') {
        pannellumInfo(b, scene, h, find, title);
      } else {
        b.note('dropped', 'pannellum.unknown-hotspot', { type: str(h.type) }, title);
      }
      if (typeof h.createTooltipFunc === 'string' || typeof h.clickHandlerFunc === 'string' || h.cssClass) {
        b.note('dropped', 'pannellum.hotspot-code', {}, title);
      }
    }
  }
  const first = str(defaults.firstScene);
  const startTitle = b.scenes.find((sc) => sc.id === ids.get(first))?.title[b.language] ?? b.scenes[0]?.title[b.language];
  b.title = plainText(str(defaults.title) || str(config.title)) || page.title || startTitle || 'Pannellum tour';
  b.startSceneId = ids.get(first) ?? ids.values().next().value ?? null;
  if (first && !ids.has(first)) b.note('approximated', 'pannellum.start-missing', { start: first });
  return b.finish();
}

/**
 * Finds a file the tour names: by its path (after `basePath`, relative to the config), or, for a web
 * address ("https://example.org/pano/hall.jpg"), the chosen file with the same name, with a note.
 */
function finder(b: StoryBuilder, files: FileSet, from: string, base: string, sceneTitle: string): FindFile {
  return (ref) => {
    const local = files.find(base ? `${base}/${ref}` : ref, from) ?? files.find(ref, from);
    if (local) return local;
    if (!/^(?:[a-z]+:)?\/\//i.test(ref)) return null;
    let name = ref.split(/[?#]/)[0]!.split('/').pop()!;
    try {
      name = decodeURIComponent(name);
    } catch {
      // keep it as written
    }
    const found: ImportFile | null = name ? files.find(name, from) : null;
    if (found) b.note('info', 'pannellum.picture-by-name', { picture: ref.slice(0, 200) }, sceneTitle);
    return found;
  };
}
