import type { Scene } from '../../schema/scene.ts';
import { hotspotWords, words, type LintContext, type Path, pathTo } from './context.ts';

/** Placement: hotspots far enough apart to pick each one (hotspots-overlap). */

/** Hotspots closer than this many degrees (on the sphere) are reported as overlapping. */
export const OVERLAP_DEGREES = 3;

/** Great-circle distance, each pair once, reported on the later hotspot. */
export function overlaps(cx: LintContext, s: Scene, sp: Path): void {
  const hs = s.hotspots;
  if (hs.length < 2) return;
  const limit = Math.cos((OVERLAP_DEGREES * Math.PI) / 180);
  const rad = Math.PI / 180;
  const vec = hs.map((h) => {
    const y = h.yaw * rad;
    const p = h.pitch * rad;
    return [Math.cos(p) * Math.sin(y), Math.sin(p), Math.cos(p) * Math.cos(y)] as const;
  });
  for (let j = 1; j < hs.length; j++) {
    const b = vec[j]!;
    for (let i = 0; i < j; i++) {
      const a = vec[i]!;
      if (a[0] * b[0] + a[1] * b[1] + a[2] * b[2] >= limit) {
        const params = { hotspot: hotspotWords(cx, hs[j]!, s), other: hotspotWords(cx, hs[i]!, s, true) };
        cx.report('hotspots-overlap', words('lint.hotspots-overlap', params), pathTo(sp, 'hotspots', j), s.id, hs[j]!.id);
        break;
      }
    }
  }
}
