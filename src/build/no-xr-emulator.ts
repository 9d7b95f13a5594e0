/**
 * Stands in for @pmndrs/xr's built-in emulator (dist/emulate.js, which pulls in iwer and ~6 MB of
 * virtual rooms). Storyscape creates its XR store with `emulate: false`, so the emulator is never
 * started for real users; tests install iwer themselves. Swapped in by vite.config.ts.
 */
export function emulate(): never {
  throw new Error('The WebXR emulator is not part of Storyscape builds: tests install iwer themselves.');
}
