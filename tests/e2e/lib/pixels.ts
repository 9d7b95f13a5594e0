import type { Locator } from 'playwright-core';

/**
 * How many distinct colours (4 bits per channel, on a 64×36 thumbnail) the element shows on screen:
 * a real screenshot of what the compositor shows, not a fresh render. A blank, cleared or single-colour
 * canvas gives 1-3 (whatever its alpha); a panorama gives dozens.
 */
export async function distinctColours(element: Locator): Promise<number> {
  const shot = await element.screenshot();
  return element.page().evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = 64;
    c.height = 36;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0, 64, 36);
    const d = g.getImageData(0, 0, 64, 36).data;
    const colours = new Set<number>();
    for (let i = 0; i < d.length; i += 4) colours.add((d[i]! >> 4) * 256 + (d[i + 1]! >> 4) * 16 + (d[i + 2]! >> 4));
    return colours.size;
  }, shot.toString('base64'));
}

/**
 * The same count for a PNG taken by any driver (Firefox, WebKit), worked out in Node: the picture
 * squeezed to 64×36, colours at 4 bits per channel.
 */
export async function distinctColoursInPng(png: Buffer): Promise<number> {
  return new Set(await colourKeys(png, 64, 36)).size;
}

/**
 * The commonest colour of a PNG (4 bits a channel, given back as 0-255) and its share of the picture;
 * `upperHalf` looks at the upper half only.
 */
export async function commonColourInPng(png: Buffer, opts: { upperHalf?: boolean } = {}): Promise<{ rgb: [number, number, number]; share: number }> {
  const keys = await colourKeys(png, 64, opts.upperHalf ? 18 : 36, opts.upperHalf);
  const counts = new Map<number, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const [k, n] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { rgb: [((k >> 8) & 15) * 17, ((k >> 4) & 15) * 17, (k & 15) * 17], share: n / keys.length };
}

/** Each pixel of a PNG squeezed to w×h, as one number of 4 bits a channel. */
async function colourKeys(png: Buffer, w: number, h: number, upperHalf = false): Promise<number[]> {
  const { default: sharp } = await import('sharp');
  let img = sharp(png);
  if (upperHalf) {
    const { width, height } = await img.metadata();
    img = sharp(await img.extract({ left: 0, top: 0, width: width!, height: Math.floor(height! / 2) }).toBuffer());
  }
  const d = await img.resize(w, h, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  const keys: number[] = [];
  for (let i = 0; i < d.length; i += 3) keys.push(((d[i]! >> 4) << 8) | ((d[i + 1]! >> 4) << 4) | (d[i + 2]! >> 4));
  return keys;
}
