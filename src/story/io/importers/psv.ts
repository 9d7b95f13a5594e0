import { StoryBuilder, idMaker } from './builder.ts';
import { clampPitch, psvAngle, wrapYaw } from '../../angles.ts';
import { FileSet, isObject, plainText, str } from './files.ts';
import { importMarkers } from './psv-markers.ts';
import { pageInfo } from './page.ts';
import { ImportError, MAX_SCENES, type ImportFile, type ImportOptions, type ImportResult } from './types.ts';

/**
 * Photo Sphere Viewer 5 virtual-tour nodes: `[{ id, panorama, name, caption, links: [{ nodeId, position: { yaw, pitch } }], markers }]`
 * (or `{ nodes, startNodeId }`). Angles are radians or strings like "90deg"; yaw right, pitch up, like ours.
 */
export function importPsv(data: unknown, file: ImportFile, files: FileSet, options: ImportOptions): ImportResult {
  const root = isObject(data) ? data : {};
  const nodes = (Array.isArray(data) ? data : Array.isArray(root.nodes) ? root.nodes : []).filter(isObject);
  if (nodes.length === 0) throw new ImportError('import.psv-no-places');
  if (nodes.length > MAX_SCENES) throw new ImportError('import.tour-too-many-places', { count: nodes.length, max: MAX_SCENES });
  const b = new StoryBuilder('photo-sphere-viewer', file.path, options);
  const start = nodes.find((n) => str(n.id) === str(root.startNodeId)) ?? nodes[0];
  const page = pageInfo(files, file.path);
  b.sourceLanguage(str(root.lang) || page.language);
  b.title = plainText(str(root.name)) || page.title || plainText(str(start?.name)) || 'Photo Sphere Viewer tour';
  const makeId = idMaker();
  const ids = new Map(nodes.map((n, k) => [str(n.id), makeId(str(n.id) || `node-${k + 1}`)]));
  const names = new Map(nodes.map((n) => [str(n.id), str(n.name) || str(n.id)]));
  for (const n of nodes) {
    const title = str(n.name) || str(n.id);
    let panorama: string | null = null;
    const ref = typeof n.panorama === 'string' ? n.panorama : '';
    const found = ref ? files.find(ref, file.path) : null;
    if (found) panorama = b.image(found.bytes, found.path);
    if (!panorama) b.note('approximated', ref ? 'psv.picture-missing' : 'psv.picture-tiled', { picture: ref }, title);
    const scene = b.addScene({ id: ids.get(str(n.id))!, title, panorama: panorama ?? b.placeholder() });
    const caption = plainText(str(n.caption) || str(n.description));
    if (caption) b.info(scene, 0, 20, { label: 'About this place', body: caption });
    const links = Array.isArray(n.links) ? n.links.filter(isObject) : [];
    links.forEach((l, k) => {
      const target = ids.get(str(l.nodeId));
      if (!target) {
        b.note('dropped', 'psv.link-missing', { target: str(l.nodeId) }, title);
        return;
      }
      const pos = isObject(l.position) ? l.position : {};
      let yaw = psvAngle(pos.yaw);
      let pitch = psvAngle(pos.pitch);
      if (yaw === null || pitch === null) {
        yaw = -60 + k * 30;
        pitch = -10;
        b.note('approximated', 'psv.link-no-direction', { target: names.get(str(l.nodeId)) ?? '' }, title);
      }
      b.link(scene, wrapYaw(yaw), clampPitch(pitch), str(l.name) || names.get(str(l.nodeId)) || '', target);
    });
    if (Array.isArray(n.markers)) importMarkers(b, scene, n.markers, panorama);
  }
  b.startSceneId = ids.get(str(root.startNodeId)) ?? ids.values().next().value ?? null;
  return b.finish();
}
