import type { Scene } from '../../story/schema/scene.ts';
import { DEG } from '../../story/angles.ts';
import { MARKER_DISTANCE } from '../../player/view/HotspotMarker.tsx';
import { yawPitchToScreen, type CameraAngles, type Viewport } from './projection.ts';
import { SOUND_MARKER_SIZE } from './SoundMarkers.tsx';

export type Hit = { kind: 'hotspot'; id: string } | { kind: 'sound'; id: string };

/** Screen pixels per world unit at marker distance. */
const pxPerUnit = (view: Viewport, cam: CameraAngles) => view.height / (2 * MARKER_DISTANCE * Math.tan((cam.fov * DEG) / 2));

/**
 * What is under a screen point: a sound marker first (they are drawn in front), then the nearest
 * hotspot marker (its icon sits above its anchor, its label below: a generous box around both).
 */
export function hitTest(x: number, y: number, scene: Scene, view: Viewport, cam: CameraAngles): Hit | null {
  const k = pxPerUnit(view, cam);
  const soundR = Math.max(16, (SOUND_MARKER_SIZE * k) / 2 + 4);
  let best: { hit: Hit; d: number } | null = null;
  for (const s of scene.soundscape.sources) {
    const p = yawPitchToScreen(s.yaw, s.pitch, view, cam);
    if (!p) continue;
    const d = Math.hypot(p.x - x, p.y - y);
    if (d <= soundR && (!best || d < best.d)) best = { hit: { kind: 'sound', id: s.id }, d };
  }
  if (best) return best.hit;
  const halfW = Math.max(22, 0.8 * k);
  const halfH = Math.max(22, 1.0 * k);
  for (const h of scene.hotspots) {
    const size = h.style?.size ?? 1;
    const p = yawPitchToScreen(h.yaw, h.pitch, view, cam);
    if (!p) continue;
    const dx = Math.abs(p.x - x);
    const dy = Math.abs(p.y - y);
    if (dx > halfW * size || dy > halfH * size) continue;
    const d = Math.hypot(dx, dy);
    if (!best || d < best.d) best = { hit: { kind: 'hotspot', id: h.id }, d };
  }
  return best?.hit ?? null;
}
