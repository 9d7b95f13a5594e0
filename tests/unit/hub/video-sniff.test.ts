import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HubError } from '../../../src/hub/errors.ts';
import { phoneMediaSniffer } from '../../../src/hub/media/phone-photo.ts';
import { MediaSniffer } from '../../../src/hub/media/sniffer.ts';
import { makeMp4 } from '../../lib/mp4-boxes.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/media', name)));

/** The facts of a file fed in chunks of `size` bytes, or the words it was refused with. */
function sniff(bytes: Uint8Array, size: number, sniffer: MediaSniffer = phoneMediaSniffer('clip')) {
  try {
    for (let i = 0; i < bytes.length; i += size) sniffer.feed(bytes.subarray(i, i + size));
    return sniffer.finish(bytes.length);
  } catch (e) {
    if (e instanceof HubError) return { refused: e.code, status: e.status, message: e.message };
    throw e;
  }
}

describe('videos from phones and laptops', () => {
  it('knows a WebM with a video track as a video, with its pixel size, in any chunk size', () => {
    for (const size of [5, 4096, 1 << 20]) {
      expect(sniff(fixture('spin.webm'), size)).toMatchObject({ kind: 'video', mime: 'video/webm', label: 'WebM' });
    }
    const facts = sniff(fixture('count.webm'), 333) as { width: number; height: number };
    expect(facts.width).toBeGreaterThan(0);
    expect(facts.height).toBeGreaterThan(0);
  });

  it('knows an MP4 by its video track, whether its moov box comes first or last', () => {
    for (const moovLast of [false, true]) {
      const mp4 = makeMp4({ moovLast, width: 3840, height: 1920, mdatBytes: 100_000 });
      for (const size of [7, 65536]) expect(sniff(mp4, size)).toEqual({ mime: 'video/mp4', kind: 'video', label: 'MP4', width: 3840, height: 1920 });
    }
  });

  it('keeps an MP4 or WebM with sound only as a sound', () => {
    expect(sniff(makeMp4({ handler: 'soun' }), 100)).toMatchObject({ kind: 'audio', mime: 'audio/mp4' });
    // A WebM whose one track is sound (TrackType 2): EBML header, Segment, Tracks, TrackEntry.
    const entry = [0xae, 0x83, 0x83, 0x81, 0x02, 0x86, 0x86, ...new TextEncoder().encode('A_OPUS')];
    entry[1] = entry.length - 2;
    const tracks = [0x16, 0x54, 0xae, 0x6b, 0x80 | entry.length, ...entry];
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x82, 0x81, 0x77, 0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, ...tracks]);
    expect(sniff(webm, 3)).toMatchObject({ kind: 'audio', mime: 'audio/webm' });
  });

  it('refuses H.265 (HEVC) and other formats browsers cannot play, saying how to convert', () => {
    for (const codec of ['hvc1', 'hev1']) {
      const r = sniff(makeMp4({ codec, moovLast: true }), 1000);
      expect(r).toMatchObject({ refused: 'hevc', status: 415 });
      expect((r as { message: string }).message).toMatch(/"clip" is an H\.265 \(HEVC\) video.*HandBrake/);
    }
    expect(sniff(makeMp4({ codec: 'apch' }), 1000)).toMatchObject({ refused: 'video-format', status: 415 });
  });

  it('refuses a video where only photos are taken', () => {
    const photosOnly = new MediaSniffer({ images: new Set(['image/jpeg']), audio: new Set() });
    expect(sniff(fixture('spin.webm'), 4096, photosOnly)).toMatchObject({ refused: 'not-media' });
  });
});
