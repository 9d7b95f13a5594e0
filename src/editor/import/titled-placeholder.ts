import backgroundUrl from '../../../assets/import/placeholder-background.jpg?url';
import { CARD_HEIGHT, CARD_WIDTH, PANO_HEIGHT, PANO_WIDTH, cardOps, placeCards, type Weight } from '../../story/io/importers/placeholder-art.ts';

/** The app's self-hosted font first; other scripts fall back to the system's fonts (the canvas shapes any script). */
const FONT = '"Atkinson Hyperlegible", system-ui, sans-serif';

type Canvas = OffscreenCanvas | HTMLCanvasElement;
type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function canvas(width: number, height: number): { canvas: Canvas; g: Context } {
  const c: Canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(width, height) : Object.assign(document.createElement('canvas'), { width, height });
  const g = c.getContext('2d') as Context | null;
  if (!g) throw new Error('no 2D canvas');
  return { canvas: c, g };
}

let background: Promise<ImageBitmap> | null = null;
function loadBackground(): Promise<ImageBitmap> {
  background ??= fetch(backgroundUrl)
    .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(`placeholder background ${r.status}`))))
    .then((b) => createImageBitmap(b))
    .catch((e: unknown) => {
      background = null;
      throw e;
    });
  return background;
}

const font = (size: number, weight: Weight) => `${weight} ${size}px ${FONT}`;

/**
 * A passage's "your 360° photo goes here" picture with its title on it (design: placeholder-art.ts),
 * 2048×1024, as a JPEG.
 */
export async function drawTitledPlaceholder(title: string): Promise<Uint8Array> {
  if (typeof document !== 'undefined' && 'fonts' in document) {
    await Promise.all([document.fonts.load(font(80, 700), title), document.fonts.load(font(34, 400), 'Your 360° photo goes here Ditt 360°-bilde kommer her')]);
  }
  const card = canvas(CARD_WIDTH, CARD_HEIGHT);
  const g = card.g;
  const measure = (text: string, size: number, weight: Weight) => {
    g.font = font(size, weight);
    return g.measureText(text).width;
  };
  g.textAlign = 'center';
  g.textBaseline = 'alphabetic';
  for (const op of cardOps(title, measure)) {
    g.fillStyle = op.fill;
    g.beginPath();
    if (op.kind === 'rrect') g.roundRect(op.x, op.y, op.w, op.h, op.r);
    else if (op.kind === 'circle') g.arc(op.x, op.y, op.r, 0, 2 * Math.PI);
    else {
      g.font = font(op.size, op.weight);
      g.fillText(op.text, op.x, op.y);
      continue;
    }
    g.fill();
  }
  const pano = canvas(PANO_WIDTH, PANO_HEIGHT);
  pano.g.drawImage(await loadBackground(), 0, 0, PANO_WIDTH, PANO_HEIGHT);
  const pixels = pano.g.getImageData(0, 0, PANO_WIDTH, PANO_HEIGHT);
  placeCards(pixels, g.getImageData(0, 0, CARD_WIDTH, CARD_HEIGHT));
  pano.g.putImageData(pixels, 0, 0);
  const c = pano.canvas;
  const blob =
    'convertToBlob' in c
      ? await c.convertToBlob({ type: 'image/jpeg', quality: 0.82 })
      : await new Promise<Blob>((ok, fail) => c.toBlob((b) => (b ? ok(b) : fail(new Error('no JPEG'))), 'image/jpeg', 0.82));
  return new Uint8Array(await blob.arrayBuffer());
}
