import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { covers, fitText, fitsFont, fontCoverage } from '../../../src/xr/core/fontCoverage.ts';

const require = createRequire(import.meta.url);
const file = (name: string) => readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/${name}`));

describe('font coverage (the headset text never asks a CDN for a fallback font)', () => {
  it('reads the cmap of the self-hosted WOFF files', async () => {
    const latin = await fontCoverage(file('atkinson-hyperlegible-latin-400-normal.woff'));
    const ext = await fontCoverage(file('atkinson-hyperlegible-latin-ext-400-normal.woff'));
    for (const ch of 'Aa zæøåÆØÅéü?…’“”–—') expect(covers(latin, ch.codePointAt(0)!), ch).toBe(true);
    for (const ch of 'čšžđł') expect(covers(latin, ch.codePointAt(0)!), ch).toBe(false);
    for (const ch of 'čšžđłőğş') expect(covers(ext, ch.codePointAt(0)!), ch).toBe(true);
    // Atkinson Hyperlegible has no ŋ or ŧ (Northern Sámi): they are replaced, never fetched.
    for (const ch of 'ŋŧ') expect(covers(ext, ch.codePointAt(0)!), ch).toBe(false);
    expect(covers(latin, 0x0627)).toBe(false); // Arabic alef
    expect(covers(latin, 0x1f600)).toBe(false); // emoji
  });

  it('bold has the same letters as regular', async () => {
    const regular = await fontCoverage(file('atkinson-hyperlegible-latin-400-normal.woff'));
    const bold = await fontCoverage(file('atkinson-hyperlegible-latin-700-normal.woff'));
    expect(bold).toEqual(regular);
  });

  it('fits text to a font: unknown characters are replaced, leading space dropped', async () => {
    const latin = await fontCoverage(file('atkinson-hyperlegible-latin-400-normal.woff'));
    expect(fitText('  Hei på deg', latin)).toBe('Hei på deg');
    const fitted = fitText('Café 😀 مرحبا', latin);
    expect(fitsFont(fitted, latin)).toBe(true);
    expect(fitted.startsWith('Café ')).toBe(true);
    expect(fitText('a\nb', latin)).toBe('a\nb');
    expect(fitsFont('Plain text.', latin)).toBe(true);
    expect(fitsFont('čš', latin)).toBe(false);
  });

  it('refuses what it cannot read', async () => {
    await expect(fontCoverage(file('atkinson-hyperlegible-latin-400-normal.woff2'))).rejects.toThrow(/WOFF2/);
  });
});
