import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import '../ui/scriptFonts.css';
import './app.css';
import { App } from './App.tsx';
import { createIdbRepository } from '../storage/idb-repository.ts';
import { RepositoryContext } from '../storage/context.ts';
import { RoomLinkContext } from '../storage/room-link.ts';
import { bootRoom } from '../room/boot.ts';
import { RoomContext } from '../room/context.ts';
import { appBase } from './router.ts';

async function start() {
  // The app's one library: this browser's IndexedDB, shared with its other tabs. On a room hub the
  // library saves there first, then to the room (src/room/boot.ts).
  const local = createIdbRepository();
  const room = await bootRoom(local, new URL(`${appBase()}/`, location.origin).href).catch(() => null);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RepositoryContext value={room?.repo ?? local}>
        <RoomContext value={room}>
          <RoomLinkContext value={room?.link ?? null}>
            <App />
          </RoomLinkContext>
        </RoomContext>
      </RepositoryContext>
    </StrictMode>,
  );
}
void start();
