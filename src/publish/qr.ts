import { encode, renderSVG } from 'uqr';

/** The QR code of a web address as SVG text (black on white, quiet zone included). */
export const qrSvg = (text: string): string => renderSVG(text, { ecc: 'M', border: 2 });

/** The QR code as a PNG (each module `scale` pixels), for printing or a slide. */
export async function qrPng(text: string, scale = 12): Promise<Blob> {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size * scale;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  data.forEach((row, y) => row.forEach((on, x) => on && g.fillRect(x * scale, y * scale, scale, scale)));
  return new Promise((ok, fail) => canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG'))), 'image/png'));
}

/** An https (or http) address, or null when the text is not one. */
export function siteAddress(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!url.pathname.endsWith('/') && !/\.html?$/.test(url.pathname)) url.pathname += '/';
    return url.href;
  } catch {
    return null;
  }
}

export const embedSnippet = (url: string, title: string): string =>
  `<iframe src="${url.replace(/"/g, '&quot;')}" title="${title.replace(/[<>"&]/g, '')}" width="960" height="540" allow="xr-spatial-tracking; fullscreen; autoplay; gyroscope; accelerometer" allowfullscreen style="border:0"></iframe>`;
