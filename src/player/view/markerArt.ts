import type { Hotspot } from '../../story/schema/index.ts';

/** Canvas pixels per world unit. Markers stand MARKER_DISTANCE units away: 100 px ≈ 47 screen px at fov 75 on 720 px. */
export const PX_PER_UNIT = 100;
export const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

export type MarkerKind = Hotspot['action']['type'];
export type MarkerIcon = 'arrow' | 'door' | 'info' | 'sound' | 'star' | 'question';

/** Colours per action, each with white at ≥ 4.5:1 on it. */
export const KIND_COLOURS: Record<MarkerKind, string> = {
  goto: '#1f57c3',
  info: '#9a4a0b',
  sound: '#6b2bc4',
  question: '#0c6b4c',
};

export function iconFor(h: Hotspot): MarkerIcon {
  const chosen = h.style?.icon;
  if (chosen && chosen !== 'auto') return chosen;
  return h.action.type === 'goto' ? 'arrow' : h.action.type;
}

export interface MarkerLayout {
  canvas: HTMLCanvasElement;
  /** Size of the whole marker in world units. */
  width: number;
  height: number;
  /** Centre of the round icon, in world units from the marker's centre (y up). */
  iconY: number;
  iconRadius: number;
}

const ICON_D = 112;
const RING = 7;
const MARGIN = 14;
const GAP = 10;
const FONT_PX = 40;
const LINE = 50;
const PAD_X = 20;
const PAD_Y = 9;
const MAX_TEXT = 520;

/** Wraps a label to at most two lines of MAX_TEXT pixels, ending in "…" when it is longer. */
function wrap(g: CanvasRenderingContext2D, text: string): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const tryLine = line ? `${line} ${w}` : w;
    if (g.measureText(tryLine).width <= MAX_TEXT || !line) line = tryLine;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length > 2) {
    lines.length = 2;
    lines[1] = `${lines[1]}…`;
  }
  return lines.map((l) => {
    if (g.measureText(l).width <= MAX_TEXT) return l;
    let cut = l;
    while (cut.length > 1 && g.measureText(`${cut}…`).width > MAX_TEXT) cut = cut.slice(0, -1);
    return `${cut}…`;
  });
}

/**
 * Draws a hotspot marker: a round coloured icon (its shape says go / info / sound, not only its
 * colour) above a dark pill with the label in white. Drawn on a canvas so the label works in a
 * headset too (world-space text) and any script the browser knows renders.
 */
export function drawMarker(label: string, kind: MarkerKind, icon: MarkerIcon): MarkerLayout {
  const canvas = document.createElement('canvas');
  const g0 = canvas.getContext('2d')!;
  g0.font = `700 ${FONT_PX}px ${FONT}`;
  const lines = label ? wrap(g0, label) : [];
  const textW = Math.max(0, ...lines.map((l) => g0.measureText(l).width));
  const pillW = lines.length ? Math.ceil(textW + PAD_X * 2) : 0;
  const pillH = lines.length ? lines.length * LINE + PAD_Y * 2 : 0;
  const w = Math.max(ICON_D, pillW) + MARGIN * 2;
  const h = ICON_D + (pillH ? GAP + pillH : 0) + MARGIN * 2;
  canvas.width = w;
  canvas.height = h;
  const g = canvas.getContext('2d')!;
  const cx = w / 2;
  const cy = MARGIN + ICON_D / 2;
  const r = ICON_D / 2 - RING;

  // Icon disc with a white rim and a soft shadow, readable on any picture.
  g.save();
  g.shadowColor = 'rgba(0,0,0,0.55)';
  g.shadowBlur = 12;
  g.beginPath();
  g.arc(cx, cy, r + RING, 0, Math.PI * 2);
  g.fillStyle = '#ffffff';
  g.fill();
  g.restore();
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.fillStyle = KIND_COLOURS[kind];
  g.fill();
  drawIcon(g, icon, cx, cy, r * 0.62);

  if (lines.length) {
    const top = MARGIN + ICON_D + GAP;
    const left = (w - pillW) / 2;
    g.save();
    g.shadowColor = 'rgba(0,0,0,0.45)';
    g.shadowBlur = 10;
    g.fillStyle = 'rgba(12, 19, 27, 0.88)';
    roundRect(g, left, top, pillW, pillH, Math.min(pillH / 2, 28));
    g.fill();
    g.restore();
    g.fillStyle = '#ffffff';
    g.font = `700 ${FONT_PX}px ${FONT}`;
    g.textAlign = 'center';
    g.textBaseline = 'middle';
    lines.forEach((l, i) => g.fillText(l, cx, top + PAD_Y + LINE * (i + 0.5) + 1));
  }
  return {
    canvas,
    width: w / PX_PER_UNIT,
    height: h / PX_PER_UNIT,
    iconY: (h / 2 - cy) / PX_PER_UNIT,
    iconRadius: (r + RING) / PX_PER_UNIT,
  };
}

/** The highlight ring drawn around a hovered or focused marker's icon (one shared texture). */
export function drawRing(): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = c.height = 256;
  const g = c.getContext('2d')!;
  g.lineWidth = 22;
  g.strokeStyle = '#ffd166';
  g.beginPath();
  g.arc(128, 128, 128 - 14, 0, Math.PI * 2);
  g.stroke();
  g.lineWidth = 6;
  g.strokeStyle = '#1b1300';
  g.beginPath();
  g.arc(128, 128, 128 - 28, 0, Math.PI * 2);
  g.stroke();
  return c;
}

function roundRect(g: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  g.beginPath();
  g.moveTo(x + r, y);
  g.arcTo(x + w, y, x + w, y + h, r);
  g.arcTo(x + w, y + h, x, y + h, r);
  g.arcTo(x, y + h, x, y, r);
  g.arcTo(x, y, x + w, y, r);
  g.closePath();
}

function drawIcon(g: CanvasRenderingContext2D, icon: MarkerIcon, x: number, y: number, s: number) {
  g.save();
  g.translate(x, y);
  g.strokeStyle = '#ffffff';
  g.fillStyle = '#ffffff';
  g.lineWidth = s * 0.26;
  g.lineCap = 'round';
  g.lineJoin = 'round';
  g.beginPath();
  switch (icon) {
    case 'arrow': // forward: an arrow pointing up, "walk this way"
      g.moveTo(0, s * 0.85);
      g.lineTo(0, -s * 0.7);
      g.moveTo(-s * 0.62, -s * 0.1);
      g.lineTo(0, -s * 0.8);
      g.lineTo(s * 0.62, -s * 0.1);
      g.stroke();
      break;
    case 'door':
      g.rect(-s * 0.5, -s * 0.85, s, s * 1.7);
      g.stroke();
      g.beginPath();
      g.arc(s * 0.22, s * 0.05, s * 0.12, 0, Math.PI * 2);
      g.fill();
      break;
    case 'info':
      g.arc(0, -s * 0.62, s * 0.17, 0, Math.PI * 2);
      g.fill();
      g.beginPath();
      g.moveTo(0, -s * 0.18);
      g.lineTo(0, s * 0.8);
      g.stroke();
      break;
    case 'sound':
      g.moveTo(-s * 0.85, -s * 0.3);
      g.lineTo(-s * 0.45, -s * 0.3);
      g.lineTo(0, -s * 0.75);
      g.lineTo(0, s * 0.75);
      g.lineTo(-s * 0.45, s * 0.3);
      g.lineTo(-s * 0.85, s * 0.3);
      g.closePath();
      g.fill();
      g.beginPath();
      g.lineWidth = s * 0.16;
      g.arc(0, 0, s * 0.5, -Math.PI / 4, Math.PI / 4);
      g.stroke();
      g.beginPath();
      g.arc(0, 0, s * 0.85, -Math.PI / 4, Math.PI / 4);
      g.stroke();
      break;
    case 'star':
      for (let i = 0; i < 10; i++) {
        const a = (i * Math.PI) / 5 - Math.PI / 2;
        const rr = i % 2 ? s * 0.42 : s * 0.95;
        g.lineTo(Math.cos(a) * rr, Math.sin(a) * rr);
      }
      g.closePath();
      g.fill();
      break;
    case 'question':
      g.font = `700 ${s * 2}px ${FONT}`;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText('?', 0, s * 0.08);
      break;
  }
  g.restore();
}
