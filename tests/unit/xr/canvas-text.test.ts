import { describe, expect, it } from 'vitest';
import { isRtl, wrapLines } from '../../../src/xr/r3f/ui/canvasText.tsx';

const mono = (s: string) => s.length; // one unit per character

describe('canvas text layout (the fallback for other scripts)', () => {
  it('wraps by words and keeps line breaks', () => {
    expect(wrapLines('one two three four', 9, mono)).toEqual(['one two', 'three', 'four']);
    expect(wrapLines('a\nb c', 9, mono)).toEqual(['a', 'b c']);
  });

  it('breaks a word longer than the line', () => {
    expect(wrapLines('abcdefghij', 4, mono)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('reads the direction from the first strong letter', () => {
    expect(isRtl('مرحبا Hello')).toBe(true);
    expect(isRtl('Hello مرحبا')).toBe(false);
    expect(isRtl('123 שלום')).toBe(true);
    expect(isRtl('Ŋuovdageaidnu')).toBe(false);
  });
});
