/**
 * Texture memory accounting. A panorama texture of w x h RGBA8 pixels with a full mipmap chain
 * takes w*h*4 bytes plus a third more for the mipmaps.
 */
export const MIPMAP_FACTOR = 4 / 3;

export function textureBytes(width: number, height: number, mipmaps = true): number {
  return Math.ceil(width * height * 4 * (mipmaps ? MIPMAP_FACTOR : 1));
}

/**
 * Which textures to keep: the current scene's always (even alone over budget), then the others in
 * order of likelihood while they fit. A neighbour too big to fit is skipped; a smaller one after
 * it may still fit.
 */
export function planBudget(
  current: { id: string; bytes: number } | null,
  others: ReadonlyArray<{ id: string; bytes: number }>,
  budget: number,
): Set<string> {
  const keep = new Set<string>();
  let total = 0;
  if (current) {
    keep.add(current.id);
    total += current.bytes;
  }
  for (const w of others) {
    if (keep.has(w.id)) continue;
    if (total + w.bytes <= budget) {
      keep.add(w.id);
      total += w.bytes;
    }
  }
  return keep;
}

/** A default budget: generous on desktops, smaller where the device says it has little memory. */
export function defaultBudget(): number {
  const nav = typeof navigator !== 'undefined' ? (navigator as Navigator & { deviceMemory?: number }) : undefined;
  const mem = nav?.deviceMemory;
  const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
  if ((mem !== undefined && mem <= 2) || (coarse && mem === undefined)) return 160 * 1024 * 1024;
  if (mem !== undefined && mem <= 4) return 256 * 1024 * 1024;
  return 400 * 1024 * 1024;
}
