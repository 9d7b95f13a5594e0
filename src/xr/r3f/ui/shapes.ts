import { Shape, ShapeGeometry, type BufferGeometry } from 'three';

const cache = new Map<string, BufferGeometry>();

/** A rounded rectangle centred on the origin in the XY plane (facing +Z). Shared per size. */
export function roundedRect(width: number, height: number, radius = Math.min(width, height) / 2): BufferGeometry {
  const key = `${width.toFixed(4)}:${height.toFixed(4)}:${radius.toFixed(4)}`;
  let g = cache.get(key);
  if (!g) {
    const r = Math.min(radius, width / 2, height / 2);
    const x = -width / 2;
    const y = -height / 2;
    const s = new Shape();
    s.moveTo(x + r, y);
    s.lineTo(x + width - r, y);
    s.quadraticCurveTo(x + width, y, x + width, y + r);
    s.lineTo(x + width, y + height - r);
    s.quadraticCurveTo(x + width, y + height, x + width - r, y + height);
    s.lineTo(x + r, y + height);
    s.quadraticCurveTo(x, y + height, x, y + height - r);
    s.lineTo(x, y + r);
    s.quadraticCurveTo(x, y, x + r, y);
    g = new ShapeGeometry(s, 6);
    cache.set(key, g);
  }
  return g;
}
