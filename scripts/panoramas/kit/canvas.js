// Textures drawn on a 2D canvas: boards and signs with text in the app's font (Atkinson
// Hyperlegible, served to the page by browser.mjs), rounded rectangles.
import * as THREE from 'three';
import { MAX_ANISO } from './renderer.js';

export const FONT = '"Atkinson Hyperlegible", "DejaVu Sans", sans-serif';

export function roundRect(g, x, y, w, h, r) {
  g.beginPath();
  g.moveTo(x + r, y);
  g.arcTo(x + w, y, x + w, y + h, r);
  g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r);
  g.arcTo(x, y, x + w, y, r);
  g.closePath();
}

export function canvasTex(w, h, draw, { repeat = null, srgb = true } = {}) {
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h;
  draw(c.getContext('2d'), w, h);
  const t = new THREE.CanvasTexture(c);
  t.colorSpace = srgb ? THREE.SRGBColorSpace : THREE.NoColorSpace;
  t.anisotropy = MAX_ANISO;
  if (repeat) {
    t.wrapS = t.wrapT = THREE.RepeatWrapping;
    t.repeat.set(repeat[0], repeat[1]);
  }
  return t;
}
/** A sign: text lines on a coloured board, as a texture. lines: [{text, size, color, weight}] */
export function signTex(w, h, bg, lines, { border = null, radius = 0 } = {}) {
  return canvasTex(w, h, (g) => {
    g.fillStyle = bg;
    if (radius) {
      roundRect(g, 0, 0, w, h, radius);
      g.fill();
    } else g.fillRect(0, 0, w, h);
    if (border) {
      g.strokeStyle = border;
      g.lineWidth = Math.max(4, h * 0.03);
      g.strokeRect(g.lineWidth, g.lineWidth, w - 2 * g.lineWidth, h - 2 * g.lineWidth);
    }
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    for (const l of lines) {
      g.fillStyle = l.color ?? '#fff';
      g.font = `${l.weight ?? 700} ${l.size}px ${FONT}`;
      g.fillText(l.text, w * (l.x ?? 0.5), h * l.y);
    }
  });
}
