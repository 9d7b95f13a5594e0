/**
 * Entry of player.html: the standalone player of a published story site. It plays ./story.json
 * with pictures and sounds from ./assets/<sha256>.<ext>. No editor or library code is imported.
 *
 * This first script is tiny on purpose: it starts downloading story.json and decoding the first
 * picture (boot.ts) and puts that picture on the screen (firstPaint.ts); then it loads the rest of
 * the player (React, three.js). Not before: starting the player's code, React and a second WebGL
 * context while the picture decodes slows the picture down on a small device (on 2 CPU cores, the
 * picture's decode took 500-600 ms instead of 70-100), and the player needs the decoded picture
 * for its own first frame anyway. If the picture is slow to arrive (a slow connection), the player
 * does not wait for it longer than PLAYER_WAIT_MS: its words (scene title, description, choices)
 * must not wait for a picture.
 */
import { startBoot } from './standalone/boot.ts';
import { installEarlyHandle } from './standalone/earlyHandle.ts';
import { FIRST_PAINT_MARK } from './standalone/firstPaint.ts';
import { markSeen } from './standalone/markSeen.ts';
import './player.css';

const root = document.getElementById('root')!;
const PLAYER_WAIT_MS = 1500;
/** The early choices give way by then even if the player has not drawn (it shows its own problem). */
const EARLY_CHOICES_MAX_MS = 30_000;

const boot = startBoot(document.baseURI);
// With ?debug (tests, benchmarks): a scene can be chosen before the player is up. The player's own
// handle (src/player/debug) replaces this one as soon as its story engine exists.
if (new URLSearchParams(location.search).has('debug')) installEarlyHandle(boot.choose);
// The start scene's choices, over the early picture, until the player's own are there. Their code
// (a few kB, with the player's words) is fetched once story.json is here, and runs once the picture
// is up: nothing of it may hold the picture back.
void Promise.all([boot.story.then(() => import('./standalone/earlyChoices.ts')), markSeen(FIRST_PAINT_MARK, 60_000)])
  .then(
    ([m]) =>
      m.offerEarlyChoices({
        story: boot.quick,
        language: navigator.languages?.[0] ?? navigator.language,
        // Until the player has drawn (its own list is then live under it), or the early picture went away.
        gone: Promise.race([boot.firstPaint.gone, markSeen('story:first-frame', EARLY_CHOICES_MAX_MS)]),
        choose: boot.choose,
      }),
    () => {}, // not loaded (offline, say): the player's own choices come with the player
  );
// Until the player is here (it comes after the start picture): the same words as its own loading
// state, for screen readers and for a page that would otherwise be empty. React replaces them.
root.replaceChildren(panel('status', 'Opening the story…'));
void Promise.race([boot.firstPaint.settled, new Promise((resolve) => setTimeout(resolve, PLAYER_WAIT_MS))])
  .then(() => import('./standalone/mount.tsx'))
  .then(
    (m) => m.mount(root, boot),
    () => root.replaceChildren(panel('alert', 'The story player could not be loaded. Check the connection and reload the page.')),
  );

/** A message in the middle of the page, styled as the player's own (player.css). */
function panel(role: 'status' | 'alert', text: string): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'ssp-root ssp-problem';
  const p = document.createElement('p');
  p.className = 'ssp-panel ssp-problem-box';
  p.setAttribute('role', role);
  p.textContent = text;
  wrap.append(p);
  return wrap;
}
