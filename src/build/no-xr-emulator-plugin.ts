import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Build tooling (Node): keeps @pmndrs/xr's emulator (iwer + ~6 MB of virtual rooms) out of every
 * Storyscape build by resolving its lazy `./emulate.js` import to src/build/no-xr-emulator.ts.
 * Used by vite.config.ts and by the published-site player build.
 */
export function noXrEmulator(): Plugin {
  const stub = fileURLToPath(new URL('./no-xr-emulator.ts', import.meta.url));
  return {
    name: 'storyscape:no-xr-emulator',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer && /@pmndrs[\\/]xr[\\/]dist[\\/]store\.js$/.test(importer)) return stub;
      return null;
    },
  };
}
