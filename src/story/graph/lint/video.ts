import type { Scene } from '../../schema/scene.ts';
import type { Hotspot } from '../../schema/hotspot.ts';
import { formatClock } from '../../video-time.ts';
import { assetRef } from './media.ts';
import { assetWords, hotspotWords, sceneWords, words, type LintContext, type Path, pathTo } from './context.ts';

/**
 * 360° video scenes: the video is in the media list and is a video, the scene it goes to at its end
 * exists (link-target-missing), and phones can play it (video-too-large).
 */

/** Most phones decode video at most 4096 px wide (H.264 level 5.1; many cannot do 5.7K). */
export const PHONE_VIDEO_WIDTH = 4096;
/** Larger files take long to start on mobile data. */
export const PHONE_VIDEO_MEGABYTES = 200;

/** A hotspot's time window that readers can never be in, or that does nothing (hotspot-time-outside-video). */
export function hotspotTime(cx: LintContext, h: Hotspot, s: Scene, hp: Path): void {
  const time = h.time;
  if (!time) return;
  const tp: Path = pathTo(hp, 'time');
  const hotspot = () => hotspotWords(cx, h, s);
  if (!s.video) {
    cx.report('hotspot-time-outside-video', words('lint.hotspot-time.no-video', { hotspot: hotspot(), scene: sceneWords(cx, s) }), tp, s.id, h.id);
    return;
  }
  if (time.to !== undefined && time.to <= time.from) {
    cx.report('hotspot-time-outside-video', words('lint.hotspot-time.empty', { hotspot: hotspot(), from: formatClock(time.from), to: formatClock(time.to) }), tp, s.id, h.id);
    return;
  }
  const a = cx.assetById.get(s.video.asset)?.asset;
  if (a?.kind === 'video' && time.from >= a.duration) {
    cx.report('hotspot-time-outside-video', words('lint.hotspot-time.after-end', { hotspot: hotspot(), from: formatClock(time.from), length: formatClock(a.duration) }), tp, s.id, h.id);
  }
}

export function sceneVideo(cx: LintContext, s: Scene, sp: Path): void {
  const v = s.video;
  if (!v) return;
  const vp: Path = pathTo(sp, 'video');
  const scene = sceneWords(cx, s);
  assetRef(cx, v.asset, 'video', () => words('lint.use.video', { scene }), pathTo(vp, 'asset'), false, s.id);
  if (v.end.type === 'goto' && !cx.sceneById.has(v.end.sceneId)) {
    cx.report('link-target-missing', words('lint.video-end-missing', { scene, target: v.end.sceneId }), pathTo(vp, 'end', 'sceneId'), s.id);
  }
  const a = cx.assetById.get(v.asset)?.asset;
  if (a?.kind !== 'video') return;
  if (a.width > PHONE_VIDEO_WIDTH) {
    const params = { asset: assetWords(a), width: a.width, height: a.height, limit: PHONE_VIDEO_WIDTH, half: PHONE_VIDEO_WIDTH / 2 };
    cx.report('video-too-large', words('lint.video-too-large.pixels', params), pathTo(vp, 'asset'), s.id);
  } else if (a.bytes > PHONE_VIDEO_MEGABYTES * 1024 * 1024) {
    const params = { asset: assetWords(a), megabytes: Math.round(a.bytes / 1024 / 1024), limit: PHONE_VIDEO_MEGABYTES };
    cx.report('video-too-large', words('lint.video-too-large.bytes', params), pathTo(vp, 'asset'), s.id);
  }
}
