import { DEFAULT_LIMITS, MiB } from '../../story/io/package/limits.ts';
import { probeImage } from '../../story/io/package/image-size.ts';
import { SHOWABLE_IMAGES, PLAYABLE_AUDIO, SNIFF_BYTES, sniffMedia, type SniffedMedia } from '../../story/io/package/sniff.ts';
import { mediaWords } from './words.ts';

export interface MediaFacts {
  mime: string;
  kind: 'image' | 'audio' | 'video';
  label: string;
  width: number | null;
  height: number | null;
}

/** How far into a picture its size must be found (the package reader's limit too). */
const MAX_IMAGE_HEADER = 4 * MiB;

/**
 * The package checks, fed chunk by chunk while a file streams in: the type from the first bytes
 * (never from a name), and a picture's pixel size from its header, refused as soon as it is known
 * to be too big. Throws HubErrors with words.
 */
export class MediaSniffer {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private sniffed: SniffedMedia | null = null;
  private dims: { width: number; height: number } | null = null;
  private need = SNIFF_BYTES;

  constructor(
    private readonly accept: { images: ReadonlySet<string>; audio: ReadonlySet<string> } = { images: SHOWABLE_IMAGES, audio: PLAYABLE_AUDIO },
    private readonly name?: string,
  ) {}

  feed(chunk: Uint8Array): void {
    if (this.sniffed && (this.sniffed.kind === 'audio' || this.dims)) return;
    if (this.headBytes < MAX_IMAGE_HEADER) {
      const take = chunk.subarray(0, MAX_IMAGE_HEADER - this.headBytes);
      this.head.push(take);
      this.headBytes += take.length;
    }
    if (this.headBytes >= this.need) this.look(this.headBytes >= MAX_IMAGE_HEADER);
  }

  /** After the last byte: what the file is. */
  finish(totalBytes: number): MediaFacts {
    if (totalBytes === 0) throw mediaWords.empty(this.name);
    if (!this.sniffed || (this.sniffed.kind === 'image' && !this.dims)) this.look(true);
    const s = this.sniffed!;
    return { mime: s.mime, kind: s.kind, label: s.label, width: this.dims?.width ?? null, height: this.dims?.height ?? null };
  }

  private bytes(): Uint8Array {
    if (this.head.length > 1) this.head = [Buffer.concat(this.head)];
    return this.head[0] ?? new Uint8Array(0);
  }

  private look(final: boolean): void {
    const b = this.bytes();
    if (!this.sniffed) {
      if (b.length < SNIFF_BYTES && !final) return;
      const s = sniffMedia(b.subarray(0, SNIFF_BYTES));
      if (!s) throw mediaWords.notMedia(this.name);
      if (s.kind === 'image' && !this.accept.images.has(s.mime)) throw s.mime === 'image/heic' ? mediaWords.heic(this.name) : mediaWords.imageFormat(s.label, this.name);
      if (s.kind === 'audio' && !this.accept.audio.has(s.mime)) throw mediaWords.notMedia(this.name);
      this.sniffed = s;
    }
    if (this.sniffed.kind !== 'image' || this.dims) return;
    const probe = probeImage(b);
    if (probe.status === 'more' && !final && probe.need <= MAX_IMAGE_HEADER) {
      this.need = probe.need;
      return;
    }
    if (probe.status !== 'ok') throw mediaWords.damaged(this.sniffed.label, this.name);
    const { width, height } = probe;
    if (width > DEFAULT_LIMITS.maxImageSide || height > DEFAULT_LIMITS.maxImageSide || width * height > DEFAULT_LIMITS.maxImagePixels) {
      throw mediaWords.tooManyPixels(width, height, this.name);
    }
    this.dims = { width, height };
    this.head = [];
  }
}
