import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { publishPlayerPlugin } from './src/publish/vite-plugin.ts';

// Two entries: the app (library, editor, player) and the standalone player that
// a published story site uses. The editor is never in the player's bundle.
export default defineConfig({
  // publishPlayerPlugin: dist/player-site/, the relative-URL player build that "Publish" uses.
  plugins: [react(), publishPlayerPlugin()],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: { main: 'index.html', player: 'player.html' },
    },
  },
});
