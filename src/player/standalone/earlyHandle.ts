import type { StoryDebugHandle } from '../debug/debugHandle.ts';
import type { EarlyChoice } from './boot.ts';

/**
 * `window.__story` with `?debug` (tests, benchmarks) from the page's first script, before the player
 * is up: a scene can already be chosen (`goTo`), as a reader chooses in the early choices; the early
 * picture's canvas shows it at once when its picture was decoded early (boot.ts), and the player
 * starts there. Everything else waits for the player, whose own handle (src/player/debug) replaces
 * this one as soon as its story engine exists; until then the view reads as empty and turning throws.
 */
export function installEarlyHandle(choose: (choice: EarlyChoice) => void): void {
  const notYet = () => {
    throw new Error('The story player is not up yet: only goTo works before it is.');
  };
  const handle: StoryDebugHandle & { early: true } = {
    early: true,
    goTo: (sceneId) => (choose({ sceneId }), true),
    choose: () => false,
    back: () => false,
    restart: notYet,
    setYaw: notYet,
    setView: notYet,
    getView: notYet,
    state: () => ({ sceneId: null, arrival: 0, visibleHotspots: [], ending: false, language: '', variables: {}, panel: null }),
    textureBytes: () => 0,
    textureStats: () => ({ ready: 0, loading: 0, bytes: 0, budget: 0, maxSize: 0 }),
    tileStats: () => null,
    rendererInfo: () => ({ textures: 0, geometries: 0, calls: 0, maxTextureSize: 0, programs: 0 }),
    sample: () => null,
    fading: () => 0,
    shown: [],
    video: () => null,
  };
  window.__story = handle;
}
