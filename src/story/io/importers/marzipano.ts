import { StoryBuilder, idMaker } from './builder.ts';
import { RAD } from '../../angles.ts';
import { FileSet, isObject, num, plainText, str } from './files.ts';
import { pageInfo } from './page.ts';
import { readHtmlCard } from './html-text.ts';
import { ImportError, MAX_SCENES, type ImportFile, type ImportOptions, type ImportResult } from './types.ts';

const FACES = ['f', 'r', 'b', 'l', 'u', 'd'] as const;

/**
 * A Marzipano Tool export's APP_DATA. Radians; yaw positive right; Marzipano's pitch is positive DOWN
 * (see src/story/angles.ts), so it changes sign; fov is vertical like ours.
 */
export function importMarzipano(appData: { data: unknown; ignored: string | null }, file: ImportFile, files: FileSet, options: ImportOptions): ImportResult {
  const { data, ignored } = appData;
  if (!isObject(data) || !Array.isArray(data.scenes)) throw new ImportError('import.marzipano-no-scenes');
  if (data.scenes.length > MAX_SCENES) throw new ImportError('import.tour-too-big', { count: data.scenes.length, max: MAX_SCENES });
  const b = new StoryBuilder('marzipano', file.path, options);
  if (ignored) b.note('info', 'marzipano.code-ignored', { file: file.path.split('/').pop()!, code: ignored });
  const page = pageInfo(files, file.path);
  const settings = isObject(data.settings) ? data.settings : {};
  b.sourceLanguage(str(data.language) || str(settings.language) || page.language);
  const scenes = data.scenes.filter(isObject);
  // "Project Title" is the Marzipano Tool's own placeholder, not a name anyone gave the tour.
  const name = str(data.name).trim();
  b.title = (name && name !== 'Project Title' ? name : '') || page.title || str(scenes[0]?.name) || 'Marzipano tour';
  const makeId = idMaker();
  const ids = new Map(scenes.map((s, n) => [str(s.id), makeId(str(s.id) || `scene-${n + 1}`)]));
  const angle = (v: unknown) => (num(v) ?? 0) * RAD;
  const folder = file.path.split('/').slice(0, -1).join('/');
  let missingTiles = 0;

  for (const s of scenes) {
    const id = ids.get(str(s.id))!;
    const title = str(s.name) || str(s.id);
    const view = isObject(s.initialViewParameters) ? s.initialViewParameters : {};
    const job = tileJob(s, id, files, folder);
    if (job) b.cubeJobs.push(job);
    else missingTiles++;
    const scene = b.addScene({
      id,
      title,
      panorama: b.placeholder(),
      view: { yaw: angle(view.yaw), pitch: -angle(view.pitch), fov: num(view.fov) === null ? 75 : angle(view.fov) },
    });
    for (const h of Array.isArray(s.linkHotspots) ? s.linkHotspots.filter(isObject) : []) {
      const target = ids.get(str(h.target));
      if (!target) {
        b.note('dropped', 'marzipano.link-missing', { target: str(h.target) }, title);
        continue;
      }
      if (target === id) b.note('info', 'marzipano.link-self', {}, title);
      const targetScene = scenes.find((t) => str(t.id) === str(h.target));
      b.link(scene, angle(h.yaw), -angle(h.pitch), str(targetScene?.name) || str(h.target), target);
    }
    for (const h of Array.isArray(s.infoHotspots) ? s.infoHotspots.filter(isObject) : []) {
      const heading = plainText(str(h.title));
      const body = readHtmlCard(str(h.text)).paragraphs.join('\n\n');
      if (/<[a-z]/i.test(str(h.text)) || /<[a-z]/i.test(str(h.title))) b.note('approximated', 'marzipano.info-html', { title: heading }, title);
      b.info(scene, angle(h.yaw), -angle(h.pitch), { label: heading, title: heading, body });
    }
  }
  if (missingTiles > 0) {
    b.note('approximated', missingTiles === scenes.length ? 'marzipano.tiles-missing-all' : 'marzipano.tiles-missing-some', { count: missingTiles });
  }
  b.startSceneId = ids.values().next().value ?? null;
  if (isObject(data.settings) && data.settings.autorotateEnabled === true) b.note('dropped', 'marzipano.autorotate');
  return b.finish();
}

/** The highest tile level of the six cube faces, when every tile is there. */
function tileJob(s: Record<string, unknown>, sceneId: string, files: FileSet, folder: string): import('./types.ts').CubeJob | null {
  const levels = Array.isArray(s.levels) ? s.levels.filter(isObject) : [];
  const z = levels.length - 1;
  const level = levels[z];
  const size = num(level?.size);
  const tile = num(level?.tileSize);
  if (!level || !size || !tile || size > 16384 || tile < 16) return null;
  const n = Math.ceil(size / tile);
  if (n > 64) return null;
  const faces: Uint8Array[][][] = [];
  for (const f of FACES) {
    const rows: Uint8Array[][] = [];
    for (let y = 0; y < n; y++) {
      const row: Uint8Array[] = [];
      for (let x = 0; x < n; x++) {
        const ref = `tiles/${str(s.id)}/${z}/${f}/${y}/${x}.jpg`;
        const found = files.find(ref, folder ? `${folder}/data.js` : 'data.js');
        if (!found || !found.path.endsWith(ref)) return null;
        row.push(found.bytes);
      }
      rows.push(row);
    }
    faces.push(rows);
  }
  return { sceneId, faceSize: size, faces };
}
