/** The icons' line drawings (24×24 SVG paths), without React: icons.tsx draws them, and so does the published page's first script (src/player/standalone/earlyChoices.ts). */
export const ICON_PATHS = {
  back: 'M15 5l-7 7 7 7',
  restart: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5',
  menu: 'M4 7h16M4 12h16M4 17h16',
  close: 'M6 6l12 12M18 6L6 18',
  go: 'M5 12h13M13 6l6 6-6 6',
  info: 'M12 11v6M12 7.5v.5',
  sound: 'M4 10v4h4l5 4V6L8 10H4zM16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12',
  soundOff: 'M4 10v4h4l5 4V6L8 10H4zM16 9l6 6M22 9l-6 6',
  text: 'M5 5h14M5 10h14M5 15h10M5 20h7',
  credits: 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6L3.3 9.3l6.1-.7z',
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  exitFullscreen: 'M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5',
  phone: 'M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1zM11 18h2',
  exit: 'M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10',
  textSize: 'M3 19l5-13 5 13M5 14h6M14 19l3.5-9 3.5 9M15.2 16h4.6',
  question: 'M9 9a3 3 0 1 1 4.2 2.75c-.75.35-1.2 1.05-1.2 1.85V14.5M12 18v.5',
  play: 'M7 5v14l12-7z',
  pause: 'M8 5v14M16 5v14',
  lock: 'M7 11V8a5 5 0 0 1 10 0v3M6 11h12v9H6z',
  language: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

/** Icons that point along the line of text: mirrored when the UI runs right to left (player.css). */
export const DIRECTIONAL: ReadonlySet<IconName> = new Set<IconName>(['back', 'go', 'exit']);
