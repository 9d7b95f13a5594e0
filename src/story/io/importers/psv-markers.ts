import type { Scene } from '../../schema/scene.ts';
import type { StoryBuilder } from './builder.ts';
import { psvAngle } from '../../angles.ts';
import { isObject, num, plainText, str } from './files.ts';

/**
 * Photo Sphere Viewer markers (the markers plugin) on one node. Point markers (html, element, image,
 * SVG shapes, image/element layers) that carry words (tooltip, content, or text-only html) become
 * information points; polygons, polylines and videos cannot be a point, so they are reported as left out.
 *
 * Positions, as PSV reads them (core DataHelper.textureCoordsToSphericalCoords): `position: { yaw, pitch }`
 * in radians or "90deg", or texture pixels `position: { textureX, textureY }` where the picture's centre
 * column is yaw 0 and the top row pitch +90: yaw = (x / width - 0.5) * 360, pitch = 90 - y / height * 180.
 * PSV 4 wrote `longitude/latitude` and `x/y` on the marker itself; both are read too.
 */
export function importMarkers(b: StoryBuilder, scene: Scene, markers: unknown[], panorama: string | null): void {
  const title = scene.title.en ?? scene.id;
  const size = b.imageSize(panorama);
  let converted = 0;
  markers.filter(isObject).forEach((m, k) => {
    const marker = (plainText(str(isObject(m.tooltip) ? m.tooltip.content : m.tooltip)) || str(m.id) || `#${k + 1}`).slice(0, 80);
    if (['polygon', 'polygonPixels', 'polygonRad', 'polyline', 'polylinePixels', 'polylineRad'].some((key) => key in m)) {
      b.note('dropped', 'psv.marker-shape', { marker }, title);
      return;
    }
    if ('videoLayer' in m) {
      b.note('dropped', 'psv.marker-video', { marker }, title);
      return;
    }
    const words = markerWords(m);
    if (!words) {
      b.note('dropped', 'imageLayer' in m || 'elementLayer' in m ? 'psv.marker-layer' : 'psv.marker-no-text', { marker }, title);
      return;
    }
    const at = markerPosition(m, size);
    if (!at) {
      b.note('dropped', 'psv.marker-no-position', { marker }, title);
      return;
    }
    b.info(scene, at.yaw, at.pitch, words);
    converted++;
  });
  if (converted > 0) b.note('approximated', 'psv.markers-converted', {}, title);
}

/** Label, heading and text of a marker: tooltip (a string or `{ content }`), content (HTML) or an html marker's own words. */
function markerWords(m: Record<string, unknown>): { label: string; title?: string; body: string } | null {
  const tooltip = plainText(str(isObject(m.tooltip) ? m.tooltip.content : m.tooltip));
  const content = plainText(str(m.content));
  const html = typeof m.html === 'string' ? plainText(m.html) : '';
  const label = (tooltip || html || content.split('\n')[0]!.slice(0, 80)).replace(/\s+/g, ' ').trim();
  const body = content || tooltip || html;
  if (!body) return null;
  return { label, ...(content && label && label !== content ? { title: label } : {}), body };
}

function markerPosition(m: Record<string, unknown>, size: { width: number; height: number } | null): { yaw: number; pitch: number } | null {
  const p = isObject(m.position) ? m.position : m;
  const yaw = psvAngle(p.yaw ?? p.longitude);
  const pitch = psvAngle(p.pitch ?? p.latitude);
  if (yaw !== null && pitch !== null) return { yaw, pitch };
  const x = num(p.textureX ?? p.x);
  const y = num(p.textureY ?? p.y);
  if (x === null || y === null || !size) return null;
  return { yaw: (x / size.width - 0.5) * 360, pitch: 90 - (y / size.height) * 180 };
}
