/**
 * The side-by-side bench's page contract (/work/shared/bench, adapters/_story-r3f.example.mjs):
 * `?a=<picture url>&b=<picture url>&fov=75&preload=0|1` shows scene "a" at yaw 0, pitch 0 and the
 * given vertical fov; window.__story.goTo('b') switches. Only same-origin pictures are accepted,
 * so a published site cannot be made to show someone else's image. No schema import here: the
 * page's first script reads this before the rest of the player has loaded.
 */
export interface BenchQuery {
  a: string;
  b: string | null;
  fov: number;
  preload: boolean;
}

/** Asset ids of the bench's two pictures. */
export const BENCH_IDS = { a: 'a'.repeat(64), b: 'b'.repeat(64) } as const;

/** The bench's picture size (the shared bench's 4096 x 2048 JPEGs). */
export const BENCH_SIZE = { width: 4096, height: 2048 } as const;

export function benchQuery(search: string, origin: string): BenchQuery | null {
  const q = new URLSearchParams(search);
  const a = sameOrigin(q.get('a'), origin);
  if (!a) return null;
  return {
    a,
    b: sameOrigin(q.get('b'), origin),
    fov: Math.min(100, Math.max(30, Number(q.get('fov') ?? q.get('vfov') ?? 75) || 75)),
    preload: q.get('preload') === '1',
  };
}

function sameOrigin(url: string | null, origin: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, origin);
    return u.origin === new URL(origin).origin ? u.href : null;
  } catch {
    return null;
  }
}
