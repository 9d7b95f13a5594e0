import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Boot } from './boot.ts';
import { StandalonePlayer } from './StandalonePlayer.tsx';

/** Puts the player on the page (React, three.js and the rest load with this module). */
export function mount(root: HTMLElement, boot: Boot) {
  createRoot(root).render(
    <StrictMode>
      <StandalonePlayer boot={boot} />
    </StrictMode>,
  );
}
