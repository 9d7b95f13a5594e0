import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/**
 * Build tooling (Node): resolves `three` to its source modules (three/src/Three.js, one file per
 * class) instead of its two big prebuilt files. Rolldown never splits a module between chunks, so
 * with the prebuilt files every three.js class that any lazy chunk uses (the headset layer's text,
 * controllers, curves, …) sat in the player's first load; with one module per class, what only the
 * headset chunk uses is loaded with it. Same code, same single copy of three.js (imports of
 * three/src/… from dependencies meet the same files). Used by vite.config.ts and the published
 * player's build.
 */
export function threeModules(): Plugin {
  const entry = createRequire(import.meta.url).resolve('three/src/Three.js');
  return {
    name: 'storyscape:three-modules',
    enforce: 'pre',
    // Builds only: the dev server pre-bundles dependencies with the prebuilt files, and two copies
    // of three.js on one page would not know each other's classes.
    apply: 'build',
    resolveId(source) {
      return source === 'three' ? entry : null;
    },
  };
}
