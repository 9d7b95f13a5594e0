// Small numeric and colour helpers shared by every panorama module.
// Colours as [r, g, b] arrays are 0..255 (texture painting); col() makes a THREE.Color.
import * as THREE from 'three';

export const PI = Math.PI;
export const DEG = PI / 180;

export const smooth = (t) => t * t * (3 - 2 * t);
export const lerp = (a, b, t) => a + (b - a) * t;
export const clamp = (x, a = 0, b = 1) => (x < a ? a : x > b ? b : x);
export const smoothstep = (a, b, x) => smooth(clamp((x - a) / (b - a)));

export const hexRgb = (h) => [(h >> 16) & 255, (h >> 8) & 255, h & 255];
export const mixRgb = (a, b, t) => [lerp(a[0], b[0], t), lerp(a[1], b[1], t), lerp(a[2], b[2], t)];
export const mulRgb = (a, k) => [a[0] * k, a[1] * k, a[2] * k];
export const col = (h) => new THREE.Color(h);
