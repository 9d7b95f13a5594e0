/**
 * Entry of player.html: the standalone player of a published story site. It plays ./story.json
 * with pictures and sounds from ./assets/<sha256>.<ext>. No editor or library code is imported.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StandalonePlayer } from './standalone/StandalonePlayer.tsx';
import './player.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StandalonePlayer />
  </StrictMode>,
);
