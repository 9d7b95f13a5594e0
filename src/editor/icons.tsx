/** Line icons for the editor and the library (24×24, drawn with the text colour; always decorative). */
const paths = {
  plus: 'M12 5v14M5 12h14',
  copy: 'M9 9h10v10H9zM5 15V5h10',
  undo: 'M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3',
  redo: 'M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3',
  play: 'M7 4.5v15l12-7.5z',
  edit: 'M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13M10 11v6M14 11v6',
  restore: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  save: 'M12 4v11M7 10l5 5 5-5M5 20h14',
  tidy: 'M4 6h6M4 12h6M4 18h6M14 6h6M14 12h6M10 6l4 6M10 12h4M10 18l4-6',
  star: 'M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6L3.3 9.3l6.1-.7z',
  flag: 'M5 21V4M5 4h11l-2 4 2 4H5',
  go: 'M5 12h13M13 6l6 6-6 6',
  info: 'M12 11v6M12 7.5v.5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
  warning: 'M12 4L2.5 20h19zM12 10v4.5M12 17v.5',
  check: 'M5 12.5l4.5 4.5L19 7',
  back: 'M15 5l-7 7 7 7',
  question: 'M9.5 9.5a2.5 2.5 0 1 1 3.6 2.2c-.7.4-1.1 1-1.1 1.8v.5M12 17.5v.5M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z',
} as const;

export type EditorIconName = keyof typeof paths;

/** Icons that point along the line of text: mirrored when the UI runs right to left (app.css). */
const DIRECTIONAL = new Set<EditorIconName>(['undo', 'redo', 'go', 'back']);

export function Icon({ name, size = '1.15em' }: { name: EditorIconName; size?: string }) {
  return (
    <svg
      className={DIRECTIONAL.has(name) ? 'icon icon-directional' : 'icon'}
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill={name === 'play' ? 'currentColor' : 'none'}
      stroke="currentColor"
      strokeWidth={2.2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={paths[name]} />
    </svg>
  );
}
