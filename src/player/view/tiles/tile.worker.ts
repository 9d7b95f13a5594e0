/// <reference lib="webworker" />
import { TileCutter, type Rect } from './cut.ts';

/** One picture per worker: 'open' decodes it, 'tile' answers with one rectangle as an ImageBitmap. */
type Msg = { id: number; type: 'open'; url: string } | { id: number; type: 'tile'; rect: Rect };

let cutter: TileCutter | null = null;

self.onmessage = (e: MessageEvent<Msg>) => {
  const m = e.data;
  const fail = (err: unknown) => self.postMessage({ id: m.id, error: String(err) });
  if (m.type === 'open') {
    cutter?.close();
    cutter = new TileCutter(m.url);
    cutter.open().then((size) => self.postMessage({ id: m.id, size }), fail);
  } else if (!cutter) fail('no picture');
  else cutter.tile(m.rect).then((bitmap) => self.postMessage({ id: m.id, bitmap }, [bitmap]), fail);
};
