/**
 * Cutting tiles out of a whole picture, decoded once (in tile.worker.ts, or on the page where
 * workers or OffscreenCanvas are missing). The decoded picture stays in the worker's memory while
 * its scene is shown; each tile is a copy of its rectangle, handed over without copying again.
 */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export class TileCutter {
  private picture: Promise<ImageBitmap> | null = null;

  constructor(private url: string) {}

  /** The whole picture's size (decoding it the first time). */
  async open(): Promise<{ width: number; height: number }> {
    const bmp = await this.decoded();
    return { width: bmp.width, height: bmp.height };
  }

  async tile(r: Rect): Promise<ImageBitmap> {
    const bmp = await this.decoded();
    return createImageBitmap(bmp, r.x, r.y, r.w, r.h, { premultiplyAlpha: 'none' });
  }

  close() {
    void this.picture?.then((b) => b.close(), () => undefined);
    this.picture = null;
  }

  private decoded(): Promise<ImageBitmap> {
    this.picture ??= (async () => {
      const res = await fetch(this.url);
      if (!res.ok) throw new Error(`the picture could not be fetched (HTTP ${res.status})`);
      return createImageBitmap(await res.blob(), { premultiplyAlpha: 'none' });
    })();
    return this.picture;
  }
}
