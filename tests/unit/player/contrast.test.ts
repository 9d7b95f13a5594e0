import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from '../../../src/player/view/markerArt.ts';

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

describe('player colours meet WCAG 2.2 AA (4.5:1 for text)', () => {
  it.each(Object.entries(KIND_COLOURS))('white icon and text on the %s marker colour', (_, colour) => {
    expect(contrast('#ffffff', colour)).toBeGreaterThanOrEqual(4.5);
  });
  it('text on the translucent panels, even over a white picture', () => {
    const panel = over('#0c131b', 0.88, '#ffffff');
    expect(contrast('#f2f5f8', panel)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#c3ccd6', panel)).toBeGreaterThanOrEqual(4.5); // muted text
  });
  it('buttons, links and dialogs', () => {
    expect(contrast('#1b1300', '#ffd166')).toBeGreaterThanOrEqual(4.5); // primary button
    expect(contrast('#f2f5f8', '#1c2935')).toBeGreaterThanOrEqual(4.5); // choice button
    expect(contrast('#9fd2ff', '#131d28')).toBeGreaterThanOrEqual(4.5); // links in dialogs
    expect(contrast('#7cc4ff', '#131d28')).toBeGreaterThanOrEqual(3); // focus ring (non-text)
  });
});
