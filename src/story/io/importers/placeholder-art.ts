/**
 * How a passage title is laid out on the plate the player draws over a "your 360° photo goes here"
 * placeholder (src/player/view/PlaceholderTitle.tsx): big on one line when short, smaller and wrapped
 * when long, cut with … when far too long. Pure, so it is tested without a canvas.
 */
export const INK = '#1d3557';
export const TEAL = '#1f7a8c';

export type Weight = 400 | 700;

/** Width of `text` in pixels at `size`, in the font of `weight`. */
export type Measure = (text: string, size: number, weight: Weight) => number;

/** The plate's canvas is this wide; the title keeps a margin on each side. */
export const PLATE_WIDTH = 800;

const TITLE_MAX_WIDTH = PLATE_WIDTH - 90;

/** The title broken into at most `max` lines that fit, trying big letters first. */
export function fitTitle(title: string, measure: Measure): { size: number; lines: string[] } {
  const clean = title.replace(/\s+/g, ' ').trim() || '…';
  for (const [size, max] of [[92, 1], [80, 2], [66, 2], [54, 3], [44, 3]] as const) {
    const lines = wrap(clean, size, measure);
    if (lines.length <= max) return { size, lines };
  }
  const lines = wrap(clean, 44, measure).slice(0, 3);
  let last = lines[2]!;
  while (last.length > 1 && measure(`${last}…`, 44, 700) > TITLE_MAX_WIDTH) last = Array.from(last).slice(0, -1).join('').trimEnd();
  lines[2] = `${last}…`;
  return { size: 44, lines };
}

/** Greedy line breaking at spaces; a word too long for a line (or a script without spaces) is broken between letters. */
function wrap(text: string, size: number, measure: Measure): string[] {
  const fits = (s: string) => measure(s, size, 700) <= TITLE_MAX_WIDTH;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined)) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of fits(word) ? [word] : Array.from(word)) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}
