/**
 * Entry of player.html: the standalone player of a published story site. It plays ./story.json
 * with pictures and sounds from ./assets/<sha256>.<ext>. No editor or library code is imported.
 *
 * This first script is tiny on purpose: it starts downloading story.json and decoding the first
 * picture (boot.ts), then loads the rest of the player (React, three.js), so all three arrive
 * at the same time instead of one after another.
 */
import { startBoot } from './standalone/boot.ts';
import './player.css';

const root = document.getElementById('root')!;
const boot = startBoot(location.search, location.origin, document.baseURI);
import('./standalone/mount.tsx').then(
  (m) => m.mount(root, boot),
  () => {
    const p = document.createElement('p');
    p.className = 'ssp-panel ssp-problem-box';
    p.setAttribute('role', 'alert');
    p.textContent = 'The story player could not be loaded. Check the connection and reload the page.';
    root.replaceChildren(p);
    root.classList.add('ssp-root', 'ssp-problem');
  },
);
