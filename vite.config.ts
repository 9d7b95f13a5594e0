import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { publishPlayerPlugin } from './src/build/player-site-plugin.ts';
import { noXrEmulator } from './src/build/no-xr-emulator-plugin.ts';
import { threeModules } from './src/build/three-modules-plugin.ts';
import { appFolderPlugin } from './src/build/app-folder-plugin.ts';

export default defineConfig({
  // Relative URLs: the built app works from any folder of any host (appFolderPlugin: deep links too).
  base: './',
  // publishPlayerPlugin: dist/player-site/, the relative-URL player build that "Publish" uses.
  plugins: [react(), noXrEmulator(), threeModules(), publishPlayerPlugin(), appFolderPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    // The list of the app's files, which the room hub's service worker keeps for offline use (public/room-sw.js).
    manifest: 'app-files.json',
    rolldownOptions: {
      input: { main: 'index.html', player: 'player.html' },
    },
  },
});
