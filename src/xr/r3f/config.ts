/** Sizes, distances, colours and draw order of the headset view (metres and degrees). */

/**
 * Any press and release (trigger, pinch) on the same target is a click, however slow: a careful
 * or trembling press must still choose. (@react-three/xr's default is 300 ms.)
 */
export const CLICK_MS = Number.POSITIVE_INFINITY;

/** Thumbstick left/right and the menu's turn buttons turn the view by this much. */
export const SNAP_TURN_DEG = 30;

export const RAY = {
  clickThresholdMs: CLICK_MS,
  rayModel: { color: '#ffffff', opacity: 0.7, renderOrder: 90 },
  cursorModel: { color: '#ffd166', renderOrder: 91 },
} as const;

/** Comfortable reading distances (inside the 10 m markers and the 50 m panorama). */
export const DIST = { panel: 2.4, menu: 1.8, caption: 2.2, label: 2.6, reticle: 2.5, scrim: 4 } as const;

/** The player's palette (src/player/player.css), for world-space panels. */
export const COLOURS = {
  panel: '#0c131b',
  border: '#3a4754',
  raised: '#1c2935',
  text: '#f2f5f8',
  muted: '#c3ccd6',
  accent: '#ffd166',
  accentText: '#1b1300',
  focus: '#7cc4ff',
} as const;

/** How opaque the headset's panels are over the picture (text contrast is checked against this). */
export const PANEL_OPACITY = 0.96;

/**
 * Draw order. Markers are drawn at 10-11 without depth test, so everything in the headset UI is
 * transparent (sorted with them) and drawn after them; the reticle goes last.
 */
export const ORDER = { scrim: 15, panel: 20, panelText: 21, button: 22, buttonText: 23, label: 24, labelText: 25, reticle: 100 } as const;
