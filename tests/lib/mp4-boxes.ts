/**
 * Small MP4 (ISO BMFF) files made of boxes, for tests of the video checks: a track of a given
 * handler ('vide', 'soun') and codec ('avc1', 'hvc1' …), with the moov box before or after the
 * media data. Not playable: only the structure a sniffer reads.
 */
import { concat } from '../../src/story/media/container-meta.ts';

const box = (type: string, ...parts: Uint8Array[]): Uint8Array => {
  const out = concat([new Uint8Array(8), ...parts]);
  new DataView(out.buffer).setUint32(0, out.length);
  out.set(new TextEncoder().encode(type), 4);
  return out;
};
const bytes = (n: number, fill = 0) => new Uint8Array(n).fill(fill);
const ascii = (s: string) => new TextEncoder().encode(s);

function sampleEntry(codec: string, width: number, height: number): Uint8Array {
  const body = bytes(70);
  const view = new DataView(body.buffer);
  view.setUint16(6, 1); // data reference index
  view.setUint16(24, width);
  view.setUint16(26, height);
  return box(codec, body);
}

export interface Mp4Options {
  handler?: 'vide' | 'soun';
  codec?: string;
  width?: number;
  height?: number;
  /** moov after mdat (as cameras write it), not before (as web tools do). */
  moovLast?: boolean;
  mdatBytes?: number;
}

export function makeMp4({ handler = 'vide', codec = 'avc1', width = 1920, height = 960, moovLast = false, mdatBytes = 4096 }: Mp4Options = {}): Uint8Array {
  const ftyp = box('ftyp', ascii('isom'), bytes(4), ascii('isomiso2avc1mp41'));
  const hdlr = box('hdlr', bytes(8), ascii(handler), bytes(12), ascii('Handler\0'));
  const stsd = box('stsd', new Uint8Array([0, 0, 0, 0, 0, 0, 0, 1]), handler === 'vide' ? sampleEntry(codec, width, height) : box('mp4a', bytes(28)));
  const trak = box('trak', box('tkhd', bytes(84)), box('mdia', box('mdhd', bytes(24)), hdlr, box('minf', box('stbl', stsd))));
  const moov = box('moov', box('mvhd', bytes(100)), trak);
  const mdat = box('mdat', bytes(mdatBytes, 0x55));
  return concat(moovLast ? [ftyp, mdat, moov] : [ftyp, moov, mdat]);
}
