import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../../../src/player/view/markerArt.ts';
import { COLOURS, PANEL_OPACITY } from '../../../src/xr/r3f/config.ts';

// Colours drawn by code (markers on canvas, panels in the headset), read from the modules that draw
// them. Colours from CSS are measured in the browser, as shipped: tests/e2e/contrast.test.ts.

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** A translucent panel colour over the worst-case picture behind it. */
const over = (hex: string, alpha: number, bg: string) =>
  '#' + [1, 3, 5].map((i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * alpha + parseInt(bg.slice(i, i + 2), 16) * (1 - alpha)).toString(16).padStart(2, '0')).join('');

describe('colours drawn by code meet WCAG 2.2 AA (4.5:1 for text, 3:1 for focus)', () => {
  it.each(Object.entries(KIND_COLOURS))('white icon and text on the %s marker colour', (_, colour) => {
    expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });
  it('headset panels: text and muted text, even over a white picture', () => {
    const panel = over(COLOURS.panel, PANEL_OPACITY, '#ffffff');
    expect(contrast(COLOURS.text, panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.muted, panel)).toBeGreaterThanOrEqual(4.5);
  });
  it('headset buttons and focus', () => {
    expect(contrast(COLOURS.text, COLOURS.raised)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.accentText, COLOURS.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.focus, COLOURS.panel)).toBeGreaterThanOrEqual(3);
  });
});
