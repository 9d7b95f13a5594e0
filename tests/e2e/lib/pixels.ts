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
  const { default: sharp } = await import('sharp');
  const d = await sharp(png).resize(64, 36, { fit: 'fill' }).removeAlpha().raw().toBuffer();
  const colours = new Set<number>();
  for (let i = 0; i < d.length; i += 3) colours.add((d[i]! >> 4) * 256 + (d[i + 1]! >> 4) * 16 + (d[i + 2]! >> 4));
  return colours.size;
}
